#include "CFuzzerDriver.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

// libFuzzer's entry point when the program has its own main (libclang_rt.fuzzer_no_main).
// Weak, so a plain `swift build` without the fuzzer runtime still links (and reports it).
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size))
    __attribute__((weak));

static void *the_context;
static int (*the_test)(void *, const uint8_t *, size_t);
static pthread_t fuzzing_thread;

static int run_one(const uint8_t *data, size_t size) { return the_test(the_context, data, size); }

// libFuzzer's -timeout is a SIGALRM that it ignores unless it lands on the thread running the
// inputs. Here that is a thread of Swift's concurrency pool, which blocks signals, so the kernel
// gives the timer's SIGALRM to the main thread and a hang would never end. This thread sends
// SIGALRM to the right thread every second; libFuzzer then checks the input's time as usual.
static void *send_alarms(void *unused) {
    (void)unused;
    for (;;) {
        sleep(1);
        pthread_kill(fuzzing_thread, SIGALRM);
    }
    return NULL;
}

int sitegen_fuzz_run(int *argc, char ***argv, void *context,
                     int (*test)(void *context, const uint8_t *data, size_t size)) {
    if (!LLVMFuzzerRunDriver) return -1;
    the_context = context;
    the_test = test;
    fuzzing_thread = pthread_self();
    sigset_t alarm;
    sigemptyset(&alarm);
    sigaddset(&alarm, SIGALRM);
    pthread_sigmask(SIG_UNBLOCK, &alarm, NULL);
    pthread_t alarms;
    if (pthread_create(&alarms, NULL, send_alarms, NULL) == 0) pthread_detach(alarms);
    return LLVMFuzzerRunDriver(argc, argv, run_one);
}

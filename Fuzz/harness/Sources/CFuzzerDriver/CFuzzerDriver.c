#include "CFuzzerDriver.h"

// libFuzzer's entry point when the program has its own main (libclang_rt.fuzzer_no_main).
// Weak, so a plain `swift build` without the fuzzer runtime still links (and reports it).
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size))
    __attribute__((weak));

static void *the_context;
static int (*the_test)(void *, const uint8_t *, size_t);

static int run_one(const uint8_t *data, size_t size) { return the_test(the_context, data, size); }

int sitegen_fuzz_run(int *argc, char ***argv, void *context,
                     int (*test)(void *context, const uint8_t *data, size_t size)) {
    if (!LLVMFuzzerRunDriver) return -1;
    the_context = context;
    the_test = test;
    return LLVMFuzzerRunDriver(argc, argv, run_one);
}

#ifndef SITEGEN_CFUZZERDRIVER_H
#define SITEGEN_CFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer (from libclang_rt.fuzzer_no_main) with argc/argv, calling `test` with
/// `context` for every input. libFuzzer's callback takes no context, so the driver keeps it.
int sitegen_fuzz_run(int *argc, char ***argv, void *context,
                     int (*test)(void *context, const uint8_t *data, size_t size));

#endif

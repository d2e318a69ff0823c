#ifndef NORMERING_FUZZER_DRIVER_H
#define NORMERING_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, linked by `-sanitize=fuzzer`). SwiftPM names an executable's
/// entry point `<Target>_main` and aliases `main` to it, so libFuzzer's own `main` is never
/// linked: the harness's entry point calls the driver itself.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));

#endif

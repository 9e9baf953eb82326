// libFuzzer's driver entry (compiler-rt, LLVM ≥ 12): runs the fuzzing loop with `callback` as the
// target, parsing libFuzzer's usual flags from argc/argv. Linked in by `-sanitize=fuzzer`.
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

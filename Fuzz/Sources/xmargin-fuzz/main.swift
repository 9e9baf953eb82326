// The libFuzzer binary behind `scripts/fuzz`: one executable for every target, chosen by the
// environment variable XMARGIN_FUZZ_TARGET (a `FuzzTarget` raw value, e.g. `native-csv`).
// Built only by `scripts/fuzz` (XMARGIN_FUZZ=1 swift build -c release -Xswiftc -sanitize=fuzzer);
// the body of every target is `FuzzTarget.run`, which the normal test suite calls too.
import CFuzzDriver
import FuzzEntries
#if canImport(Glibc)
import Glibc
#endif

/// Writes to standard error (fd 2; `stderr` is shared mutable state to Swift 6).
func printError(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

let targetName = getenv("XMARGIN_FUZZ_TARGET").map { String(cString: $0) } ?? ""
guard let chosen = FuzzTarget(rawValue: targetName) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    printError("xmargin-fuzz: set XMARGIN_FUZZ_TARGET to one of: \(names)\n")
    exit(2)
}
let target = chosen

/// libFuzzer's entry point: one input; an invariant violation aborts (libFuzzer saves the input).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = target.run(bytes)
    if !problems.isEmpty {
        printError("xmargin-fuzz \(target.rawValue): \(problems.joined(separator: "; "))\n")
        abort()
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))

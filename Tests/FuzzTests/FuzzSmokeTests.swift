import Foundation
import Testing

/// "CI runs each target for a few seconds" (DESIGN §10): `scripts/fuzz all 3` — every target but
/// the TOML ones, 3 s each — must report zero crashes.
///
/// Runs when the toolchain has libFuzzer (`-sanitize=fuzzer`) and either the fuzz binary was
/// built before (`.build-fuzz`, reused and rebuilt incrementally: about 7 × 3 s plus the
/// incremental build) or XMARGIN_FUZZ_SMOKE=1 asks for it (the first build of the fuzz binary is a
/// release build of the whole package, several minutes on a busy 2-core machine).
/// XMARGIN_FUZZ_SMOKE=0 turns it off.
@Suite struct FuzzSmokeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The toolchain's libFuzzer runtime, next to the `swift` on PATH.
    static var toolchainHasLibFuzzer: Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") {
            let clang = URL(fileURLWithPath: String(directory)).deletingLastPathComponent().appendingPathComponent("lib/clang")
            guard FileManager.default.fileExists(atPath: URL(fileURLWithPath: String(directory)).appendingPathComponent("swift").path),
                  let versions = try? FileManager.default.contentsOfDirectory(atPath: clang.path) else { continue }
            for version in versions {
                let runtime = clang.appendingPathComponent("\(version)/lib/linux/libclang_rt.fuzzer-x86_64.a").path
                let arm = clang.appendingPathComponent("\(version)/lib/linux/libclang_rt.fuzzer-aarch64.a").path
                if FileManager.default.fileExists(atPath: runtime) || FileManager.default.fileExists(atPath: arm) { return true }
            }
        }
        return false
    }

    static var isEnabled: Bool {
        let requested = ProcessInfo.processInfo.environment["XMARGIN_FUZZ_SMOKE"]
        if requested == "0" { return false }
        let built = FileManager.default.fileExists(atPath: root.appendingPathComponent(".build-fuzz/release/xmargin-fuzz").path)
        return toolchainHasLibFuzzer && (requested == "1" || built)
    }

    @Test(.enabled(if: isEnabled), .timeLimit(.minutes(20)))
    func everyTargetRunsAFewSecondsWithoutACrash() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.root.appendingPathComponent("scripts/fuzz").path, "all", "3"]
        process.currentDirectoryURL = Self.root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        for target in ["native-csv", "native-jsonl", "binance-kline", "tardis", "deribit-snapshot", "display", "replay"] {
            let line = text.split(separator: "\n").first { $0.hasPrefix("fuzz \(target): ") }
            #expect(line?.contains(" 0 crashes") == true, "\(target): \(line ?? "no report")")
            #expect(line.map { !$0.hasPrefix("fuzz \(target): 0 executions") } == true, "\(target) did not run")
        }
    }
}

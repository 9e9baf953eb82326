import Foundation
import Testing

/// "CI runs each target for a few seconds" (DESIGN §10): `scripts/fuzz all 3` — every target,
/// 3 s each — must report zero crashes and a nonzero execution count.
///
/// Runs whenever the toolchain has libFuzzer (`-sanitize=fuzzer`), so CI on a fresh clone fuzzes
/// too: it uses the unoptimised fuzz build (`FUZZ_CONFIG=debug`, `.build-fuzz-debug`, about a
/// minute from clean on 2 cores, seconds when incremental). XMARGIN_FUZZ_SMOKE=0 turns it off.
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
        ProcessInfo.processInfo.environment["XMARGIN_FUZZ_SMOKE"] != "0" && toolchainHasLibFuzzer
    }

    @Test(.enabled(if: isEnabled), .timeLimit(.minutes(20)))
    func everyTargetRunsAFewSecondsWithoutACrash() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.root.appendingPathComponent("scripts/fuzz").path, "all", "3"]
        process.currentDirectoryURL = Self.root
        var environment = ProcessInfo.processInfo.environment
        environment["FUZZ_CONFIG"] = "debug"
        environment["FUZZ_NO_BUILD"] = nil
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        for target in ["native-csv", "native-jsonl", "binance-kline", "tardis", "deribit-snapshot", "deribit-stream", "binance-stream",
                       "display", "replay",
                       "toml-portfolio", "toml-marks", "toml-catalogue", "toml-theme", "toml-user-config"] {
            let line = text.split(separator: "\n").first { $0.hasPrefix("fuzz \(target): ") }
            #expect(line?.contains(" 0 crashes") == true, "\(target): \(line ?? "no report")")
            #expect(line.map { !$0.hasPrefix("fuzz \(target): 0 executions") } == true, "\(target) did not run")
        }
    }
}

import ArgumentParser
import Foundation

/// `--jobs N`: how many accounts `margin` and `replay` work on at once (one core each). Default:
/// the active processor count. Output is the same, byte for byte, for any N.
struct JobsOption: ParsableArguments {
    @Option(name: .long, help: "Accounts worked on at once, one core each (default: active processor count).")
    var jobs: Int?

    /// Upper bound of `--jobs` (far beyond any core count; keeps a typo from starting a million tasks).
    static let maximum = 1_024

    /// The number of concurrent jobs to use (≥ 1).
    var count: Int { jobs ?? max(1, ProcessInfo.processInfo.activeProcessorCount) }

    func validate() throws {
        if let jobs, !(1...Self.maximum).contains(jobs) {
            throw ValidationError("--jobs must be in 1…\(Self.maximum), got \(jobs)")
        }
    }
}

import Foundation
import MarginConfig
import MarginEngine
import RiskSession
import Benchmarks

/// The many-accounts part of `xmargin bench` (issue 10 keys `accounts_per_s*`): the seeded
/// ``BenchmarkAccounts`` book, written as `--save-book` writes it and read back, margined in cross
/// mode exactly as `xmargin margin --jobs J` does (`MarginRequest.reports`: every account's report
/// with its liquidation levels, on up to J cores) — accounts per second of wall time, median of
/// `runs`, on one core, on two, and on every active core.
enum BenchAccounts {
    struct Rates: Sendable {
        var accounts: Int
        /// Active processors (the jobs of `perSecondAllCores`).
        var cores: Int
        var perSecondAllCores: Double
        var perSecondOneCore: Double
        var perSecondTwoCores: Double
        /// `perSecondTwoCores ÷ perSecondOneCore`.
        var speedupTwoCores: Double
    }

    /// The TOML of `count` seeded accounts (what `--accounts N --save-book FILE` writes).
    static func bookText(accounts count: Int, seed: UInt64) throws -> String {
        let book = try BenchmarkAccounts(accounts: count, seed: seed, catalogue: try CatalogueFile.bundled())
        return BookWriter.toml(accounts: book.accounts, market: book.market, seed: seed)
    }

    static func rates(bookText: String, runs: Int) async throws -> Rates {
        let label = "bench-accounts.toml"
        let document = try PortfolioFile.parse(text: bookText, file: label)
        let request = try MarginRequest(document: document, marks: nil, fallbackNowMicros: BenchmarkBook.asOfMicros,
                                        marksFile: label)
        let count = document.portfolio.accounts.count
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let clock = ContinuousClock()
        func perSecond(jobs: Int) async throws -> Double {
            var samples: [Double] = []
            for _ in 0..<max(1, runs) {
                let start = clock.now
                let reports = try await request.reports(mode: .cross, jobs: jobs)
                let elapsed = clock.now - start
                guard reports.entries.count == count else { throw CLIError("bench: \(reports.entries.count) of \(count) accounts margined") }
                samples.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            }
            samples.sort()
            let median = samples[samples.count / 2]
            return median > 0 ? Double(count) / median : 0
        }
        let one = try await perSecond(jobs: 1)
        let two = try await perSecond(jobs: 2)
        let all = cores == 2 ? two : (cores == 1 ? one : try await perSecond(jobs: cores))
        return Rates(accounts: count, cores: cores, perSecondAllCores: all, perSecondOneCore: one, perSecondTwoCores: two,
                     speedupTwoCores: one > 0 ? two / one : 0)
    }
}

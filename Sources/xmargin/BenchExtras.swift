import Dashboard
import Foundation
import MarginConfig
import MarginEngine
import MarketData
import RiskSession
import Benchmarks

/// The dashboard and replay parts of `xmargin bench`.
enum BenchExtras {
    /// Median time to compose a 160×48 dashboard frame from the sample book, ms.
    static func frameComposeMilliseconds(runs: Int) -> Double {
        FrameBenchmark.medianMilliseconds(iterations: max(runs, 200), width: 160, height: 48)
    }

    /// Median time of a full live snapshot (all three modes with liquidation levels, the portfolio
    /// detail, no stress) of `book`, ms — what the dashboard's worker publishes on its slow cadence.
    static func liveRefreshMilliseconds(book: BenchmarkBook, catalogue: Catalogue, runs: Int) throws -> Double {
        let session = try RiskSession(accounts: [book.account], market: book.market, catalogue: catalogue)
        let clock = ContinuousClock()
        var samples: [Double] = []
        var checksum = 0
        for _ in 0..<max(5, runs) {
            let start = clock.now
            let snapshot = session.snapshot([.levels, .portfolioDetail])
            let elapsed = clock.now - start
            checksum &+= snapshot.modes.count
            samples.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) * 1e-15)
        }
        samples.sort()
        return checksum > 0 ? samples[samples.count / 2] : 0
    }

    /// Median time to solve one mode's liquidation levels (`ModeReplay.liquidationLevels()`) on
    /// `book`, ms, per mode in `MarginMode.allCases` order.
    static func liquidationLevelMilliseconds(book: BenchmarkBook, catalogue: Catalogue, runs: Int) throws -> [MarginMode: Double] {
        let session = try RiskSession(accounts: [book.account], market: book.market, catalogue: catalogue)
        let clock = ContinuousClock()
        var result: [MarginMode: Double] = [:]
        for replay in session.replay.replays {
            var samples: [Double] = []
            for _ in 0..<max(3, runs) {
                let start = clock.now
                let levels = try replay.liquidationLevels()
                let elapsed = clock.now - start
                if levels.positions.isEmpty { continue }
                samples.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) * 1e-15)
            }
            samples.sort()
            result[replay.statistics.mode] = samples.isEmpty ? 0 : samples[samples.count / 2]
        }
        return result
    }

    /// Peak resident set size of this process so far, MB.
    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

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

    /// Writes a seeded native tape of about `rows` rows, replays it at max speed against a small
    /// cross book (BTC and ETH perps, a linear perp) and returns rows per second (reading,
    /// mapping and margining — what `xmargin replay --mode cross` does). The tape is deleted.
    static func replayRowsPerSecond(rows: Int, seed: UInt64) throws -> Double {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("xmargin-bench-\(getpid()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var configuration = SimulatorConfiguration(seed: seed, assets: [.bitcoin, .ether], durationMicros: nil)
        configuration.durationMicros = nil
        var simulator = try Simulator(configuration: configuration)
        let writer = try NativeTapeFileWriter(path: path)
        for _ in 0..<rows {
            guard let event = simulator.nextEvent() else { break }
            try writer.write(event)
        }
        try writer.close()
        let account = Account(name: "bench", collateral: [CollateralBalance(coin: "USDT", amount: 100_000),
                                                          CollateralBalance(coin: "BTC", amount: 5)], positions: [
            Position(instrument: try InstrumentParser.parse("BTC-PERPETUAL"), size: 200_000, entryPrice: 95_000),
            Position(instrument: try InstrumentParser.parse("ETH-PERPETUAL"), size: -50_000, entryPrice: 3_200),
            Position(instrument: try InstrumentParser.parse("BTC_USDC-PERPETUAL"), size: 1.5, entryPrice: 95_000),
        ])
        let catalogue = try CatalogueFile.bundled()
        let clock = ContinuousClock()
        let start = clock.now
        let reader = try TapeFileReader(path: path)
        guard let first = try reader.nextTapeEvent() else { return 0 }
        let market = MarketState(timestampMicros: first.timestampMicros, indexUSD: ["BTC": 95_000, "ETH": 3_200])
        var session = try RiskSession(accounts: [account], market: market, catalogue: catalogue, modes: [.cross])
        _ = try session.ingest([first])
        var source = try ReplaySource(stream: reader, wallMicros: 0, speed: .max)
        _ = try session.drain(&source) { _ in }
        let count = session.eventCount
        let seconds = Double((clock.now - start).components.attoseconds) / 1e18 + Double((clock.now - start).components.seconds)
        return seconds > 0 ? Double(count) / seconds : 0
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

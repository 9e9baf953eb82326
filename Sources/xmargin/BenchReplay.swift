import Foundation
import MarginConfig
import MarginEngine
import MarketData
import RiskSession
import Benchmarks

/// The replay-throughput part of `xmargin bench` (issue 10 keys `replay_rows_per_s_*`,
/// `tape_read_rows_per_s`): a seeded simulated tape shaped like the bundled demo book (its
/// underlyings, its expiries — what `watch` plays by default) is written once, then replayed
/// against the demo book exactly as `xmargin replay --mode M` does (`ReplayRun`: lenient reading,
/// first rows checked against the book, the one `RiskSession`), one mode at a time and all at once;
/// and read alone (decode + validate, no margin). Rows per second of wall time, one core.
enum BenchReplay {
    struct Rates: Sendable {
        var rows: Int
        var perMode: [MarginMode: Double]
        var allModes: Double
        var tapeRead: Double
    }

    /// - Parameter keepAt: where to leave the tape (default: a temporary file, removed).
    static func rates(rows: Int, seed: UInt64, keepAt: String? = nil) throws -> Rates {
        let document = try PortfolioFile.parse(text: DemoPortfolio.toml, file: DemoPortfolio.label)
        guard let account = document.portfolio.accounts.first else { throw CLIError("the demo book has no account") }
        let asOf = document.market.asOfMicros ?? SimulatorConfiguration.defaultStartMicros
        let bookMarket = try MarketBuilder.build(document.market, for: Portfolio(accounts: [account]), at: asOf,
                                                 file: DemoPortfolio.label)
        let path = keepAt ?? FileManager.default.temporaryDirectory.appendingPathComponent("xmargin-bench-demo-\(getpid()).csv").path
        defer { if keepAt == nil { try? FileManager.default.removeItem(atPath: path) } }
        var simulator = try Simulator(configuration: FeedSource.simulation(seed: seed, startMicros: asOf, account: account,
                                                                           market: bookMarket))
        let writer = try NativeTapeFileWriter(path: path)
        var written = 0
        while written < rows, let event = simulator.nextEvent() {
            try writer.write(event)
            written += 1
        }
        try writer.close()

        let clock = ContinuousClock()
        func seconds(_ body: () throws -> Void) rethrows -> Double {
            let start = clock.now
            try body()
            let elapsed = clock.now - start
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        }
        func replay(_ modes: [MarginMode]) throws -> Double {
            let references = TapeReferencePrices(market: bookMarket)
            let reader = try TapeFileReader(path: path, options: TapeReaderOptions(referencePrices: references))
            let run = ReplayRun(document: document, portfolioPath: DemoPortfolio.label, reader: reader, modes: modes,
                                symbolMap: SymbolMap(), log: nil, history: nil)
            var ticks = 0
            let time = try seconds { ticks = try run.execute().ticks }
            return time > 0 ? Double(ticks) / time : 0
        }
        var perMode: [MarginMode: Double] = [:]
        for mode in MarginMode.allCases { perMode[mode] = try replay([mode]) }
        let all = try replay(MarginMode.allCases)
        var read = 0
        let readTime = try seconds {
            let reader = try TapeFileReader(path: path)
            while let _ = try reader.nextTapeEvent() { read += 1 }
        }
        return Rates(rows: written, perMode: perMode, allModes: all, tapeRead: readTime > 0 ? Double(read) / readTime : 0)
    }
}

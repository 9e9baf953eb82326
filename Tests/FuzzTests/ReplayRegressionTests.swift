import Benchmarks
import Foundation
import MarginConfig
import MarginEngine
import MarketData
import RiskSession
import Testing

/// Replay-level regressions of issue 9: extreme timestamps reaching a replay directly, and a
/// first tape row of 1e308 (it aborted the whole replay with "portfolio margin is not a finite
/// number" and no file or line).
@Suite struct ReplayRegressionTests {
    @Test func modeReplayTakesAnyTimestamps() throws {
        let book = BenchmarkBook(positions: 10, seed: 3)
        let catalogue = try CatalogueFile.bundled()
        for mode in MarginMode.allCases {
            var replay = try ModeReplay(account: book.account, market: book.market, catalogue: catalogue, mode: mode)
            for time: Int64 in [-5, Int64.max, Int64.min, Int64.max] {
                _ = replay.isFullRecomputeDue(at: time)
                _ = try? replay.process(timeMicros: time, updates: [])
            }
            #expect(replay.isFullRecomputeDue(at: Int64.max) == (Int64.max > replay.lastFullMicros))
        }
    }

    @Test func hugeFirstRowIsABadRowNotAnAbortedReplay() throws {
        let book = BenchmarkBook(positions: 10, seed: 5)
        guard let (name, mark) = book.market.marksUSD.sorted(by: { $0.key < $1.key }).first else {
            Issue.record("the bench book has no marked instrument")
            return
        }
        let start = book.market.timestampMicros
        let tape = NativeTapeSpec.csvHeader + "\n\(start),\(name),1e308,,,,,,\n\(start + 1_000_000),\(name),\(mark * 1.01),,,,,,\n"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("xmargin-first-row-\(getpid()).csv").path
        try tape.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try TapeFileReader(path: path, options: TapeReaderOptions(referencePrices: TapeReferencePrices(market: book.market)))
        var events: [PriceEvent] = []
        while let event = try reader.nextTapeEvent() { events.append(event) }
        #expect(events.count == 1)
        #expect(reader.issues.firstErrors.map(\.lineNumber) == [2])
        var session = try RiskSession(accounts: [book.account], market: book.market, catalogue: try CatalogueFile.bundled())
        try session.ingest(events)
        for mode in session.snapshot([]).modes {
            #expect(mode.figures.equityUSD.isFinite && mode.figures.maintenanceMarginUSD.isFinite, "\(mode.mode)")
        }
    }
}

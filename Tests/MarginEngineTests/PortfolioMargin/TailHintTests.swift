import Testing
@testable import MarginEngine
import Benchmarks

/// The replay's fast tail (a threshold hint from the previous tick, quickselect on candidates)
/// gives exactly what the full selection gives — threshold, tail indices in order, ES bit for bit —
/// whatever the hint: right, far off, NaN in the data, ties at the threshold.
@Suite struct TailHintTests {
    static func pnl(seed: UInt64, count: Int, ties: Bool) -> [Double] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            let value = (Double(random.next() % 2_000_001) - 1_000_000) * 0.37
            return ties ? (value / 5_000).rounded() * 5_000 : value
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func hintNeverChangesTheResult(seed: Int) {
        let values = Self.pnl(seed: UInt64(seed), count: 10_000, ties: seed % 2 == 0)
        let exact = TailStatistics(pnl: values, confidence: 0.99)
        let threshold = -exact.valueAtRiskUSD
        for hint in [threshold, threshold * 1.001, threshold * 0.5, threshold + 1, -1e12, 1e12, 0, .nan, .infinity] {
            let hinted = TailStatistics(pnl: values, confidence: 0.99, thresholdHint: hint)
            #expect(hinted == exact, "hint \(hint)")
            #expect(hinted.expectedShortfallUSD.bitPattern == exact.expectedShortfallUSD.bitPattern)
        }
        var withNaN = values
        withNaN[17] = .nan
        #expect(TailStatistics(pnl: withNaN, confidence: 0.99, thresholdHint: threshold)
                == TailStatistics(pnl: withNaN, confidence: 0.99))
    }

    /// A tape moment that moves two underlyings: one combined tick equals two ticks in turn.
    @Test func combinedTickEqualsTicksInTurn() throws {
        let book = BenchmarkBook(positions: 200, seed: 3)
        let catalogue = FastPathAndOffsetTests.catalogue(.grid, scenarios: 2_000)
        let instruments = book.account.positions.map(\.instrument)
        let moved = book.market.scaling(underlying: "ETH", by: 0.97, instruments: instruments)
            .scaling(underlying: "BTC", by: 1.02, instruments: instruments)
        var inTurn = try PortfolioMarginSession(account: book.account, market: book.market, catalogue: catalogue, history: nil)
        var combined = inTurn
        _ = try inTurn.tick(underlying: "ETH", market: moved)
        let sequential = try inTurn.tick(underlying: "BTC", market: moved)
        let together = try combined.tick(underlyings: ["ETH", "BTC"], market: moved)
        #expect(together == sequential)
    }
}

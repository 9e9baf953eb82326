import Testing
@testable import MarginEngine
import Benchmarks

/// The replay's optimized paths against the straightforward ones, bit for bit: the fused ES grid
/// pass (several underlyings per pass, weights recomputed from t) against one revalue per
/// underlying, and the compiled book's predicted slots against one update at a time.
@Suite struct FusedGridPassTests {
    static func bits(_ figures: PortfolioMarginFigures) -> [UInt64] {
        [figures.equityUSD, figures.initialMarginUSD, figures.maintenanceMarginUSD, figures.utilization,
         figures.riskMatrixInitialMarginUSD, figures.riskMatrixMaintenanceMarginUSD, figures.esMaintenanceMarginUSD,
         figures.esInitialMarginUSD, figures.liquidityAddOnUSD, figures.varUSD, figures.esUSD].map(\.bitPattern)
    }

    /// Random moments moving two, three or four of the bench book's underlyings: one combined tick
    /// equals ticks in turn, and the sessions stay equal tick after tick.
    @Test(arguments: [11, 12, 13])
    func fusedTicksEqualTicksInTurn(seed: Int) throws {
        let book = BenchmarkBook(positions: 240, seed: UInt64(seed))
        let catalogue = FastPathAndOffsetTests.catalogue(.grid, scenarios: 3_000)
        let instruments = book.account.positions.map(\.instrument)
        let coins = Array(Set(instruments.map(\.underlying))).sorted()
        var random = SeededRandom(seed: UInt64(seed))
        var inTurn = try PortfolioMarginSession(account: book.account, market: book.market, catalogue: catalogue, history: nil)
        var combined = inTurn
        var market = book.market
        for step in 0..<12 {
            let count = 2 + Int(random.next() % UInt64(max(1, coins.count - 1)))
            let moving = Array(coins.shuffledDeterministically(&random).prefix(count))
            for coin in moving {
                let factor = 1 + (Double(random.next() % 2_001) - 1_000) * 1e-5
                market = market.scaling(underlying: coin, by: factor, instruments: instruments)
            }
            var sequential = inTurn.figures
            for coin in moving { sequential = try inTurn.tick(underlying: coin, market: market) }
            let together = try combined.tick(underlyings: moving, market: market)
            #expect(Self.bits(together) == Self.bits(sequential), "step \(step): \(moving)")
        }
    }

    /// The weights the pass recomputes from t are the ones the grid stores.
    @Test func weightsFromPositionEqualStoredWeights() {
        var random = SeededRandom(seed: 5)
        let moves = (0..<2_000).map { _ in (Double(random.next() % 400_001) - 200_000) * 1e-6 }
        let grid = ScenarioGrid(moves: moves, nodeCount: 24)
        for k in moves.indices {
            let (w00, w10, w01, w11) = ScenarioGrid.weights(t: grid.packed[2 * k], step: grid.step)
            #expect([w00, w10, w01, w11].map(\.bitPattern)
                    == [grid.w00[k], grid.w10[k], grid.w01[k], grid.w11[k]].map(\.bitPattern))
            #expect(grid.packed[2 * k + 1].bitPattern == moves[k].bitPattern)
        }
    }

    /// Non-finite or absurd scenario moves do not trap the grid: every interval stays in range.
    @Test func nonFiniteMovesKeepIntervalsInRange() {
        for moves in [[0.01, .nan, -0.02], [0.01, .infinity], [-.infinity, 0.01], [1e300, -5, 0.01], [.nan]] {
            let grid = ScenarioGrid(moves: moves, nodeCount: 24)
            #expect(grid.interval.allSatisfy { (0...22).contains($0) }, "\(moves)")
            #expect(grid.interval.count == moves.count)
        }
        // Finite moves: the same interval as the truncating conversion.
        let moves = (0..<200).map { Double($0 - 100) * 1e-3 }
        let grid = ScenarioGrid(moves: moves, nodeCount: 24)
        for (k, move) in moves.enumerated() {
            let position = (move - grid.lower) / grid.step
            #expect(Int(grid.interval[k]) == min(22, max(0, Int(position))))
        }
    }

    /// A moment's updates applied together (slots predicted from the previous moment, whose
    /// symbols come in another order now and then) equal the same updates applied one at a time.
    @Test(arguments: 1...4)
    func predictedSlotsEqualLookups(seed: Int) throws {
        let account = try MarginPropertyTests.randomAccount(seed: UInt64(seed))
        let market = MarginPropertyTests.market
        let catalogue = MarginPropertyTests.catalogue()
        var together = try CompiledBook(account: account, market: market, catalogue: catalogue)
        var oneByOne = together
        var random = SeededRandom(seed: UInt64(seed) + 100)
        var symbols = market.marksUSD.keys.sorted()
        for step in 0..<100 {
            if step % 7 == 3 { symbols = symbols.shuffledDeterministically(&random) }
            let factor = 1 + (Double(random.next() % 2_001) - 1_000) * 1e-5
            var updates: [PriceUpdate] = []
            for coin in ["BTC", "ETH"] {
                updates.append(.index(coin: coin, usd: (oneByOne.market.indexUSD[coin] ?? 1) * factor))
            }
            for symbol in symbols where step % 5 != 4 || symbol.hasPrefix("BTC") {
                updates.append(.mark(symbol: symbol, usd: (oneByOne.market.marksUSD[symbol] ?? 1) * factor))
            }
            if step % 3 == 0 { updates.append(.impliedVol(symbol: "BTC-27MAR26-100000-C", vol: 0.4 + Double(step) * 1e-3)) }
            if step % 11 == 0 { updates.append(.mark(symbol: "NOT-IN-THE-BOOK", usd: 1)) }
            together.apply(updates)
            for update in updates { oneByOne.apply(update) }
            let a = try together.totals(), b = try oneByOne.totals()
            #expect([a.equityUSD, a.initialMarginUSD, a.maintenanceMarginUSD].map(\.bitPattern)
                    == [b.equityUSD, b.initialMarginUSD, b.maintenanceMarginUSD].map(\.bitPattern), "step \(step)")
            #expect(together.market == oneByOne.market)
        }
    }
}

extension Array {
    /// A seeded Fisher–Yates shuffle.
    func shuffledDeterministically(_ random: inout SeededRandom) -> [Element] {
        var copy = self
        guard copy.count > 1 else { return copy }
        for i in stride(from: copy.count - 1, to: 0, by: -1) {
            let j = Int(random.next() % UInt64(i + 1))
            copy.swapAt(i, j)
        }
        return copy
    }
}

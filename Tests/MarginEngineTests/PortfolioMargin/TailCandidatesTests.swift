import Testing
@testable import MarginEngine
import Benchmarks

/// The tail between full passes (`ExpectedShortfallEngine+Candidates.swift`): a session ticked
/// through a random walk gives, at every step, bit for bit the figures and tail of a session built
/// afresh at that market (which makes a pass over every scenario) — and the candidates really are
/// used on small moves and given up on large ones. And the lane bound really bounds.
@Suite struct TailCandidatesTests {
    static func bits(_ figures: PortfolioMarginFigures) -> [UInt64] { FusedGridPassTests.bits(figures) }

    @Test(arguments: [21, 22, 23])
    func ticksEqualFreshSessionsBitForBit(seed: Int) throws {
        let book = BenchmarkBook(positions: 240, seed: UInt64(seed))
        let catalogue = FastPathAndOffsetTests.catalogue(.grid, scenarios: 3_000)
        let instruments = book.account.positions.map(\.instrument)
        let coins = Array(Set(instruments.map(\.underlying))).sorted()
        var random = SeededRandom(seed: UInt64(seed))
        var session = try PortfolioMarginSession(account: book.account, market: book.market, catalogue: catalogue, history: nil)
        var market = book.market
        for step in 0..<30 {
            // Mostly moves of up to ±0.3%, every tenth step a jump of ±25%.
            let jump = step % 10 == 9
            let moving = Array(coins.shuffledDeterministically(&random).prefix(1 + Int(random.next() % UInt64(coins.count))))
            for coin in moving {
                let signed = Double(random.next() % 2_001) / 1_000 - 1
                market = market.scaling(underlying: coin, by: 1 + signed * (jump ? 0.25 : 0.003), instruments: instruments)
            }
            let ticked = try session.tick(underlyings: moving, market: market)
            let fresh = try PortfolioMarginSession(account: book.account, market: market, catalogue: catalogue, history: nil)
            #expect(Self.bits(ticked) == Self.bits(fresh.figures), "step \(step): \(moving)")
            #expect(session.tailStatistics.tailIndices == fresh.tailStatistics.tailIndices, "step \(step)")
        }
        // One pass at the start; the small moves were served by the candidates; the jumps were not.
        #expect(session.engine.candidateTailCount >= 15)
        #expect(session.engine.fullPassCount >= 2)
    }

    /// Long calls, delta hedged: the worst scenarios are the small moves (the book is long gamma).
    /// After a 30% rally the book is net long and the worst scenarios are the large falls — none of
    /// them among the candidates. The bound must see it: the tick makes a full pass and equals a
    /// fresh session. (Here even a 0.05% move exceeds the bound: the PnL is flat around the
    /// threshold while the far nodes' values move most — the bound is global, not per interval.)
    @Test func aJumpThatMovesTheTailElsewhereIsCaught() throws {
        let market = FastPathAndOffsetTests.market
        let catalogue = FastPathAndOffsetTests.catalogue(.grid, scenarios: 4_000)
        let call = PM.position("BTC-27MAR26-100000-C", 10, entry: 0.05)
        let delta = try PositionValuer(catalogue: catalogue).value(call, in: market).deltaCoin
        let hedge = PM.position("BTC-PERPETUAL", -delta * 100_000, entry: 100_000)
        let account = PM.account([call, hedge], collateral: ["BTC": 5])
        var session = try PortfolioMarginSession(account: account, market: market, catalogue: catalogue, history: nil)
        let instruments = account.positions.map(\.instrument)
        let small = market.scaling(underlying: "BTC", by: 1.0005, instruments: instruments)
        _ = try session.tick(underlying: "BTC", market: small)
        let before = Set(session.tailStatistics.tailIndices)
        let rally = market.scaling(underlying: "BTC", by: 1.3, instruments: instruments)
        let ticked = try session.tick(underlying: "BTC", market: rally)
        let fresh = try PortfolioMarginSession(account: account, market: rally, catalogue: catalogue, history: nil)
        #expect(Self.bits(ticked) == Self.bits(fresh.figures))
        #expect(session.tailStatistics.tailIndices == fresh.tailStatistics.tailIndices)
        #expect(before.isDisjoint(with: session.tailStatistics.tailIndices), "the tail moved to other scenarios")
        #expect(session.engine.candidateTailCount == 0)
    }

    /// A replay's periodic re-read of every underlying (`recompute(market:freshTail: false)`) at a
    /// later time and moved prices keeps the candidates when their bound holds, and still equals a
    /// fresh session bit for bit; `freshTail: true` (the default) makes a pass over every scenario.
    @Test func recomputeKeepingTheCandidatesEqualsFreshSessions() throws {
        let book = BenchmarkBook(positions: 240, seed: 8)
        let catalogue = FastPathAndOffsetTests.catalogue(.grid, scenarios: 3_000)
        let instruments = book.account.positions.map(\.instrument)
        var session = try PortfolioMarginSession(account: book.account, market: book.market, catalogue: catalogue, history: nil)
        var market = book.market
        for step in 1...6 {
            market.timestampMicros += 60_000_000  // a minute later: every option's time to expiry moves
            market = market.scaling(underlying: step % 2 == 0 ? "BTC" : "ETH", by: step % 3 == 0 ? 0.999 : 1.0008,
                                    instruments: instruments)
            let passes = session.engine.fullPassCount
            let figures = try session.recompute(market: market, freshTail: false)
            let fresh = try PortfolioMarginSession(account: book.account, market: market, catalogue: catalogue, history: nil)
            #expect(Self.bits(figures) == Self.bits(fresh.figures), "step \(step)")
            #expect(session.tailStatistics.tailIndices == fresh.tailStatistics.tailIndices, "step \(step)")
            #expect(session.engine.fullPassCount == passes, "step \(step): the candidates' bound held")
        }
        let passes = session.engine.fullPassCount
        _ = try session.recompute(market: market)
        #expect(session.engine.fullPassCount == passes + 1)
    }

    /// The full-revaluation path (no candidates) sums the same way: ticks equal fresh sessions.
    @Test func fullRevaluationTicksEqualFreshSessions() throws {
        let book = BenchmarkBook(positions: 60, seed: 4)
        let catalogue = FastPathAndOffsetTests.catalogue(.full, scenarios: 400)
        let instruments = book.account.positions.map(\.instrument)
        var session = try PortfolioMarginSession(account: book.account, market: book.market, catalogue: catalogue, history: nil)
        var market = book.market
        for (step, factor) in [1.002, 0.97, 1.05, 0.999].enumerated() {
            market = market.scaling(underlying: "BTC", by: factor, instruments: instruments)
            let ticked = try session.tick(underlying: "BTC", market: market)
            let fresh = try PortfolioMarginSession(account: book.account, market: market, catalogue: catalogue, history: nil)
            #expect(Self.bits(ticked) == Self.bits(fresh.figures), "step \(step)")
        }
        #expect(session.engine.candidateTailCount == 0)
    }

    /// `GridLane.maximumChange` is at least the largest change of any scenario's lane value, for
    /// random node and exposure changes of every size; a NaN node makes it infinite.
    @Test(arguments: 1...5)
    func laneBoundBoundsEveryScenario(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        func uniform() -> Double { Double(random.next() % 2_000_001) / 1_000_000 - 1 }
        let moves = (0..<4_000).map { _ in uniform() * 0.4 }
        let grid = ScenarioGrid(moves: moves, nodeCount: 24)
        let scale = [1.0, 1e3, 1e7][seed % 3]
        let nodes = (0..<48).map { _ in uniform() * scale }
        let reference = GridLane(grid: grid, nodes: nodes, exposure: uniform() * scale)
        for size in [1e-9, 1e-3, 0.1, 1.0] {
            var lane = reference
            lane.nodes = nodes.map { $0 + uniform() * scale * size }
            lane.exposure = reference.exposure + uniform() * scale * size
            let bound = lane.maximumChange(from: reference)
            var largest = 0.0
            var now = [Double](repeating: 0, count: moves.count), then = now
            now.withUnsafeMutableBufferPointer { lane.accumulate(into: $0.baseAddress!, count: moves.count) }
            then.withUnsafeMutableBufferPointer { reference.accumulate(into: $0.baseAddress!, count: moves.count) }
            for k in moves.indices { largest = max(largest, abs(now[k] - then[k])) }
            #expect(largest <= bound * (1 + 1e-12) + 1e-12 * (lane.magnitude + reference.magnitude), "size \(size)")
            #expect(bound < 10 * largest + 1e-300, "the bound is not uselessly loose")
        }
        var broken = reference
        broken.nodes[7] = .nan
        #expect(broken.maximumChange(from: reference) == .infinity)
        #expect(broken.magnitude == .infinity)
    }

    /// A book whose scenario PnLs are all equal (no exposure) has no candidates: every tail is a
    /// full pass, and ES is zero.
    @Test func flatBookHasNoCandidates() throws {
        let account = PM.account([], collateral: ["BTC": 1])
        var session = try PortfolioMarginSession(account: account, market: FastPathAndOffsetTests.market,
                                                 catalogue: FastPathAndOffsetTests.catalogue(.grid, scenarios: 1_000), history: nil)
        _ = try session.tick(underlying: "BTC", market: FastPathAndOffsetTests.market)
        #expect(session.figures.esUSD == 0)
        #expect(session.engine.candidateTailCount == 0)
    }
}

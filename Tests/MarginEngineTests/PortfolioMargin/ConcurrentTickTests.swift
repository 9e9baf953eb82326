import Dispatch
import Synchronization
import Testing
@testable import MarginEngine
import Benchmarks

/// The two-core tick (`PortfolioMarginSession.concurrentTicks`, `ChunkRunner`) against the one-core
/// tick, bit for bit, and the chunked risk matrix and grid values against one chunk, whatever
/// order the chunks run in.
@Suite struct ConcurrentTickTests {
    static func bits(_ result: DeribitRiskMatrix.Result) -> [UInt64] {
        let report = result.report
        return ([report.worstCaseCoin, report.rollShockCoin, report.netDeltaCoin, report.deltaShockCoin,
                 report.contingenciesCoin, report.riskMatrixMarginCoin, report.maintenanceMarginCoin]
                + report.scenarios.flatMap { [$0.pnlCoin, $0.pnlUSD, $0.weight] }
                + result.worstUnitPnLLinear + result.worstUnitPnLOption).map(\.bitPattern) + [UInt64(report.worstScenario)]
    }

    /// Every value in option-major order (`unitIndex`), whatever the fill's layout.
    static func bits(_ values: GridValues, options: Int, nodes: Int) -> [UInt64] {
        var all: [Double] = []
        for o in 0..<options {
            for j in 0..<nodes { all += [values.unitValues[values.unitIndex(o, j)], values.unitDerivatives[values.unitIndex(o, j)]] }
        }
        return (all + values.aggregateValues + values.aggregateDerivatives).map(\.bitPattern)
    }

    /// The bench book's underlyings, largest option count first.
    static func underlyings(_ book: BenchmarkBook) throws -> (session: PortfolioMarginSession, coins: [String]) {
        let catalogue = FastPathAndOffsetTests.catalogue(.grid, scenarios: 2_000)
        let session = try PortfolioMarginSession(account: book.account, market: book.market, catalogue: catalogue, history: nil)
        let coins = session.book.underlyings.sorted { $0.optionSize.count > $1.optionSize.count }.map(\.coin)
        return (session, coins)
    }

    /// Random moves of one or several underlyings of the 1,000-position bench book: the session
    /// ticking on two cores and the one ticking on one give the same figures, risk matrices and
    /// report at every step.
    @Test(arguments: [21, 22])
    func twoCoreTicksEqualOneCoreTicks(seed: Int) throws {
        let book = BenchmarkBook(positions: 1_000, seed: UInt64(seed))
        var (oneCore, coins) = try Self.underlyings(book)
        let largest = try #require(oneCore.book.underlyings.first { $0.coin == coins.first })
        #expect(largest.optionSize.count >= PortfolioMarginSession.concurrentOptionCount, "the split must be exercised")
        var twoCores = oneCore
        twoCores.concurrentTicks = true
        let instruments = book.account.positions.map(\.instrument)
        var random = SeededRandom(seed: UInt64(seed))
        var market = book.market
        for step in 0..<16 {
            let count = step % 4 == 3 ? 2 : 1
            let moving = Array(coins.shuffledDeterministically(&random).prefix(count))
            for coin in moving {
                let factor = 1 + (Double(random.next() % 4_001) - 2_000) * 1e-5
                market = market.scaling(underlying: coin, by: factor, instruments: instruments)
            }
            let one = try oneCore.tick(underlyings: moving, market: market)
            let two = try twoCores.tick(underlyings: moving, market: market)
            #expect(FusedGridPassTests.bits(two) == FusedGridPassTests.bits(one), "step \(step): \(moving)")
            #expect(twoCores.riskMatrices.map(Self.bits) == oneCore.riskMatrices.map(Self.bits), "step \(step)")
        }
        #expect(try twoCores.report(levels: false) == oneCore.report(levels: false))
    }

    /// The block layout by hand: 35 columns in ranges of 12 over 5 rows; cell (2, 13) lies in the
    /// second block, which starts after 12 · 5 cells: 60 + 2 · 12 + 1 = 85. One range: row-major.
    @Test func chunkLayoutByHand() {
        let layout = ChunkLayout(columns: 35, width: 12)
        #expect(layout.ranges == [0..<12, 12..<24, 24..<35])
        #expect(layout.index(row: 2, column: 13, rows: 5) == 85)
        #expect(layout.index(row: 4, column: 34, rows: 5) == 24 * 5 + 4 * 11 + 10)
        let cells = (0..<5).flatMap { row in (0..<35).map { layout.index(row: row, column: $0, rows: 5) } }
        #expect(Set(cells) == Set(0..<175), "every cell once")
        let (offsets, strides) = layout.columnOffsets(rows: 5)
        #expect((0..<5).allSatisfy { row in (0..<35).allSatisfy { offsets[$0] + row * strides[$0] == layout.index(row: row, column: $0, rows: 5) } })
        let whole = ChunkLayout(columns: 35)
        #expect(whole.index(row: 2, column: 13, rows: 5) == 2 * 35 + 13)
        #expect(ChunkLayout(columns: 8, width: 12).ranges == [0..<8])
    }

    /// The risk matrix in three scenario chunks run last-first equals it in one chunk, and the grid
    /// values in node chunks run last-first equal the one-chunk fill.
    @Test func chunksInAnyOrderEqualOneChunk() throws {
        let book = BenchmarkBook(positions: 400, seed: 9)
        var (session, coins) = try Self.underlyings(book)
        for coin in coins {
            let index = try #require(session.book.underlyings.firstIndex { $0.coin == coin })
            let underlying = session.book.underlyings[index]
            var chunked = session.riskMatrixPlan(index, chunked: true)
            let width = DeribitRiskMatrix.Scan.chunkWidth
            #expect(chunked.ranges.count == (chunked.specs.count + width - 1) / width)
            chunked.withChunks { chunks in
                for chunk in (0..<chunks.count).reversed() { chunks.run(chunk) }
            }
            let whole = session.riskMatrix(index)
            #expect(Self.bits(chunked.result()) == Self.bits(whole), "\(coin)")
            // A scan made afresh (not the session's cached one) gives the same matrix.
            let scan = session.matrixScan(index)
            var fresh = DeribitRiskMatrix.Plan(underlying, scan: DeribitRiskMatrix.Scan(
                parameters: scan.parameters, dailyVol: scan.dailyVol, scanRange: scan.scanRange), chunked: false)
            fresh.withChunks { chunks in
                for chunk in 0..<chunks.count { chunks.run(chunk) }
            }
            #expect(Self.bits(fresh.result()) == Self.bits(whole), "\(coin)")

            let made = session.engine.grid(for: underlying)
            let grid = try #require(made)
            var values = GridValues(zeroedFor: underlying, grid: grid)
            let chunkCount = values.withChunks(book: underlying, grid: grid, chunked: true) { chunks in
                for chunk in (0..<chunks.count).reversed() { chunks.run(chunk) }
                return chunks.count
            }
            #expect(chunkCount == 3, "24 nodes in chunks of 8")
            let n = underlying.optionSize.count, g = grid.nodeCount
            #expect(Self.bits(values, options: n, nodes: g)
                    == Self.bits(GridValues(book: underlying, grid: grid), options: n, nodes: g), "\(coin)")
            // The one-chunk layout is option-major.
            let oneChunk = GridValues(book: underlying, grid: grid)
            #expect((0..<n).allSatisfy { o in (0..<g).allSatisfy { oneChunk.unitIndex(o, $0) == o * g + $0 } })
        }
    }

    final class Counts: Sendable {
        let values: Mutex<[Int]>
        init(_ count: Int) { values = Mutex([Int](repeating: 0, count: count)) }
        func add(_ index: Int) { values.withLock { $0[index] += 1 } }
        var snapshot: [Int] { values.withLock { $0 } }
    }

    /// Every chunk runs exactly once, also with several callers at once (one of them gets the
    /// helper, the others run their chunks alone), and `run` returns only after all have run.
    @Test func everyChunkRunsOnceUnderContention() {
        let callers = 4, chunks = 64, rounds = 20
        let runs = Counts(callers * rounds * chunks)
        DispatchQueue.concurrentPerform(iterations: callers) { caller in
            for round in 0..<rounds {
                let done = Counts(1)
                ChunkRunner.shared.run(count: chunks) { chunk in
                    runs.add((caller * rounds + round) * chunks + chunk)
                    done.add(0)
                }
                #expect(done.snapshot == [chunks], "caller \(caller) round \(round) returned early")
            }
        }
        #expect(runs.snapshot == [Int](repeating: 1, count: callers * rounds * chunks))
        let few = Counts(2)
        ChunkRunner.shared.run(count: 0) { _ in few.add(0) }
        ChunkRunner.shared.run(count: 1) { _ in few.add(1) }
        #expect(few.snapshot == [0, 1])
    }
}

import Testing
@testable import MarginConfig
@testable import MarginEngine
import Benchmarks

/// The seeded book of `xmargin bench` starts solvent under the bundled catalogue, in every mode:
/// cross and portfolio utilization (MM ÷ equity) below 1 and no isolated position at its
/// liquidation point, so a replay or the dashboard on it does not open with a liquidation.
@Suite struct BenchmarkBookSolvencyTests {
    @Test(arguments: [1000, 200])
    func startsSolventInEveryMode(positions: Int) throws {
        let book = BenchmarkBook(positions: positions)
        let catalogue = try CatalogueFile.bundled()
        let margin = StandardMargin(catalogue: catalogue)
        let cross = try margin.report(book.account, market: book.market, mode: .cross)
        #expect(cross.utilization < 1, "cross utilization \(cross.utilization)")
        #expect(cross.freeCollateralUSD > 0, "cross IM \(cross.initialMarginUSD) over equity \(cross.equityUSD)")
        let portfolio = try PortfolioMarginSession(account: book.account, market: book.market, catalogue: catalogue, history: nil)
        #expect(portfolio.figures.utilization < 1, "portfolio utilization \(portfolio.figures.utilization)")
        let isolated = try margin.report(book.account, market: book.market, mode: .isolated)
        let liquidatable = isolated.positions.filter { ($0.isolatedUtilization ?? 0) >= 1 }
        #expect(liquidatable.isEmpty, "\(liquidatable.map(\.instrument))")
    }

    @Test func keepsItsShapeAndIsDeterministic() {
        let book = BenchmarkBook()
        let positions = book.account.positions
        #expect(positions.count == 1000)
        #expect(positions.filter(\.instrument.isOption).count == 800)
        #expect(Set(positions.map(\.instrument.underlying)) == ["BTC", "ETH", "SOL", "AVAX"])
        #expect(Set(positions.compactMap(\.instrument.expiryCode)).count == 10)
        #expect(positions.contains { $0.instrument.kind == .perpetual })
        #expect(positions.contains { if case .future = $0.instrument.kind { true } else { false } })
        #expect(BenchmarkBook().account == book.account && BenchmarkBook().market == book.market)
        #expect(BenchmarkBook(seed: 8).account != book.account)
    }
}

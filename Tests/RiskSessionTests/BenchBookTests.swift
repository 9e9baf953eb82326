import Benchmarks
import MarginConfig
import MarginEngine
import Testing
@testable import RiskSession

/// The seeded bench book is a solvent desk: dashboards and replays on it mean something
/// (issue 8: it used to start at 253% cross utilization).
@Suite struct BenchBookTests {
    @Test(arguments: [200, 1000])
    func startsSolventInEveryPooledMode(positions: Int) throws {
        let book = BenchmarkBook(positions: positions)
        let catalogue = try CatalogueFile.bundled()
        let cross = try StandardMargin(catalogue: catalogue).totals(book.account, market: book.market)
        #expect(cross.utilization < 1, "cross \(cross.utilization)")
        #expect(cross.utilization > 0.2, "a book that uses its margin: \(cross.utilization)")
        let portfolio = try PortfolioMarginSession(account: book.account, market: book.market, catalogue: catalogue, history: nil)
        #expect(portfolio.figures.utilization < 1, "portfolio \(portfolio.figures.utilization)")
        // The session's own figures agree.
        let session = try RiskSession(accounts: [book.account], market: book.market, catalogue: catalogue)
        let snapshot = session.snapshot([])
        #expect((snapshot.mode(.cross)?.figures.utilization ?? 2) < 1)
        #expect((snapshot.mode(.portfolio)?.figures.utilization ?? 2) < 1)
    }
}

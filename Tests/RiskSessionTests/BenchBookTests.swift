import Benchmarks
import MarginConfig
import MarginEngine
import Testing
@testable import RiskSession

/// The seeded bench book is a solvent desk: dashboards and replays on it mean something
/// (issue 8: it used to start at 253% cross utilization).
@Suite struct BenchBookTests {
    @Test(arguments: [200, 1000])
    func sessionStartsSolvent(positions: Int) throws {
        // The book's own solvency is `BenchmarkBookSolvencyTests`; here: the session that the
        // dashboard and bench drive starts solvent too, and uses its margin.
        let book = BenchmarkBook(positions: positions)
        let catalogue = try CatalogueFile.bundled()
        let session = try RiskSession(accounts: [book.account], market: book.market, catalogue: catalogue)
        let snapshot = session.snapshot([])
        let cross = snapshot.mode(.cross)?.figures.utilization ?? 2
        #expect(cross < 1 && cross > 0.2, "cross \(cross)")
        #expect((snapshot.mode(.portfolio)?.figures.utilization ?? 2) < 1)
    }
}

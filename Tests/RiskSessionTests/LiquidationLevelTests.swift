import MarginConfig
import MarginEngine
import Testing
@testable import RiskSession

/// The session's liquidation prices (solved on the compiled book) are `StandardMargin.report`'s —
/// what `xmargin margin --json` prints — for the same marks: one definition, two routes, the
/// report being the oracle.
@Suite struct LiquidationLevelTests {
    @Test(arguments: [MarginMode.isolated, .cross])
    func matchesMarginReport(mode: MarginMode) throws {
        let (session, _) = try CrashTapeFixture.session()
        let snapshot = session.snapshot([.levels])
        let replay = try require(session.replay.replays.first { $0.statistics.mode == mode })
        let report = try StandardMargin(catalogue: session.catalogue).report(replay.book.account, market: replay.book.market, mode: mode)
        let rows = try require(snapshot.mode(mode)).positions
        #expect(rows.count == report.positions.count)
        var compared = 0
        for (row, line) in zip(rows, report.positions) {
            #expect(row.instrument.name == line.instrument)
            switch (row.liquidationPrice, line.liquidationPrice) {
            case let (solved?, reported?):
                #expect(abs(solved / reported - 1) < 1e-6, "\(mode) \(line.instrument): \(solved) vs \(reported)")
                compared += 1
            case (nil, nil):
                break
            default:
                Issue.record("\(mode) \(line.instrument): \(String(describing: row.liquidationPrice)) vs \(String(describing: line.liquidationPrice))")
            }
        }
        #expect(compared >= 5)
    }

    /// Portfolio mode's header figures are the portfolio-margin session's, i.e. what
    /// `xmargin margin --mode portfolio` computes for the same account and marks.
    @Test func portfolioFiguresAreThePortfolioModel() throws {
        let (session, _) = try CrashTapeFixture.session()
        let replay = try require(session.replay.replays.first { $0.statistics.mode == .portfolio })
        let fresh = try PortfolioMarginSession(account: replay.book.account, market: replay.book.market,
                                               catalogue: session.catalogue, history: nil)
        let figures = try require(session.snapshot([]).mode(.portfolio)).figures
        #expect(abs(figures.maintenanceMarginUSD - fresh.figures.maintenanceMarginUSD) < 1e-6)
        #expect(abs(figures.equityUSD - fresh.figures.equityUSD) < 1e-6)
        let detail = try require(session.snapshot([.portfolioDetail]).portfolioDetail)
        #expect(abs(detail.figures.maintenanceMarginUSD - fresh.figures.maintenanceMarginUSD) < 1e-6)
    }
}

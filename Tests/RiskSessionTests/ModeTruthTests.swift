import MarginEngine
import Testing
@testable import RiskSession

/// Each mode shows its own book after its own liquidations (issue 8: the tabs mixed modes).
@Suite struct ModeTruthTests {
    let put = "BTC-27MAR26-70000-P"

    /// The strangle's short put (−2 in the book): isolated closes it outright, cross and portfolio
    /// (whose live vol estimate lifts its margin during the crash) each reduce it in their own
    /// slices, to different sizes. Sizes are checked against the book and the liquidation events
    /// each mode logged — not against the code's own earlier output.
    @Test func crashTapeSizesPerMode() throws {
        let (session, events) = try CrashTapeFixture.replayed()
        let snapshot = session.snapshot([])
        let bookIndex = try require(session.accounts[0].positions.firstIndex { $0.instrument.name == put })
        let original = session.accounts[0].positions[bookIndex].size
        #expect(original == -2)
        for mode in MarginMode.allCases {
            let row = try require(snapshot.mode(mode)?.positions[bookIndex])
            let closedQuantity = events.filter { $0.mode == mode && $0.kind == .liquidation && $0.instrument == put }
                .compactMap(\.quantity).reduce(0, +)
            switch mode {
            case .isolated:
                #expect(row.isClosed)
                #expect(row.size == 0)
                #expect(row.valuation == nil)
            case .cross, .portfolio:
                #expect(!row.isClosed)
                #expect(closedQuantity < 0 && closedQuantity > original)
                #expect(abs(row.size - (original - closedQuantity)) < 1e-9)
            }
        }
        let cross = try require(snapshot.mode(.cross)?.positions[bookIndex].size)
        let portfolio = try require(snapshot.mode(.portfolio)?.positions[bookIndex].size)
        #expect(cross != portfolio)
    }

    /// Rows stay in book order by index in every mode, closed or not.
    @Test func rowsAreByBookIndex() throws {
        let (session, _) = try CrashTapeFixture.replayed()
        let snapshot = session.snapshot([])
        for mode in snapshot.modes {
            #expect(mode.positions.map(\.bookIndex) == Array(session.accounts[0].positions.indices))
            #expect(mode.positions.map(\.instrument.name) == session.accounts[0].positions.map(\.instrument.name))
        }
    }

    /// Isolated mode's status is its worst position's level, not the account's.
    @Test func isolatedStatusIsWorstPosition() throws {
        let (session, _) = try CrashTapeFixture.session()
        let snapshot = session.snapshot([])
        let isolated = try require(snapshot.mode(.isolated))
        let worst = isolated.positions.compactMap(\.utilization).max() ?? 0
        #expect(abs(isolated.alertUtilization - worst) < 1e-12)
        #expect(isolated.level == AlertThresholds().level(utilization: worst))
    }
}

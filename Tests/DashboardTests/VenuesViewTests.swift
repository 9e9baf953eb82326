import MarginEngine
import Testing
import RiskSession
import Benchmarks
@testable import Dashboard

/// The risk pane's venues view (`v`), recorded from a real session over `examples/` (demo.toml
/// through crash-tape.csv): the figures come from the session snapshot (`SnapshotParts.venues`),
/// the same path as every other number on screen.
@Suite struct VenuesViewTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func venuesViewFromASession(width: Int, height: Int) throws {
        let (session, _) = try ExampleSession.replayed()
        let snapshot = session.snapshot(.all)
        let venues = try #require(snapshot.venues)
        #expect(venues.map(\.venue) == Venue.allCases)
        let feed = FeedLine(label: "replay crash-tape.csv", speed: "max", isPaused: false, status: "end of tape")
        let model = DashboardViewModel(snapshot: snapshot, mode: .cross, feed: feed, catalogue: session.catalogue)
        let rows = try #require(model.venues)
        #expect(rows.filter(\.isCheapest).count <= 1)
        // The demo book holds options: perps-only venues cannot list all of it and are never the cheapest.
        for row in rows where ["binance", "hyperliquid", "dydx"].contains(row.name) {
            #expect(row.unlistedCount > 0 && !row.isCheapest)
        }
        var state = DashboardState()
        let context = ReducerContext(viewModel: model, themeCount: 1)
        if let action = KeyBindings.action(for: .character("v"), in: state) { state = state.reduced(with: action, context: context) }
        #expect(state.riskView == .venues)
        let screen = DashboardRenderer.compose(model, state: state, width: width, height: height)
        let text = screen.render(plain: true).joined(separator: "\n")
        #expect(text.contains("Risk · venues"))
        for name in ["deribit", "binance", "hyperliquid", "dydx"] { #expect(text.contains(name), "\(name)") }
        assertSnapshot(screen, named: "venues-cross-\(width)x\(height)")
        assertSnapshot(screen, named: "venues-cross-\(width)x\(height)-plain", plain: true)
        if let back = KeyBindings.action(for: .character("v"), in: state) { state = state.reduced(with: back, context: context) }
        #expect(state.riskView == .risk)
    }

    @Test func pendingVenuesSayComputing() throws {
        let (session, _) = try ExampleSession.start()
        let model = DashboardViewModel(snapshot: session.snapshot([]), mode: .cross,
                                       feed: FeedLine(label: "replay", speed: "max", isPaused: false, status: ""))
        #expect(model.venues == nil)
        var state = DashboardState()
        state.riskView = .venues
        let text = DashboardRenderer.compose(model, state: state, width: 120, height: 40).render(plain: true).joined(separator: "\n")
        #expect(text.contains("venues: computing…"))
    }

    /// Hand-made rows: the cheapest is starred, an incomplete venue says so, a rule not run live says n/a.
    @Test func rowsFromSnapshots() {
        let totals = { (im: Double) in MarginTotals(equityUSD: 100_000, initialMarginUSD: im, maintenanceMarginUSD: im / 2) }
        let rows = VenueRow.rows([
            VenueSnapshot(venue: .deribit, figures: totals(9_000), unlistedCount: 0, unlistedNotionalUSD: 0),
            VenueSnapshot(venue: .deribitPortfolio, figures: nil, unlistedCount: 0, unlistedNotionalUSD: 0),
            VenueSnapshot(venue: .dydx, figures: totals(1_000), unlistedCount: 1, unlistedNotionalUSD: 50_000),
            VenueSnapshot(venue: .hyperliquid, figures: totals(5_000), unlistedCount: 0, unlistedNotionalUSD: 0),
        ])
        #expect(rows.map(\.isCheapest) == [false, false, false, true])
        #expect(rows[1].note == "n/a live" && VenuesView.unlisted(rows[1]) == "n/a live")
        #expect(VenuesView.unlisted(rows[2]) == "1 · 50.0k: incomplete")
        #expect(rows[3].utilization == 0.025)
    }
}

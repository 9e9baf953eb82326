import Foundation
import MarginEngine
import Testing
import RiskSession
import Benchmarks
@testable import Dashboard

/// The alerts view (`a`): every alert of the mode whole, wrapped, scrollable.
@Suite struct AlertsViewTests {
    static func crashModel(_ mode: MarginMode) throws -> DashboardViewModel {
        let (session, _) = try ExampleSession.replayed()
        let snapshot = session.snapshot([.levels, .portfolioDetail, .stress])
        let feed = FeedLine(label: "replay crash-tape.csv", speed: "max", isPaused: false, status: "end of tape")
        return DashboardViewModel(snapshot: snapshot, mode: mode, feed: feed, catalogue: session.catalogue)
    }

    static func press(_ keys: [Key], model: DashboardViewModel, mode: MarginMode) -> DashboardState {
        var state = DashboardState()
        state.mode = mode
        let context = ReducerContext(viewModel: model, themeCount: 4)
        for key in keys {
            if let action = KeyBindings.action(for: key, in: state) { state = state.reduced(with: action, context: context) }
        }
        return state
    }

    /// Isolated mode on the crash tape (11 events: alerts, three liquidations, a shortfall) at both
    /// sizes, with and without colour; and scrolled to the end at 80×24.
    @Test(arguments: [(80, 24), (160, 48)])
    func crashTapeIsolated(width: Int, height: Int) throws {
        let model = try Self.crashModel(.isolated)
        let state = Self.press([.character("a")], model: model, mode: .isolated)
        let screen = DashboardRenderer.compose(model, state: state, width: width, height: height)
        assertSnapshot(screen, named: "alerts-isolated-\(width)x\(height)")
        assertSnapshot(screen.monochrome(), named: "alerts-isolated-\(width)x\(height)-nocolor")
        assertSnapshot(screen, named: "alerts-isolated-\(width)x\(height)-plain", plain: true)
        if width == 80 {
            let end = Self.press([.character("a"), .end], model: model, mode: .isolated)
            assertSnapshot(DashboardRenderer.compose(model, state: end, width: width, height: height),
                           named: "alerts-isolated-80x24-end-plain", plain: true)
        }
    }

    /// Nothing is cut: no `…` anywhere in the view, and every message and figure appears in full
    /// once the wrapped lines are joined, in every mode, at 80 columns.
    @Test func everyAlertWhole() throws {
        for mode in MarginMode.allCases {
            let model = try Self.crashModel(mode)
            let rows = model.alerts.filter { $0.mode.isEmpty || $0.mode == mode.rawValue }
            #expect(!rows.isEmpty)
            var seen = ""
            var state = Self.press([.character("a")], model: model, mode: mode)
            for _ in 0..<rows.count {
                let text = DashboardRenderer.compose(model, state: state, width: 80, height: 24).render(plain: true)
                #expect(!text.joined().contains("…"))
                seen += text.dropFirst().dropLast(2).map { line in
                    // Strip the box edges and the indent, join the wrapped lines with spaces.
                    String(line.dropFirst().dropLast()).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                }.joined(separator: " ") + " "
                state = state.reduced(with: .moveCursor(1), context: ReducerContext(viewModel: model, themeCount: 4))
            }
            for row in rows {
                #expect(seen.contains(row.message), "\(mode): \(row.message)")
                for detail in row.details { #expect(seen.contains("\(detail.label) \(detail.value)"), "\(mode): \(detail)") }
            }
        }
    }

    /// On an ASCII terminal the view is ASCII and still cut nowhere (no `~`, the ASCII ellipsis).
    @Test func asciiTerminal() throws {
        let model = try Self.crashModel(.cross)
        let state = Self.press([.character("a")], model: model, mode: .cross)
        let lines = DashboardRenderer.compose(model, state: state, width: 80, height: 24, glyphs: .ascii).render(plain: true)
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(!lines.dropLast().joined().contains("~"))
        // A detail written with an arrow (utilization before → after) shows with `>` instead.
        let arrowed = try #require(model.alerts.lazy.flatMap(\.details).first { $0.value.contains(" → ") })
        #expect(lines.joined().contains("\(arrowed.label) \(arrowed.value.replacingOccurrences(of: " → ", with: " > "))"))
    }

    /// An empty mode says so.
    @Test func emptyMode() {
        var model = SampleViewModel.make()
        model.alerts = []
        var state = DashboardState()
        state.overlay = .alerts
        let text = DashboardRenderer.compose(model, state: state, width: 80, height: 24).render(plain: true).joined(separator: "\n")
        #expect(text.contains("no alerts in cross mode"))
    }

    /// `a` opens at the newest alert; ↓ j PgDn End scroll by alert, clamped; ↑ k PgUp Home back;
    /// `a`, `q` and Esc close (q does not quit here); reopening starts at the top again.
    @Test func reducer() {
        let model = SampleViewModel.make()
        let count = model.alerts.count
        let context = ReducerContext(viewModel: model, themeCount: 4)
        #expect(context.alertCount == count && count >= 3)
        func run(_ keys: [Key], from start: DashboardState = DashboardState()) -> DashboardState {
            var state = start
            for key in keys {
                if let action = KeyBindings.action(for: key, in: state) { state = state.reduced(with: action, context: context) }
            }
            return state
        }
        let open = run([.character("a")])
        #expect(open.overlay == .alerts && open.alertsScroll == 0)
        #expect(run([.down, .character("j")], from: open).alertsScroll == 2)
        #expect(run([.down, .down, .up], from: open).alertsScroll == 1)
        #expect(run([.character("k"), .up], from: open).alertsScroll == 0)
        #expect(run([.pageDown], from: open).alertsScroll == min(10, count - 1))
        #expect(run([.end], from: open).alertsScroll == count - 1)
        #expect(run([.character("G"), .pageUp], from: open).alertsScroll == max(0, count - 11))
        #expect(run([.end, .home], from: open).alertsScroll == 0)
        #expect(run(Array(repeating: .down, count: 50), from: open).alertsScroll == count - 1)
        // The grid's cursor does not move while the view scrolls.
        #expect(run([.down, .down], from: open).cursor == 0)
        for close in [Key.character("a"), .character("q"), .escape] {
            let closed = run([close], from: open)
            #expect(closed.overlay == .none && !closed.shouldQuit)
        }
        #expect(run([.down, .character("a"), .character("a")]).alertsScroll == 0)
        #expect(run([.character("q")]).shouldQuit)
    }

    /// The help overlay and the footer name the key.
    @Test func helpAndFooterName() {
        #expect(KeyBindings.helpLines.contains { $0.keys == "a" })
        #expect(FooterPane.hints.contains { $0.0 == "a" && $0.1 == "alerts" })
    }
}

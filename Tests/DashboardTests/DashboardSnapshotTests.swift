import MarginEngine
import Testing
import RiskSession
import Benchmarks
@testable import Dashboard

/// Whole-frame snapshots of the sample book (pure rendering, no terminal). Styled snapshots list a
/// style key per cell plus a legend; `-plain` ones are the characters only.
@Suite struct DashboardSnapshotTests {
    let model = SampleViewModel.make()

    func frame(_ state: DashboardState = DashboardState(), width: Int, height: Int,
               model: DashboardViewModel? = nil, glyphs: Glyphs = .unicode) -> Screen {
        DashboardRenderer.compose(model ?? self.model, state: state, width: width, height: height, glyphs: glyphs)
    }

    func state(_ keys: [Key]) -> DashboardState {
        var state = DashboardState()
        let context = ReducerContext(viewModel: model, themeCount: 4)
        for key in keys {
            if let action = KeyBindings.action(for: key, in: state) { state = state.reduced(with: action, context: context) }
        }
        return state
    }

    @Test(arguments: [(80, 24), (120, 40), (160, 48)])
    func eachMode(width: Int, height: Int) {
        var state = DashboardState()
        for mode in MarginMode.allCases {
            state.mode = mode
            assertSnapshot(frame(state, width: width, height: height), named: "mode-\(mode.title.lowercased())-\(width)x\(height)")
        }
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func plainNoColor(width: Int, height: Int) {
        let screen = frame(width: width, height: height)
        assertSnapshot(screen, named: "plain-\(width)x\(height)", plain: true)
        assertSnapshot(screen.monochrome(), named: "nocolor-\(width)x\(height)")
    }

    @Test func asciiFallback() {
        assertSnapshot(frame(width: 80, height: 24, glyphs: .ascii), named: "ascii-80x24", plain: true)
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func helpOverlay(width: Int, height: Int) {
        assertSnapshot(frame(state([.character("?")]), width: width, height: height), named: "help-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func detailView(width: Int, height: Int) {
        let keys: [Key] = [.character("j"), .character("j"), .character("j"), .character("j"), .enter]
        assertSnapshot(frame(state(keys), width: width, height: height), named: "detail-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func stressPicker(width: Int, height: Int) {
        let keys: [Key] = [.character("x"), .character("j")]
        assertSnapshot(frame(state(keys), width: width, height: height), named: "stress-\(width)x\(height)")
    }

    @Test func sortedFilteredScrolled() {
        let keys: [Key] = [.character("s"), .character("s"), .character("s"), .character("s"), .character("S"),
                           .character("/"), .character("b"), .character("t"), .character("c"), .enter,
                           .character("j"), .character("j")]
        assertSnapshot(frame(state(keys), width: 80, height: 24), named: "sorted-filtered-80x24", plain: true)
        assertSnapshot(frame(state([.character("G")]), width: 100, height: 26), named: "scrolled-100x26", plain: true)
        assertSnapshot(frame(state([.character("/"), .character("e"), .character("t")]), width: 80, height: 24),
                       named: "filter-typing-80x24", plain: true)
    }

    @Test func tooSmall() {
        assertSnapshot(frame(width: 60, height: 20), named: "too-small-60x20", plain: true)
    }

    @Test func hostileSymbol() {
        let hostile = SampleViewModel.make(instrumentOverride: "BTC\u{1b}[31m\u{1b}]0;pwned\u{07}-\u{202e}LIAM\u{9b}2J\u{0}X")
        let screen = frame(width: 80, height: 24, model: hostile)
        let text = screen.render(plain: true).joined()
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
        #expect(text.contains("BTC??-?LIAM??X"))   // each escape sequence and control is one `?`
        assertSnapshot(screen, named: "hostile-symbol-80x24", plain: true)
    }
}

/// Frames recorded from a real `RiskSession` run over `examples/` (demo.toml through
/// crash-tape.csv): each mode's grid shows its own book — isolated the fully-liquidated short
/// March 70k put as closed, cross and portfolio each their own remaining size.
@Suite struct SessionSnapshotTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func crashTapeEachMode(width: Int, height: Int) throws {
        let (session, _) = try ExampleSession.replayed()
        let snapshot = session.snapshot(.all)
        let feed = FeedLine(label: "replay crash-tape.csv", speed: "max", isPaused: false, status: "end of tape")
        for mode in MarginMode.allCases {
            var state = DashboardState()
            state.mode = mode
            let model = DashboardViewModel(snapshot: snapshot, mode: mode, feed: feed, catalogue: session.catalogue)
            let put = try #require(model.positions.first { $0.instrument == "BTC-27MAR26-70000-P" })
            switch mode {
            case .isolated: #expect(put.isClosed)
            case .cross: #expect(!put.isClosed && put.size > -2 && put.size < 0)
            case .portfolio: #expect(!put.isClosed && put.size > -2 && put.size < 0)
            }
            let screen = DashboardRenderer.compose(model, state: state, width: width, height: height)
            assertSnapshot(screen, named: "session-crash-\(mode.rawValue)-\(width)x\(height)")
            if width == 80 { assertSnapshot(screen, named: "session-crash-\(mode.rawValue)-\(width)x\(height)-plain", plain: true) }
        }
    }
}

/// Figures the worker has not computed yet are placeholders, never zeros passed off as numbers.
@Suite struct PendingFiguresTests {
    @Test func slowPartsMissingShowPlaceholders() throws {
        let (session, _) = try ExampleSession.start()
        let feed = FeedLine(label: "replay", speed: "max", isPaused: false, status: "")
        let quick = session.snapshot([])
        let full = session.snapshot(.all)
        for mode in MarginMode.allCases {
            let pending = DashboardViewModel(snapshot: quick, mode: mode, feed: feed)
            let ready = DashboardViewModel(snapshot: full, mode: mode, feed: feed)
            #expect(pending.positions.allSatisfy { $0.margin[mode].isPending || $0.isClosed })
            #expect(ready.positions.allSatisfy { !$0.margin[mode].isPending })
            #expect(pending.risk == nil)
            #expect(ready.risk != nil)
            var state = DashboardState()
            state.mode = mode
            let text = DashboardRenderer.compose(pending, state: state, width: 120, height: 40).render(plain: true).joined(separator: "\n")
            #expect(text.contains("computing…"))
            #expect(text.contains("…"))
        }
    }
}

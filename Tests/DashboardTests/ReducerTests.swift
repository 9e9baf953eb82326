import Testing
import Benchmarks
@testable import Dashboard

@Suite struct ReducerTests {
    let model = SampleViewModel.make()

    func run(_ keys: [Key], from start: DashboardState = DashboardState()) -> DashboardState {
        let context = ReducerContext(viewModel: model, themeCount: 4)
        var state = start
        for key in keys {
            if let action = KeyBindings.action(for: key, in: state) { state = state.reduced(with: action, context: context) }
        }
        return state
    }

    @Test func modeCycles() {
        var start = DashboardState()
        start.mode = .isolated
        #expect(run([.character("m")], from: start).mode == .cross)
        #expect(run([.character("m"), .character("m")], from: start).mode == .portfolio)
        #expect(run([.character("m"), .character("m"), .character("m")], from: start).mode == .isolated)
    }

    @Test func cursorStaysInBounds() {
        #expect(run([.up, .character("k")]).cursor == 0)
        #expect(run([.down, .character("j")]).cursor == 2)
        #expect(run(Array(repeating: .down, count: 50)).cursor == model.positions.count - 1)
        #expect(run([.character("G")]).cursor == model.positions.count - 1)
        #expect(run([.character("G"), .character("g")]).cursor == 0)
        #expect(run([.pageDown, .pageDown]).cursor == model.positions.count - 1)
    }

    @Test func sortCyclesAndReverses() {
        let once = run([.character("s")])
        #expect(once.sortColumn == .instrument && !once.sortDescending)
        let twice = run([.character("s"), .character("s")])
        #expect(twice.sortColumn == .size)
        let reversed = run([.character("s"), .character("s"), .character("S")])
        #expect(reversed.sortDescending)
        let sizes = reversed.visibleRows(of: model.positions).map(\.size)
        #expect(sizes == sizes.sorted(by: >))
        #expect(run(Array(repeating: .character("s"), count: PositionColumn.allCases.count + 1)).sortColumn == .instrument)
        // Missing values (long options have no liquidation price) sort last either way.
        var liq = DashboardState()
        liq.sortColumn = .liquidationPrice
        #expect(liq.visibleRows(of: model.positions).last?.margin.cross.liquidationPrice == nil)
    }

    @Test func filterEditApplyCancel() {
        let typing = run([.character("/"), .character("e"), .character("t"), .character("h")])
        #expect(typing.isEditingFilter && typing.filterDraft == "eth" && typing.filter.isEmpty)
        #expect(typing.visibleRows(of: model.positions).allSatisfy { $0.underlying == "ETH" })
        // While typing, command keys are text: `q` does not quit.
        #expect(!run([.character("/"), .character("q")]).shouldQuit)
        let applied = run([.character("/"), .character("e"), .character("t"), .character("h"), .enter])
        #expect(applied.filter == "eth" && !applied.isEditingFilter)
        #expect(applied.visibleRows(of: model.positions).count == 3)
        let cancelled = run([.character("/"), .character("x"), .escape])
        #expect(cancelled.filter.isEmpty && !cancelled.isEditingFilter)
        let edited = run([.character("/"), .character("b"), .character("x"), .backspace, .enter])
        #expect(edited.filter == "b")
        // The cursor is clamped when the filter shrinks the list.
        let clamped = run([.character("G"), .character("/"), .character("e"), .character("t"), .character("h"), .enter])
        #expect(clamped.cursor == 2)
    }

    @Test func overlays() {
        #expect(run([.character("?")]).overlay == .help)
        #expect(run([.character("?"), .character("?")]).overlay == .none)
        #expect(run([.character("?"), .escape]).overlay == .none)
        #expect(run([.enter]).overlay == .detail)
        #expect(run([.enter, .escape]).overlay == .none)
        let picker = run([.character("x"), .down, .down, .down, .down, .down, .down])
        #expect(picker.overlay == .stressPicker && picker.stressCursor == model.stressScenarios.count - 1)
        #expect(picker.cursor == 0)  // the picker has its own cursor
        #expect(run([.character("x"), .escape]).overlay == .none)
    }

    @Test func themeQuitAndFeedCommands() {
        #expect(run([.character("t"), .character("t")]).themeIndex == 2)
        #expect(run(Array(repeating: .character("t"), count: 4)).themeIndex == 0)
        #expect(run([.character("q")]).shouldQuit)
        let state = DashboardState()
        #expect(KeyBindings.action(for: .character(" "), in: state)?.feedCommand == .togglePause)
        #expect(KeyBindings.action(for: .character("+"), in: state)?.feedCommand == .speedUp)
        #expect(KeyBindings.action(for: .character("-"), in: state)?.feedCommand == .speedDown)
        #expect(KeyBindings.action(for: .character("."), in: state)?.feedCommand == .step)
        #expect(KeyBindings.action(for: .character("m"), in: state)?.feedCommand == nil)
        #expect(run([.character(" ")]) == state)
    }
}

@Suite struct BenchmarkTests {
    @Test func benchmarkReturnsAPositiveMedian() {
        let median = FrameBenchmark.medianMilliseconds(iterations: 5)
        #expect(median > 0 && median < 1_000)
    }
}

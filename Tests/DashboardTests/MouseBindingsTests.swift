import Benchmarks
import MarginEngine
import Testing
@testable import Dashboard

/// Clicks and the wheel are hit-tested against the same layout the frame is drawn with.
@Suite struct MouseBindingsTests {
    let model = SampleViewModel.make()

    func action(_ kind: MouseEvent.Kind, x: Int, y: Int, state: DashboardState = DashboardState(),
                width: Int = 120, height: Int = 40) -> DashboardAction? {
        MouseBindings.action(for: MouseEvent(x: x, y: y, kind: kind), layout: DashboardLayout(model: model, width: width, height: height),
                             state: state, model: model)
    }

    @Test func tabsSelectTheirMode() {
        // " ISOLATED " columns 1–10, separator 11, " CROSS " 12–18, separator 19, " PORTFOLIO " 20–30.
        #expect(action(.press, x: 1, y: 0) == .selectMode(.isolated))
        #expect(action(.press, x: 15, y: 0) == .selectMode(.cross))
        #expect(action(.press, x: 30, y: 0) == .selectMode(.portfolio))
        #expect(action(.press, x: 11, y: 0) == nil)
        #expect(action(.press, x: 31, y: 0) == nil)
    }

    @Test func rowsAndWheel() {
        let layout = DashboardLayout(model: model, width: 120, height: 40)
        let firstRow = layout.positions.y + 2   // border, heading
        #expect(action(.press, x: 5, y: firstRow) == .selectRow(0))
        #expect(action(.press, x: 5, y: firstRow + 3) == .selectRow(3))
        #expect(action(.press, x: 5, y: layout.positions.y + 1) == nil)   // the heading
        #expect(action(.wheelDown, x: 5, y: firstRow) == .moveCursor(3))
        #expect(action(.wheelUp, x: layout.alerts.x + 2, y: layout.alerts.y + 1) == .scrollAlerts(-3))
        var open = DashboardState()
        open.overlay = .alerts
        #expect(action(.wheelDown, x: 5, y: firstRow, state: open) == .moveCursor(3))
        #expect(action(.press, x: 15, y: 0, state: open) == nil)
    }

    /// Scrolled: a click maps through the grid's scroll offset (cursor at the last of 10 rows with
    /// room for fewer).
    @Test func clickFollowsTheScroll() {
        var state = DashboardState()
        state.cursor = model.positions.count - 1
        let layout = DashboardLayout(model: model, width: 80, height: 24)
        let capacity = layout.positions.inner.height - 1
        let offset = max(0, model.positions.count - capacity)
        #expect(offset > 0)
        #expect(action(.press, x: 5, y: layout.positions.y + 2, state: state, width: 80, height: 24) == .selectRow(offset))
    }
}

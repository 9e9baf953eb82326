/// What a click or a wheel step asks for, hit-tested against the frame's ``DashboardLayout``:
/// a click on a mode tab selects that mode, a click on a grid row moves the cursor there, the
/// wheel scrolls the grid (three rows a step) or the alerts pane; with an overlay open the wheel
/// scrolls it (the alerts view, the stress picker) and clicks are ignored.
public enum MouseBindings {
    static let wheelStep = 3

    public static func action(for event: MouseEvent, layout: DashboardLayout, state: DashboardState,
                              model: DashboardViewModel) -> DashboardAction? {
        let step: Int? = switch event.kind {
        case .wheelUp: -wheelStep
        case .wheelDown: wheelStep
        case .press: nil
        }
        if state.overlay != .none {
            guard let step, state.overlay == .alerts || state.overlay == .stressPicker else { return nil }
            return .moveCursor(step)
        }
        if let step {
            if layout.alerts.contains(x: event.x, y: event.y) { return .scrollAlerts(step) }
            if layout.positions.contains(x: event.x, y: event.y) { return .moveCursor(step) }
            return nil
        }
        if event.y == layout.header.y,
           let tab = HeaderPane.tabRanges(x: layout.header.x).first(where: { $0.columns.contains(event.x) }) {
            return .selectMode(tab.mode)
        }
        // The grid: a border row, the heading, then the rows from the scroll offset.
        let inner = layout.positions.inner
        let firstRowY = inner.y + 1, capacity = inner.height - 1
        guard layout.positions.contains(x: event.x, y: event.y), event.y >= firstRowY, event.y < firstRowY + capacity else {
            return nil
        }
        let count = state.visibleRows(of: model.positions).count
        let row = PositionsPane.scrollOffset(cursor: state.cursor, count: count, capacity: capacity) + event.y - firstRowY
        return row < count ? .selectRow(row) : nil
    }
}

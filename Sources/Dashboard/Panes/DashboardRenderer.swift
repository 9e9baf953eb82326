/// Composes a whole frame from the view model and the UI state (pure; no terminal).
///
///     let screen = DashboardRenderer.compose(model, state: state, width: 120, height: 40)
///     backend.draw(screen)
public enum DashboardRenderer {
    /// Below this size the dashboard shows a "terminal too small" message instead.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    /// The frame for a `width` × `height` terminal.
    public static func compose(
        _ model: DashboardViewModel, state: DashboardState, width: Int, height: Int, glyphs: Glyphs = .unicode
    ) -> Screen {
        var screen = Screen(width: width, height: height, glyphs: glyphs)
        guard width >= minimumWidth, height >= minimumHeight else {
            TooSmallMessage(width: width, height: height, minimumWidth: minimumWidth, minimumHeight: minimumHeight)
                .draw(into: &screen)
            return screen
        }
        let rows = state.visibleRows(of: model.positions)
        let selected = rows.indices.contains(state.cursor) ? rows[state.cursor] : nil
        let layout = DashboardLayout(model: model, width: width, height: height)
        let footerArea = Rect(x: 0, y: height - 1, width: width, height: 1)

        HeaderPane(model: model.header, mode: state.mode).draw(into: &screen, in: layout.header)
        PositionsPane(rows: rows, state: state, totalCount: model.positions.count).draw(into: &screen, in: layout.positions)
        if state.riskView == .venues {
            VenuesView(rows: model.venues).draw(into: &screen, in: layout.risk)
        } else {
            RiskPane(available: model.risk, figures: model.header.figures, alertUtilization: model.header.alertUtilization,
                     sameBookAsIsolated: model.header.sameBookAsIsolated,
                     selectedUnderlying: selected?.underlying, mode: state.mode, levels: model.liquidationLevels[state.mode])
                .draw(into: &screen, in: layout.risk)
        }
        if let trendsArea = layout.trends { SparklinesPane(series: model.sparklines).draw(into: &screen, in: trendsArea) }
        AlertsPane(alerts: model.alerts, mode: state.mode, scroll: state.overlay == .alerts ? 0 : state.alertsScroll)
            .draw(into: &screen, in: layout.alerts)
        FooterPane(state: state).draw(into: &screen, in: footerArea)
        drawOverlay(model, state: state, selected: selected, into: &screen)
        return screen
    }

    private static func drawOverlay(_ model: DashboardViewModel, state: DashboardState, selected: PositionRow?, into screen: inout Screen) {
        let area = Rect(x: 0, y: 1, width: screen.width, height: screen.height - 2)
        switch state.overlay {
        case .none: return
        case .help:
            let rect = Rect(x: 0, y: 0, width: screen.width, height: screen.height - 1)
            screen.fill(rect)
            HelpOverlay().draw(into: &screen, in: rect)
        case .detail:
            guard let selected else { return }
            let detail = DetailOverlay(row: selected, mode: state.mode, levels: model.liquidationLevels)
            let rect = area.centered(width: min(78, screen.width - 4), height: detail.preferredHeight)
            dimBehind(rect, in: &screen)
            detail.draw(into: &screen, in: rect)
        case .alerts:
            let rect = Rect(x: 0, y: 0, width: screen.width, height: screen.height - 1)
            screen.fill(rect)
            AlertsOverlay(alerts: model.alerts, mode: state.mode, scroll: state.alertsScroll).draw(into: &screen, in: rect)
        case .stressPicker:
            let picker = StressPickerOverlay(scenarios: model.stressScenarios, cursor: state.stressCursor, mode: state.mode)
            let rect = area.centered(width: min(96, screen.width - 4), height: max(12, min(model.stressScenarios.count + 2, 16)))
            dimBehind(rect, in: &screen)
            picker.draw(into: &screen, in: rect)
        }
    }

    /// Dims everything but the footer and clears the overlay's own box, so it reads as floating
    /// above the dashboard; the cells around it (the panes' borders) stay as they are, dimmed.
    private static func dimBehind(_ rect: Rect, in screen: inout Screen) {
        screen.restyle(Rect(x: 0, y: 0, width: screen.width, height: screen.height - 1)) { _ in Style(foreground: .dim) }
        screen.fill(rect)
    }
}

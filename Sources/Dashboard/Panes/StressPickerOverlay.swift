import MarginEngine
/// `x`: named stress scenarios on the left; the highlighted one's post-shock book on the right
/// (PnL, equity, MM and utilization in each mode, and what cross mode would liquidate).
struct StressPickerOverlay {
    let scenarios: [StressScenarioRow]
    let cursor: Int
    let mode: MarginMode

    func draw(into screen: inout Screen, in rect: Rect) {
        screen.box(rect, title: "Stress scenarios · j/k choose · Esc close")
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        guard inner.width >= 40, inner.height >= 3 else { return }
        // The list is as wide as its longest name needs, so at 80 columns the outcome table keeps
        // its verdict column.
        let longest = scenarios.map(\.name.terminalWidth).max() ?? 0
        let listWidth = min(26, inner.width / 3, longest + 3)
        for (index, scenario) in scenarios.prefix(inner.height).enumerated() {
            let selected = index == cursor
            let style = selected ? Style(foreground: .text, background: .selection, bold: true) : Style.plain
            screen.fill(Rect(x: inner.x, y: inner.y + index, width: listWidth, height: 1), style: style)
            screen.text((selected ? "> " : "  ") + scenario.name, x: inner.x, y: inner.y + index, maxWidth: listWidth, style: style)
        }
        guard scenarios.indices.contains(cursor) else { return }
        let scenario = scenarios[cursor]
        let detail = Rect(x: inner.x + listWidth + 2, y: inner.y, width: inner.width - listWidth - 2, height: inner.height)
        screen.text(scenario.name, x: detail.x, y: detail.y, maxWidth: detail.width, style: Style(foreground: .accent, bold: true))
        screen.text(scenario.shockDescription, x: detail.x, y: detail.y + 1, maxWidth: detail.width)
        drawOutcomes(scenario, into: &screen, in: detail, y: detail.y + 3)
        let liquidations = scenario.liquidatedInstruments.isEmpty ? "none" : scenario.liquidatedInstruments.joined(separator: ", ")
        guard detail.y + 8 < detail.maxY else { return }
        screen.text("Liquidated (isolated): ", x: detail.x, y: detail.y + 8, maxWidth: detail.width, style: Style(foreground: .dim))
        screen.text(liquidations, x: detail.x + 23, y: detail.y + 8, maxWidth: detail.width - 23,
                    style: Style(foreground: scenario.liquidatedInstruments.isEmpty ? .gain : .danger, bold: true))
    }

    private func drawOutcomes(_ scenario: StressScenarioRow, into screen: inout Screen, in area: Rect, y: Int) {
        // Narrow (80 columns): tighter number columns, the verdict kept.
        let widths = area.width >= 58 ? [11, 9, 9, 9, 8, 12] : [10, 7, 7, 7, 7, 11]
        let heading = ["Mode", "PnL", "Equity", "MM", "Util", ""]
        func line(_ cells: [String], y: Int, styles: [Style]) {
            var x = area.x
            for (index, cell) in cells.enumerated() where x < area.maxX {
                screen.text(cell, x: x, y: y, maxWidth: min(widths[index], area.maxX - x), style: styles[index],
                            align: index == 0 || index == 5 ? .left : .right)
                x += widths[index]
            }
        }
        line(heading, y: y, styles: Array(repeating: Style(foreground: .gridHeader, bold: true), count: heading.count))
        for (offset, each) in MarginMode.allCases.enumerated() {
            let outcome = scenario.outcome[each]
            let level = RiskLevel(utilization: outcome.utilization)
            let verdict = level == .danger ? " LIQUIDATED" : level == .warning ? " warning" : level == .notice ? " notice" : " survives"
            let cells = [each.title.lowercased(), NumberFormat.compact(outcome.pnlUSD, signed: true),
                         NumberFormat.compact(outcome.equityUSD), NumberFormat.compact(outcome.maintenanceMarginUSD),
                         NumberFormat.percent(outcome.utilization), verdict]
            let styles = [each == mode ? Style(foreground: .accent, bold: true) : .plain,
                          Style(foreground: outcome.pnlUSD < 0 ? .loss : .gain), .plain, .plain,
                          Style(foreground: level.role), Style(foreground: level.role, bold: level == .danger)]
            line(cells, y: y + 1 + offset, styles: styles)
        }
    }
}

import MarginEngine
/// The top three rows: mode tabs and feed status; account figures; the utilization bar.
struct HeaderPane {
    let model: HeaderModel
    let mode: MarginMode

    /// Rows this pane needs.
    static let height = 3

    func draw(into screen: inout Screen, in rect: Rect) {
        guard rect.height >= 3, rect.width > 0 else { return }
        drawTabsAndFeed(into: &screen, y: rect.y, x: rect.x, width: rect.width)
        drawFigures(into: &screen, y: rect.y + 1, x: rect.x, width: rect.width)
        drawUtilization(into: &screen, y: rect.y + 2, x: rect.x, width: rect.width)
    }

    /// The columns each mode tab occupies on the top row (a click there selects it), separators
    /// between them; the drawing and the mouse share this.
    static func tabRanges(x: Int) -> [(mode: MarginMode, columns: Range<Int>)] {
        var column = x + 1
        var ranges: [(mode: MarginMode, columns: Range<Int>)] = []
        for (index, tab) in MarginMode.allCases.enumerated() {
            if index > 0 { column += 1 }
            let width = tab.title.count + 2
            ranges.append((tab, column..<(column + width)))
            column += width
        }
        return ranges
    }

    private func drawTabsAndFeed(into screen: inout Screen, y: Int, x: Int, width: Int) {
        var column = x + 1
        for (index, (tab, columns)) in Self.tabRanges(x: x).enumerated() {
            if index > 0 {
                screen.put(screen.glyphs.tabSeparator, x: columns.lowerBound - 1, y: y, style: Style(foreground: .border))
            }
            let active = tab == mode
            let style = active ? Style(foreground: .background, background: .accent, bold: true)
                               : Style(foreground: .dim)
            column = columns.lowerBound + screen.text(" \(tab.title) ", x: columns.lowerBound, y: y, style: style)
        }
        let pausedLabel = model.isPaused ? " PAUSED " : ""
        let room = x + width - column - 2
        guard room > 4 else { return }
        let pausedWidth = pausedLabel.count
        // Narrow screens drop the clock's year, then its date, before cutting the feed name.
        var clocks = [model.clock]
        if model.clock.count > 5, model.clock.prefix(4).allSatisfy(\.isNumber), model.clock.dropFirst(4).first == "-" {
            let short = String(model.clock.dropFirst(5))
            clocks.append(short)
            if let space = short.firstIndex(of: " ") { clocks.append(String(short[short.index(after: space)...])) }
        }
        var feed = ""
        let fits = room - pausedWidth - (pausedWidth > 0 ? 1 : 0)
        for clock in clocks {
            var parts = [model.feedName, clock, model.speed]
            parts.removeAll { $0.isEmpty }
            feed = parts.joined(separator: "  ")
            if feed.terminalWidth <= fits { break }
        }
        // Still too long: shorten the feed's name, never the clock or the speed.
        if feed.terminalWidth > fits, !model.feedName.isEmpty {
            let rest = [clocks.last ?? "", model.speed].filter { !$0.isEmpty }.joined(separator: "  ")
            let nameRoom = fits - rest.terminalWidth - 2
            if nameRoom >= 4 {
                feed = String(model.feedName.prefix(nameRoom - 1)) + "…  " + rest
            }
        }
        let feedWidth = min(feed.terminalWidth, room - pausedWidth - (pausedWidth > 0 ? 1 : 0))
        let end = x + width - 1
        if pausedWidth > 0 {
            screen.text(pausedLabel, x: end - pausedWidth, y: y, style: Style(foreground: .background, background: .warning, bold: true))
        }
        let feedEnd = end - pausedWidth - (pausedWidth > 0 ? 1 : 0)
        if feedWidth > 0 {
            screen.text(feed, x: feedEnd - feedWidth, y: y, maxWidth: feedWidth, style: Style(foreground: .text))
        }
    }

    private func drawFigures(into screen: inout Screen, y: Int, x: Int, width: Int) {
        let figures = model.figures[mode]
        let items: [(String, String, ColorRole)] = [
            ("Equity", NumberFormat.compact(figures.equityUSD), .text),
            ("IM", NumberFormat.compact(figures.initialMarginUSD), .text),
            ("MM", NumberFormat.compact(figures.maintenanceMarginUSD), .text),
            ("Free", NumberFormat.compact(figures.freeCollateralUSD), figures.freeCollateralUSD < 0 ? .loss : .text),
        ]
        var column = x + 1
        for (label, value, role) in items {
            column += screen.text(label + " ", x: column, y: y, style: Style(foreground: .dim))
            column += screen.text(value, x: column, y: y, style: Style(foreground: role, bold: true))
            column += 3
        }
        // `account main` at the right end, when it fits beside the figures and the status.
        let account = model.accountName.isEmpty ? "" : "account " + model.accountName
        let accountWidth = account.terminalWidth
        let statusEnd = x + width - 1 - (accountWidth > 0 ? accountWidth + 2 : 0)
        var statusWidth = 0
        if !model.status.isEmpty, column < x + width - 4 {
            let room = (statusEnd - column >= min(model.status.terminalWidth, 12) ? statusEnd : x + width - 1) - column
            statusWidth = screen.text(model.status, x: column, y: y, maxWidth: room, style: Style(foreground: .notice))
        }
        if accountWidth > 0, column + statusWidth + 2 + accountWidth <= x + width - 1 {
            screen.text(account, x: x + width - 1 - accountWidth, y: y, style: Style(foreground: .dim))
        }
    }

    private func drawUtilization(into screen: inout Screen, y: Int, x: Int, width: Int) {
        let utilization = model.alertUtilization?[mode] ?? model.figures[mode].utilization
        let level = RiskLevel(utilization: utilization, thresholds: model.thresholds)
        let label = "Util "
        let levelText = level == .ok ? "OK" : level == .notice ? "NOTICE" : level == .warning ? "WARNING" : "DANGER"
        let value = " \(NumberFormat.percent(utilization)) \(levelText)"
        let barWidth = width - 2 - label.count - 16
        screen.text(label, x: x + 1, y: y, style: Style(foreground: .dim))
        screen.hbar(x: x + 1 + label.count, y: y, width: barWidth, fraction: utilization,
                    style: Style(foreground: level.role))
        screen.text(value, x: x + 1 + label.count + barWidth, y: y, maxWidth: 16,
                    style: Style(foreground: level.role, bold: level >= .warning))
    }
}

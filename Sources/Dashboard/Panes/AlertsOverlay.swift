import MarginEngine
/// `a`: the current mode's alerts and liquidations, newest first, each shown whole — its message
/// and every figure of the event (mode, level, instrument, quantity, price, penalty, equity and
/// utilization before → after, shortfall) wrapped across lines, never cut. Scrolls by alert.
struct AlertsOverlay {
    let alerts: [AlertRow]
    let mode: MarginMode
    /// Index of the alert at the top (``DashboardState/alertsScroll``).
    let scroll: Int

    init(alerts: [AlertRow], mode: MarginMode, scroll: Int) {
        // The same rows as the alerts pane: this mode's, and those of no mode.
        self.alerts = AlertsPane(alerts: alerts, mode: mode).alerts
        self.mode = mode
        self.scroll = scroll
    }

    /// One alert laid out: its lines, each a list of (text, style) runs from its left edge.
    typealias Line = [(text: String, style: Style)]

    func draw(into screen: inout Screen, in rect: Rect) {
        let count = alerts.count
        screen.box(rect, title: "Alerts · \(mode.title.lowercased()) · \(count) · ↑↓ PgUp PgDn Home End · a or Esc close")
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        guard inner.width >= 20, inner.height >= 1 else { return }
        guard count > 0 else {
            screen.text("no alerts in \(mode.title.lowercased()) mode", x: inner.x, y: inner.y, maxWidth: inner.width,
                        style: Style(foreground: .dim))
            return
        }
        let layouts = alerts.map { layout($0, width: inner.width, on: screen) }
        var top = min(max(scroll, 0), count - 1)
        // At the end, fill the page from the bottom rather than leave it half empty.
        var below = layouts[top...].reduce(0) { $0 + $1.count }
        while top > 0, below + layouts[top - 1].count <= inner.height {
            top -= 1
            below += layouts[top].count
        }
        var y = inner.y
        var last = top - 1
        for index in top..<count {
            guard y + layouts[index].count <= inner.maxY || index == top else { break }
            for line in layouts[index] where y < inner.maxY {
                var x = inner.x
                for run in line { x += screen.text(run.text, x: x, y: y, maxWidth: inner.maxX - x, style: run.style) }
                y += 1
            }
            last = index
        }
        screen.boxFooter(rect, "\(top + 1)–\(last + 1) of \(count)" + (last + 1 < count ? " \(screen.glyphs.down) more" : ""))
    }

    /// The lines of one alert at `width` cells: time, label and message (wrapped under the
    /// message), then its figures, `label value` pairs packed and wrapped at the same indent.
    func layout(_ alert: AlertRow, width: Int, on screen: Screen) -> [Line] {
        let time = screen.displayForm(alert.time)
        let indent = time.terminalWidth + 1 + 7
        let pad = String(repeating: " ", count: indent)
        let messageRole: ColorRole = alert.severity == .notice ? .text : alert.severity.style.foreground
        let messageStyle = Style(foreground: messageRole, bold: alert.severity != .notice)
        var lines: [Line] = []
        for (offset, text) in screen.wrapped(alert.message, width: max(1, width - indent)).enumerated() {
            lines.append(offset == 0
                ? [(time + " ", Style(foreground: .dim)), (alert.severity.label.padding(to: 6), alert.severity.style),
                   (" ", .plain), (text, messageStyle)]
                : [(pad, .plain), (text, messageStyle)])
        }
        var line: Line = [(pad, .plain)]
        var used = 0
        let room = max(1, width - indent)
        for detail in alert.details {
            let label = screen.displayForm(detail.label), value = screen.displayForm(detail.value)
            let needed = label.terminalWidth + 1 + value.terminalWidth
            if used > 0, used + 3 + needed > room {
                lines.append(line)
                line = [(pad, .plain)]
                used = 0
            }
            if needed > room {
                // Too wide for one line even alone: the value wraps under its label.
                for (offset, text) in screen.wrapped(label + " " + value, width: room).enumerated() {
                    if offset > 0 { lines.append(line); line = [(pad, .plain)] }
                    line.append((text, .plain))
                }
                used = room
                continue
            }
            if used > 0 { line.append(("   ", .plain)); used += 3 }
            line.append((label + " ", Style(foreground: .dim)))
            line.append((value, .plain))
            used += needed
        }
        if used > 0 { lines.append(line) }
        return lines
    }
}

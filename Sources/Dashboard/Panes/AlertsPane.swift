import MarginEngine
/// Alerts and liquidation events of the mode on screen (each mode is its own what-if: its own
/// liquidations), newest first, each coloured by its level.
struct AlertsPane {
    let alerts: [AlertRow]
    let mode: MarginMode
    /// Alerts scrolled past (the wheel over the pane), newest first.
    let scroll: Int

    init(alerts: [AlertRow], mode: MarginMode, scroll: Int = 0) {
        let name = mode.title.lowercased()
        self.alerts = alerts.filter { $0.mode.isEmpty || $0.mode.lowercased() == name }
        self.mode = mode
        self.scroll = min(max(0, scroll), max(0, self.alerts.count - 1))
    }

    func draw(into screen: inout Screen, in rect: Rect) {
        screen.box(rect, title: "Alerts · \(mode.title.lowercased())")
        let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
        guard inner.height >= 1, inner.width >= 12 else { return }
        if alerts.isEmpty {
            screen.text("no alerts", x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: Style(foreground: .dim))
            return
        }
        for (offset, alert) in alerts.dropFirst(scroll).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            var column = inner.x
            if inner.width >= 44 {
                column += screen.text(alert.time + " ", x: column, y: y, maxWidth: inner.maxX - column, style: Style(foreground: .dim))
            }
            let label = alert.severity.label.padding(to: 6)
            column += screen.text(label, x: column, y: y, maxWidth: inner.maxX - column, style: alert.severity.style)
            column += 1
            let message = alert.message
            let messageRole: ColorRole = alert.severity == .notice ? .text : alert.severity.style.foreground
            screen.text(message, x: column, y: y, maxWidth: inner.maxX - column, style: Style(foreground: messageRole))
        }
        let older = alerts.count - scroll - inner.height
        if scroll > 0 || older > 0 {
            let parts = (scroll > 0 ? ["\(scroll) newer"] : []) + (older > 0 ? ["+\(older) older"] : [])
            screen.boxFooter(rect, parts.joined(separator: "  "))
        }
    }
}

extension String {
    /// Pads with spaces on the right to `width` characters (never truncates).
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

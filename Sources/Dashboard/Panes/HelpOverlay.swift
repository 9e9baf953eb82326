/// `?`: full-screen key help and the alert levels.
struct HelpOverlay {
    func draw(into screen: inout Screen, in rect: Rect) {
        screen.box(rect, title: "Help · press ? or Esc to close")
        let inner = Rect(x: rect.x + 3, y: rect.y + 2, width: rect.width - 6, height: rect.height - 3)
        var y = inner.y
        screen.text("Keys", x: inner.x, y: y, maxWidth: inner.width, style: Style(foreground: .accent, bold: true))
        y += 1
        let keyWidth = 16
        for (keys, description) in KeyBindings.helpLines where y < inner.maxY {
            screen.text(keys, x: inner.x + 2, y: y, maxWidth: keyWidth, style: Style(foreground: .accent, bold: true))
            screen.text(description, x: inner.x + 2 + keyWidth, y: y, maxWidth: inner.width - keyWidth - 2)
            y += 1
        }
        y += 1
        guard y + 1 < inner.maxY else { return }
        screen.text("Utilization = maintenance margin ÷ equity", x: inner.x, y: y, maxWidth: inner.width,
                    style: Style(foreground: .accent, bold: true))
        y += 1
        var column = inner.x + 2
        for (label, level) in [("< 70% ok", RiskLevel.ok), ("≥ 70% notice", .notice), ("≥ 85% warning", .warning), ("≥ 100% liquidation", .danger)] {
            guard column < inner.maxX else { break }
            column += screen.text(label, x: column, y: y, maxWidth: inner.maxX - column,
                                  style: Style(foreground: level.role, bold: level >= .warning)) + 3
        }
    }
}

extension Screen {
    /// Draws a one-cell border around `rect` with an optional title on the top edge
    /// (`┌─ Positions ─────┐`), clearing the inside.
    public mutating func box(
        _ rect: Rect, title: String? = nil, style: Style = Style(foreground: .border),
        titleStyle: Style = Style(foreground: .title, bold: true), clear: Bool = true
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        if clear { fill(rect.inner) }
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        for x in (rect.x + 1)..<right {
            put(glyphs.horizontal, x: x, y: rect.y, style: style)
            put(glyphs.horizontal, x: x, y: bottom, style: style)
        }
        for y in (rect.y + 1)..<bottom {
            put(glyphs.vertical, x: rect.x, y: y, style: style)
            put(glyphs.vertical, x: right, y: y, style: style)
        }
        put(glyphs.topLeft, x: rect.x, y: rect.y, style: style)
        put(glyphs.topRight, x: right, y: rect.y, style: style)
        put(glyphs.bottomLeft, x: rect.x, y: bottom, style: style)
        put(glyphs.bottomRight, x: right, y: bottom, style: style)
        if let title, rect.width > 6 {
            text(" \(title) ", x: rect.x + 2, y: rect.y, maxWidth: rect.width - 4, style: titleStyle)
        }
    }

    /// Text on the bottom border, right-aligned (e.g. `3/10` or a filter indicator).
    public mutating func boxFooter(_ rect: Rect, _ label: String, style: Style = Style(foreground: .dim)) {
        guard rect.width > 6, rect.height >= 2 else { return }
        let shown = " \(label) "
        let w = min(shown.terminalWidth, rect.width - 4)
        text(shown, x: rect.maxX - 2 - w, y: rect.maxY - 1, maxWidth: w, style: style)
    }
}

/// The bottom row: key hints, or the filter being typed.
struct FooterPane {
    let state: DashboardState

    static let hints: [(String, String)] = [
        ("q", "quit"), ("?", "help"), ("m", "mode"), ("space", "pause"), ("+/-", "speed"), ("s/S", "sort"),
        ("/", "filter"), ("x", "stress"), ("a", "alerts"), ("enter", "detail"), ("t", "theme"), (".", "step"),
    ]

    func draw(into screen: inout Screen, in rect: Rect) {
        guard rect.height >= 1 else { return }
        screen.fill(rect, style: Style(foreground: .text))
        if let draft = state.filterDraft {
            var column = rect.x + 1
            column += screen.text("Filter: ", x: column, y: rect.y, style: Style(foreground: .accent, bold: true))
            column += screen.text(draft, x: column, y: rect.y, maxWidth: rect.width - 40, style: .plain)
            column += screen.text("_", x: column, y: rect.y, style: Style(foreground: .accent, underline: true))
            screen.text("  Enter apply  Esc cancel", x: column, y: rect.y, maxWidth: rect.maxX - column,
                        style: Style(foreground: .dim))
            return
        }
        var column = rect.x + 1
        for (key, label) in Self.hints {
            let needed = key.count + label.count + 2
            guard column + needed <= rect.maxX else { break }
            column += screen.text(key, x: column, y: rect.y, style: Style(foreground: .accent, bold: true))
            column += screen.text(" " + label + " ", x: column, y: rect.y, style: Style(foreground: .dim))
        }
    }
}

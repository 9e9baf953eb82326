extension Screen {
    /// The screen as text lines, for snapshots and logs.
    ///
    /// - `plain: true`: just the characters, one line per row (trailing spaces kept, so columns line up).
    /// - `plain: false`: the characters, then a line `--- styles ---`, then one line per row where each
    ///   cell is a key letter for its style, then a legend `a = fg:text bg:background bold …` naming
    ///   each key. Keys are assigned in order of first appearance, so the dump is stable.
    public func render(plain: Bool) -> [String] {
        var lines: [String] = []
        lines.reserveCapacity(plain ? height : height * 2 + 16)
        for y in 0..<height {
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation {
                line.append(self[x, y].character)
            }
            lines.append(line)
        }
        if plain { return lines }
        let keys = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var keyOfStyle: [Style: Character] = [:]
        var legend: [String] = []
        lines.append("--- styles ---")
        for y in 0..<height {
            var line = ""
            for x in 0..<width {
                let cell = self[x, y]
                if let key = keyOfStyle[cell.style] {
                    if !cell.isContinuation { line.append(key) }
                    continue
                }
                let key = keyOfStyle.count < keys.count ? keys[keyOfStyle.count] : "?"
                keyOfStyle[cell.style] = key
                legend.append("\(key) = \(Screen.describe(cell.style))")
                if !cell.isContinuation { line.append(key) }
            }
            lines.append(line)
        }
        lines.append("--- legend ---")
        lines.append(contentsOf: legend)
        return lines
    }

    /// `fg:gain bg:background bold reverse underline dim`.
    static func describe(_ style: Style) -> String {
        var parts = ["fg:\(style.foreground.snapshotCode)", "bg:\(style.background.snapshotCode)"]
        if style.bold { parts.append("bold") }
        if style.reverse { parts.append("reverse") }
        if style.underline { parts.append("underline") }
        if style.dim { parts.append("dim") }
        return parts.joined(separator: " ")
    }

    /// The same screen with every style replaced by its ``Style/monochrome`` form (what `NO_COLOR`
    /// shows).
    public func monochrome() -> Screen {
        var copy = self
        copy.restyle(bounds) { $0.monochrome }
        return copy
    }
}

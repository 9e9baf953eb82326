import MarginEngine

extension Screen {
    /// `text` as this screen will show it: sanitized (`sanitizedForDisplay`) and, on an ASCII
    /// screen, transliterated (``ASCIIFallback``) — so widths measured on it are the drawn widths.
    func displayForm(_ text: String) -> String {
        let clean = text.sanitizedForDisplay
        return glyphs.isUnicode ? clean : ASCIIFallback.transliterate(clean)
    }

    /// `text` broken into lines of at most `width` cells, at spaces where possible; a word wider
    /// than a line is split across lines. Nothing is dropped or cut with an ellipsis.
    ///
    ///     screen.wrapped("liquidated 0.25 BTC-PERPETUAL", width: 12)
    ///     // ["liquidated", "0.25", "BTC-PERPETUA", "L"]
    func wrapped(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in displayForm(text).split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let wordWidth = word.terminalWidth
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 { lines.append(line) }
            line = ""
            lineWidth = 0
            for character in word {
                let characterWidth = character.terminalWidth
                if lineWidth + characterWidth > width, lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line.append(character)
                lineWidth += characterWidth
            }
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}

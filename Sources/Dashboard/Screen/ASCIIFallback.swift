/// Replaces non-ASCII characters with one ASCII character each (so widths are unchanged) for
/// terminals whose locale is not UTF-8: `×` → `x`, `≥` → `>`, `−` → `-`, `…` → `~`, others → `?`.
enum ASCIIFallback {
    static let table: [Character: Character] = [
        "×": "x", "≥": ">", "≤": "<", "−": "-", "–": "-", "—": "-", "…": "~", "·": ".", "÷": "/",
        "σ": "s", "→": ">", "←": "<", "↑": "^", "↓": "v", "▲": "^", "▼": "v", "é": "e", "ⓢ": "S",
    ]

    /// `text` with every non-ASCII character replaced.
    static func transliterate(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var result = ""
        for character in text {
            if character.isASCII {
                result.append(character)
            } else {
                let replacement = table[character] ?? "?"
                result.append(replacement)
                if character.terminalWidth == 2 { result.append(replacement) }
            }
        }
        return result
    }
}

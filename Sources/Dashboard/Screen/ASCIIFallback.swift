/// Replaces non-ASCII characters with one ASCII character each (so widths are unchanged) for
/// terminals whose locale is not UTF-8: `×` → `x`, `≥` → `>`, `−` → `-`, `…` → `~`, others → `?`;
/// the one exception is `∞` → `inf` (a lone `?` or `8` would read as a number). `Screen.text`
/// measures and aligns the transliterated text, so right-aligned cells stay aligned.
enum ASCIIFallback {
    static let table: [Character: Character] = [
        "×": "x", "≥": ">", "≤": "<", "−": "-", "–": "-", "—": "-", "…": "~", "·": ".", "÷": "/",
        "σ": "s", "→": ">", "←": "<", "↑": "^", "↓": "v", "▲": "^", "▼": "v", "é": "e", "ⓢ": "S",
    ]

    /// Replacements longer than one character.
    static let words: [Character: String] = ["∞": "inf"]

    /// `text` with every non-ASCII character replaced.
    static func transliterate(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var result = ""
        for character in text {
            if character.isASCII {
                result.append(character)
            } else if let word = words[character] {
                result += word
            } else {
                let replacement = table[character] ?? "?"
                result.append(replacement)
                if character.terminalWidth == 2 { result.append(replacement) }
            }
        }
        return result
    }
}

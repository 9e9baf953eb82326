/// The characters used for borders, bars and sparklines: Unicode, or an ASCII fallback for
/// terminals whose locale is not UTF-8.
public struct Glyphs: Sendable, Equatable {
    /// Whether these are the Unicode glyphs.
    public let isUnicode: Bool
    let horizontal: Character
    let vertical: Character
    let topLeft: Character
    let topRight: Character
    let bottomLeft: Character
    let bottomRight: Character
    let ellipsis: Character
    /// Partial blocks for bars, from 1/8 to 8/8 of a cell.
    let eighths: [Character]
    /// Sparkline levels, lowest first.
    let sparks: [Character]
    let barTrack: Character
    let sortAscending: Character
    let sortDescending: Character
    let up: Character
    let down: Character
    let tabSeparator: Character

    /// Box drawing, `▏▎▍▌▋▊▉█` bars and `▁▂▃▄▅▆▇█` sparklines.
    public static let unicode = Glyphs(
        isUnicode: true, horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
        bottomLeft: "└", bottomRight: "┘", ellipsis: "…",
        eighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        sparks: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        barTrack: "·", sortAscending: "▲", sortDescending: "▼", up: "↑", down: "↓", tabSeparator: "│")

    /// Plain ASCII: `+-|` boxes, `#`/`=` bars, `_.-:=+*#` sparklines.
    public static let ascii = Glyphs(
        isUnicode: false, horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+", ellipsis: "~",
        eighths: [" ", " ", " ", "=", "=", "=", "=", "#"],
        sparks: ["_", ".", "-", ":", "=", "+", "*", "#"],
        barTrack: ".", sortAscending: "^", sortDescending: "v", up: "^", down: "v", tabSeparator: "|")
}

/// Comma-separated values as RFC 4180 writes them: one line per row ending in CRLF-free `\n`
/// (RFC 4180 allows LF-only where the consumer accepts it; every common reader does), a cell with a
/// comma, a double quote or a line break quoted and its quotes doubled. Numbers are written
/// unrounded (Swift's shortest round-tripping form), an absent or non-finite number as an empty cell.
enum CSVTable {
    static func render(_ rows: [[String]]) -> String {
        var out = ""
        for row in rows { out += row.map(cell).joined(separator: ",") + "\n" }
        return out
    }

    static func cell(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `150000` for integral values below 1e15, else the shortest form that reads back the same
    /// value (`0.0310`'s double as `0.031`); empty for nil, NaN and ±∞.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

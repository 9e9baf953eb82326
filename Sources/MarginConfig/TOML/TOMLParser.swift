/// A TOML 1.0.0 reader over UTF-8 bytes (https://toml.io/en/v1.0.0).
///
/// One pass, left to right; each construct is consumed by a loop, and the only recursion (arrays and
/// inline tables inside values) is bounded by ``maxDepth``, as is the nesting of tables, so no input
/// can exhaust the stack. Work is linear in the input apart from dictionary look-ups. Every failure
/// is a ``TOMLParseError`` with the line and column where it was found.
///
/// This file holds the cursor and the document loop; tables (headers, key/value pairs and the
/// redefinition rules), keys and values are read in the `TOMLParser+…` extensions.
struct TOMLParser {
    /// Deepest nesting of tables and arrays accepted (toml-test suggests 128 or 256).
    static let maxDepth = 128

    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: Cursor

    func peek(_ ahead: Int = 0) -> UInt8? {
        let index = position + ahead
        return index < bytes.count ? bytes[index] : nil
    }

    func error(_ message: String, at offset: Int? = nil) -> TOMLParseError {
        TOMLParseError.at(offset ?? position, in: bytes, message)
    }

    /// Consumes `byte` or fails with "expected `what`".
    mutating func expect(_ byte: UInt8, _ what: String) throws(TOMLParseError) {
        guard peek() == byte else { throw error("expected \(what)\(foundDescription)") }
        position += 1
    }

    /// ", found …" naming the byte under the cursor, for messages.
    var foundDescription: String {
        guard let byte = peek() else { return ", found end of file" }
        switch byte {
        case 0x0A, 0x0D: return ", found end of line"
        case 0x20...0x7E: return ", found '\(Character(Unicode.Scalar(byte)))'"
        default: return ""
        }
    }

    mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x09 { position += 1 }
    }

    /// Consumes a newline (LF or CRLF) if one is under the cursor.
    mutating func consumeNewline() -> Bool {
        if peek() == 0x0A { position += 1; return true }
        if peek() == 0x0D, peek(1) == 0x0A { position += 2; return true }
        return false
    }

    /// Whether `byte` may not appear raw in a comment or string (tab is allowed).
    static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09) || byte == 0x7F
    }

    /// `U+00XX` digits of `byte`, for messages.
    static func hexCode(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "00" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }

    /// Consumes a comment from `#` up to (not including) the end of the line.
    mutating func skipComment() throws(TOMLParseError) {
        guard peek() == UInt8(ascii: "#") else { return }
        position += 1
        while let byte = peek() {
            if byte == 0x0A || (byte == 0x0D && peek(1) == 0x0A) { return }
            if Self.isControl(byte) { throw error("control character U+\(Self.hexCode(byte)) in a comment") }
            position += 1
        }
    }

    /// After a header or key/value pair: optional whitespace and comment, then a newline or the end.
    mutating func endLine() throws(TOMLParseError) {
        skipWhitespace()
        try skipComment()
        guard position < bytes.count else { return }
        guard consumeNewline() else { throw error("expected the end of the line\(foundDescription)") }
    }

    // MARK: Document

    /// Reads the whole document.
    mutating func parseDocument() throws(TOMLParseError) -> TOMLTable {
        if let bad = TOMLUTF8.firstInvalidOffset(bytes) { throw error("invalid UTF-8", at: bad) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        let root = TOMLTableBuilder(origin: .explicit, depth: 0, path: .root)
        var current = root
        while position < bytes.count {
            skipWhitespace()
            guard let byte = peek() else { break }
            if consumeNewline() { continue }
            if byte == UInt8(ascii: "[") {
                current = try parseHeader(root: root)
            } else if byte != UInt8(ascii: "#") {
                try parseKeyValue(into: current)
            }
            try endLine()
        }
        return root.build()
    }
}

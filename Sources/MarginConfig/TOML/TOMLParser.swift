/// A TOML 1.0.0 reader over UTF-8 bytes (https://toml.io/en/v1.0.0).
///
/// One pass, left to right; each construct is consumed by a loop, and the only recursion (arrays and
/// inline tables inside values) is bounded by ``maxDepth``, as is the nesting of tables, so no input
/// can exhaust the stack. Work is linear in the input apart from dictionary look-ups. Every failure
/// is a ``TOMLParseError`` with the line and column where it was found.
///
/// This file holds the cursor, the document structure (lines, headers, key/value pairs) and keys;
/// values are read in the `TOMLParser+…` extensions.
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
        let root = TOMLTableBuilder(origin: .explicit, depth: 0, path: "")
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

    /// `[a.b]` or `[[a.b]]`: the table that the following key/value pairs go into.
    mutating func parseHeader(root: TOMLTableBuilder) throws(TOMLParseError) -> TOMLTableBuilder {
        let start = position
        position += 1
        let isArray = peek() == UInt8(ascii: "[")
        if isArray { position += 1 }
        skipWhitespace()
        let keys = try parseKey()
        skipWhitespace()
        try expect(UInt8(ascii: "]"), isArray ? "']]' to close the array-of-tables header" : "']' to close the table header")
        if isArray { try expect(UInt8(ascii: "]"), "']]' to close the array-of-tables header") }
        var table = root
        for key in keys.dropLast() {
            switch table.entries[key.name] {
            case nil:
                let child = try makeTable(in: table, key: key, origin: .implicit)
                table.entries[key.name] = .table(child)
                table = child
            case .table(let child):
                table = child
            case .tables(let array):
                guard let last = array.tables.last else { throw error("empty array of tables", at: key.offset) }
                table = last
            case .value(let value):
                throw error("cannot define a table inside '\(table.path(of: key.name))': it is \(value.kindDescription)", at: key.offset)
            }
        }
        guard let last = keys.last else { throw error("expected a key", at: start) }
        let name = table.path(of: last.name)
        if isArray {
            let array: TOMLTableArrayBuilder
            switch table.entries[last.name] {
            case nil:
                array = TOMLTableArrayBuilder()
                table.entries[last.name] = .tables(array)
            case .tables(let existing):
                array = existing
            case .table:
                throw error("'\(name)' is already defined as a table, not an array of tables", at: last.offset)
            case .value(let value):
                throw error("'\(name)' is already defined as \(value.kindDescription), not an array of tables", at: last.offset)
            }
            let element = try makeTable(in: table, key: last, origin: .explicit, path: "\(name)[\(array.tables.count)]")
            array.tables.append(element)
            return element
        }
        switch table.entries[last.name] {
        case nil:
            let child = try makeTable(in: table, key: last, origin: .explicit)
            table.entries[last.name] = .table(child)
            return child
        case .table(let child) where child.origin == .implicit:
            child.origin = .explicit
            return child
        case .table(let child):
            throw error(child.origin == .dotted ? "table '\(name)' is already defined by dotted keys"
                                                : "table '\(name)' is defined twice", at: last.offset)
        case .tables:
            throw error("'\(name)' is already defined as an array of tables", at: last.offset)
        case .value(let value):
            throw error("'\(name)' is already defined as \(value.kindDescription)", at: last.offset)
        }
    }

    /// A new table below `parent`, within the depth limit.
    func makeTable(in parent: TOMLTableBuilder, key: Key, origin: TOMLTableBuilder.Origin,
                   path: String? = nil) throws(TOMLParseError) -> TOMLTableBuilder {
        guard parent.depth < Self.maxDepth else {
            throw error("tables nested more than \(Self.maxDepth) deep", at: key.offset)
        }
        return TOMLTableBuilder(origin: origin, depth: parent.depth + 1, path: path ?? parent.path(of: key.name))
    }

    /// `key = value` (the key may be dotted) into `table`.
    mutating func parseKeyValue(into table: TOMLTableBuilder) throws(TOMLParseError) {
        let keys = try parseKey()
        skipWhitespace()
        try expect(UInt8(ascii: "="), "'=' after the key")
        skipWhitespace()
        var target = table
        for key in keys.dropLast() {
            switch target.entries[key.name] {
            case nil:
                let child = try makeTable(in: target, key: key, origin: .dotted)
                target.entries[key.name] = .table(child)
                target = child
            case .table(let child) where child.origin == .dotted:
                target = child
            default:
                throw error("cannot add keys to '\(target.path(of: key.name))' here: it is already defined", at: key.offset)
            }
        }
        guard let last = keys.last else { throw error("expected a key") }
        guard target.entries[last.name] == nil else {
            throw error("duplicate key '\(target.path(of: last.name))'", at: last.offset)
        }
        let value = try parseValue(depth: target.depth + 1)
        target.entries[last.name] = .value(value)
    }

    // MARK: Keys

    /// One part of a dotted key and where it starts.
    struct Key {
        var name: String
        var offset: Int
    }

    /// `U+00XX` digits of `byte`, for messages.
    static func hexCode(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "00" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }

    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): return true
        default: return false
        }
    }

    /// A simple or dotted key: bare, "basic" or 'literal' parts separated by dots.
    mutating func parseKey() throws(TOMLParseError) -> [Key] {
        var keys: [Key] = []
        while true {
            skipWhitespace()
            let start = position
            guard let byte = peek() else { throw error("expected a key, found end of file") }
            let name: String
            if byte == UInt8(ascii: "\"") {
                if peek(1) == byte, peek(2) == byte { throw error("a key cannot be a multi-line string") }
                name = try parseBasicString()
            } else if byte == UInt8(ascii: "'") {
                if peek(1) == byte, peek(2) == byte { throw error("a key cannot be a multi-line string") }
                name = try parseLiteralString()
            } else if Self.isBareKeyByte(byte) {
                while let next = peek(), Self.isBareKeyByte(next) { position += 1 }
                name = String(decoding: bytes[start..<position], as: UTF8.self)
            } else {
                throw error("expected a key\(foundDescription)")
            }
            keys.append(Key(name: name, offset: start))
            guard keys.count <= Self.maxDepth else { throw error("dotted key with more than \(Self.maxDepth) parts", at: start) }
            skipWhitespace()
            guard peek() == UInt8(ascii: ".") else { return keys }
            position += 1
        }
    }
}


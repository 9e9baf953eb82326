/// Values: dispatch on the first byte, booleans, arrays and inline tables.
extension TOMLParser {
    /// A value at nesting `depth` (arrays and inline tables add one per level); `path` names it in
    /// errors about keys inside it.
    mutating func parseValue(depth: Int, path: TOMLPath) throws(TOMLParseError) -> TOMLValue {
        guard depth <= Self.maxDepth else { throw error("values nested more than \(Self.maxDepth) deep") }
        guard let byte = peek() else { throw error("expected a value, found end of file") }
        switch byte {
        case UInt8(ascii: "\""):
            if peek(1) == byte, peek(2) == byte { return .string(try parseMultilineBasicString()) }
            return .string(try parseBasicString())
        case UInt8(ascii: "'"):
            if peek(1) == byte, peek(2) == byte { return .string(try parseMultilineLiteralString()) }
            return .string(try parseLiteralString())
        case UInt8(ascii: "["):
            return try parseArray(depth: depth, path: path)
        case UInt8(ascii: "{"):
            return try parseInlineTable(depth: depth, path: path)
        case UInt8(ascii: "t"):
            try expectWord("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return .bool(false)
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "i"), UInt8(ascii: "n"):
            return try parseNumberOrDateTime()
        default:
            throw error("expected a value\(foundDescription)")
        }
    }

    /// Consumes `word` (`true`, `false`), which must not run on into a bare word.
    mutating func expectWord(_ word: String) throws(TOMLParseError) {
        let start = position
        for byte in word.utf8 {
            guard peek() == byte else { throw error("expected a value (did you mean \(word)?)", at: start) }
            position += 1
        }
        if let next = peek(), Self.isBareKeyByte(next) { throw error("expected a value", at: start) }
    }

    /// Whitespace, newlines and comments, as allowed between array elements.
    mutating func skipArrayFiller() throws(TOMLParseError) {
        while true {
            skipWhitespace()
            if consumeNewline() { continue }
            if peek() == UInt8(ascii: "#") { try skipComment(); continue }
            return
        }
    }

    /// `[ v, v, … ]` (elements may mix types; a trailing comma is allowed).
    mutating func parseArray(depth: Int, path: TOMLPath) throws(TOMLParseError) -> TOMLValue {
        position += 1
        var elements: [TOMLValue] = []
        while true {
            try skipArrayFiller()
            if peek() == UInt8(ascii: "]") { position += 1; return .array(elements) }
            elements.append(try parseValue(depth: depth + 1, path: path.appending(index: elements.count)))
            try skipArrayFiller()
            if peek() == UInt8(ascii: ",") { position += 1; continue }
            if peek() == UInt8(ascii: "]") { position += 1; return .array(elements) }
            throw error("expected ',' or ']' in an array\(foundDescription)")
        }
    }

    /// `{ k = v, … }` on one line, no trailing comma; the result is closed to later additions.
    mutating func parseInlineTable(depth: Int, path: TOMLPath) throws(TOMLParseError) -> TOMLValue {
        position += 1
        let table = TOMLTableBuilder(origin: .explicit, depth: depth, path: path)
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { position += 1; return .table(table.build()) }
        while true {
            skipWhitespace()
            try parseKeyValue(into: table)
            skipWhitespace()
            if peek() == UInt8(ascii: ",") { position += 1; continue }
            if peek() == UInt8(ascii: "}") { position += 1; return .table(table.build()) }
            throw error("expected ',' or '}' in an inline table\(foundDescription)")
        }
    }
}

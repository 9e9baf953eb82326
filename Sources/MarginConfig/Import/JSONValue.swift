/// A JSON value as an exchange export states it (RFC 8259), read by a small strict parser.
///
/// Numbers keep their decimal text (`number("0.00190433573")`), so a venue's figures reach the
/// importer exactly as written and can be read as a number whether the venue sent `50` or `"50"`.
/// Duplicate object keys, trailing commas, comments, control characters in strings and nesting
/// deeper than 128 are errors naming the line and column; no input can make the parser trap.
enum JSONValue: Sendable, Equatable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    static let maxDepth = 128

    /// Parses a whole JSON text; `file` names it in errors (`file: line 3, column 7: …`).
    static func parse(_ text: String, file: String) throws(ConfigError) -> JSONValue {
        var parser = Parser(bytes: Array(text.utf8))
        do throws(TOMLParseError) {
            parser.skipWhitespace()
            let value = try parser.value(depth: 0)
            parser.skipWhitespace()
            guard parser.index == parser.bytes.count else { throw parser.fail("unexpected text after the JSON value") }
            return value
        } catch {
            throw ConfigError(file: file, location: "line \(error.line), column \(error.column)",
                              message: "malformed JSON: \(error.message)")
        }
    }

    /// "an object", "a string", … naming a value's type in messages.
    var kindDescription: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        func fail(_ message: String) -> TOMLParseError { TOMLParseError.at(index, in: bytes, message) }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipWhitespace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        mutating func value(depth: Int) throws(TOMLParseError) -> JSONValue {
            guard depth < JSONValue.maxDepth else { throw fail("nested deeper than \(JSONValue.maxDepth)") }
            guard let byte = current else { throw fail("unexpected end of input") }
            switch byte {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default: throw fail("unexpected character")
            }
        }

        mutating func literal(_ word: String) throws(TOMLParseError) {
            for expected in word.utf8 {
                guard current == expected else { throw fail("expected '\(word)'") }
                index += 1
            }
        }

        mutating func object(depth: Int) throws(TOMLParseError) -> JSONValue {
            index += 1
            var members: [String: JSONValue] = [:]
            skipWhitespace()
            if current == UInt8(ascii: "}") { index += 1; return .object(members) }
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
                let keyStart = index
                let key = try string()
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { throw fail("expected ':' after a key") }
                index += 1
                skipWhitespace()
                let member = try value(depth: depth + 1)
                guard members.updateValue(member, forKey: key) == nil else {
                    throw TOMLParseError.at(keyStart, in: bytes, "duplicate key \"\(key.prefix(64))\"")
                }
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "}"): index += 1; return .object(members)
                default: throw fail("expected ',' or '}'")
                }
            }
        }

        mutating func array(depth: Int) throws(TOMLParseError) -> JSONValue {
            index += 1
            var elements: [JSONValue] = []
            skipWhitespace()
            if current == UInt8(ascii: "]") { index += 1; return .array(elements) }
            while true {
                skipWhitespace()
                elements.append(try value(depth: depth + 1))
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "]"): index += 1; return .array(elements)
                default: throw fail("expected ',' or ']'")
                }
            }
        }

        mutating func string() throws(TOMLParseError) -> String {
            index += 1
            var run = index
            var text = ""
            func flush(_ upTo: Int) { text += String(decoding: bytes[run..<upTo], as: UTF8.self) }
            while true {
                guard let byte = current else { throw fail("unterminated string") }
                if byte == UInt8(ascii: "\"") {
                    flush(index)
                    index += 1
                    return text
                }
                guard byte >= 0x20 else { throw fail("control character in a string (escape it)") }
                guard byte == UInt8(ascii: "\\") else { index += 1; continue }
                flush(index)
                index += 1
                guard let escape = current else { throw fail("unterminated escape") }
                index += 1
                switch escape {
                case UInt8(ascii: "\""): text += "\""
                case UInt8(ascii: "\\"): text += "\\"
                case UInt8(ascii: "/"): text += "/"
                case UInt8(ascii: "b"): text += "\u{08}"
                case UInt8(ascii: "f"): text += "\u{0C}"
                case UInt8(ascii: "n"): text += "\n"
                case UInt8(ascii: "r"): text += "\r"
                case UInt8(ascii: "t"): text += "\t"
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                            throw fail("unpaired surrogate in \\u escape")
                        }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("unpaired surrogate in \\u escape") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(code) {
                        throw fail("unpaired surrogate in \\u escape")
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw fail("invalid \\u escape") }
                    text.unicodeScalars.append(scalar)
                default: throw fail("invalid escape")
                }
                run = index
            }
        }

        mutating func hex4() throws(TOMLParseError) -> UInt32 {
            var code: UInt32 = 0
            for _ in 0..<4 {
                guard let byte = current else { throw fail("short \\u escape") }
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a")) + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A")) + 10
                default: throw fail("bad hex digit in \\u escape")
                }
                code = code * 16 + digit
                index += 1
            }
            return code
        }

        /// A JSON number (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`), returned as its text.
        mutating func number() throws(TOMLParseError) -> String {
            let start = index
            func digits(_ parser: inout Parser) -> Int {
                var count = 0
                while let byte = parser.current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { parser.index += 1; count += 1 }
                return count
            }
            if current == UInt8(ascii: "-") { index += 1 }
            if current == UInt8(ascii: "0") {
                index += 1
            } else {
                guard digits(&self) > 0 else { throw fail("malformed number") }
            }
            if current == UInt8(ascii: ".") {
                index += 1
                guard digits(&self) > 0 else { throw fail("malformed number: digits must follow '.'") }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard digits(&self) > 0 else { throw fail("malformed number: digits must follow the exponent") }
            }
            guard index - start <= 400 else { throw fail("number longer than 400 characters") }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
    }
}

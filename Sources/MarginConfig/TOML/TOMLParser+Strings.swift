/// Strings: "basic", """multi-line basic""", 'literal' and '''multi-line literal'''.
extension TOMLParser {
    /// `"…"` with escapes; no raw control characters or newlines.
    mutating func parseBasicString() throws(TOMLParseError) -> String {
        let start = position
        position += 1
        var buffer: [UInt8] = []
        while true {
            guard let byte = peek() else { throw error("unterminated string", at: start) }
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &buffer)
            case 0x0A, 0x0D:
                throw error("newline in a single-line string (use \"\"\" for multi-line strings)")
            default:
                if Self.isControl(byte) { throw error("control character U+\(Self.hexCode(byte)) in a string (escape it)") }
                buffer.append(byte)
                position += 1
            }
        }
    }

    /// `"""…"""`: a newline right after the opening quotes is dropped, a `\` at the end of a line
    /// removes it and the whitespace after it, up to two `"` may stand anywhere inside.
    mutating func parseMultilineBasicString() throws(TOMLParseError) -> String {
        let start = position
        position += 3
        _ = consumeNewline()
        var buffer: [UInt8] = []
        while true {
            guard let byte = peek() else { throw error("unterminated multi-line string", at: start) }
            switch byte {
            case UInt8(ascii: "\""):
                if try closeMultiline(quote: byte, into: &buffer) { return String(decoding: buffer, as: UTF8.self) }
            case UInt8(ascii: "\\"):
                if try skipLineEndingBackslash() { continue }
                try parseEscape(into: &buffer)
            default:
                try appendMultilineContent(byte, into: &buffer, controlHint: " (escape it)")
            }
        }
    }

    /// `'…'`: no escapes, no control characters.
    mutating func parseLiteralString() throws(TOMLParseError) -> String {
        let start = position
        position += 1
        let contentStart = position
        while true {
            guard let byte = peek() else { throw error("unterminated string", at: start) }
            if byte == UInt8(ascii: "'") {
                let text = String(decoding: bytes[contentStart..<position], as: UTF8.self)
                position += 1
                return text
            }
            if byte == 0x0A || byte == 0x0D { throw error("newline in a single-line string (use ''' for multi-line strings)") }
            if Self.isControl(byte) { throw error("control character U+\(Self.hexCode(byte)) in a string") }
            position += 1
        }
    }

    /// `'''…'''`: as a literal string over several lines; a first newline is dropped.
    mutating func parseMultilineLiteralString() throws(TOMLParseError) -> String {
        let start = position
        position += 3
        _ = consumeNewline()
        var buffer: [UInt8] = []
        while true {
            guard let byte = peek() else { throw error("unterminated multi-line string", at: start) }
            switch byte {
            case UInt8(ascii: "'"):
                if try closeMultiline(quote: byte, into: &buffer) { return String(decoding: buffer, as: UTF8.self) }
            default:
                try appendMultilineContent(byte, into: &buffer, controlHint: "")
            }
        }
    }

    /// One byte of a multi-line string's content: a line feed or CRLF is kept, a lone carriage
    /// return or another control character is an error (`controlHint` ends that message).
    mutating func appendMultilineContent(_ byte: UInt8, into buffer: inout [UInt8], controlHint: String) throws(TOMLParseError) {
        switch byte {
        case 0x0A:
            buffer.append(byte)
            position += 1
        case 0x0D:
            guard peek(1) == 0x0A else { throw error("carriage return not followed by a line feed") }
            buffer.append(contentsOf: [0x0D, 0x0A])
            position += 2
        default:
            if Self.isControl(byte) { throw error("control character U+\(Self.hexCode(byte)) in a string\(controlHint)") }
            buffer.append(byte)
            position += 1
        }
    }

    /// At a run of `quote`s in a multi-line string: 1–2 are content, 3–5 close the string (the
    /// extra 1–2 being content), more is an error. Returns whether the string closed.
    mutating func closeMultiline(quote: UInt8, into buffer: inout [UInt8]) throws(TOMLParseError) -> Bool {
        var run = 0
        while peek(run) == quote { run += 1 }
        if run < 3 {
            buffer.append(contentsOf: repeatElement(quote, count: run))
            position += run
            return false
        }
        guard run <= 5 else { throw error("too many quotes in a row in a multi-line string", at: position + 5) }
        buffer.append(contentsOf: repeatElement(quote, count: run - 3))
        position += run
        return true
    }

    /// At `\` in a multi-line basic string: if only whitespace follows on the line, consumes it and
    /// all whitespace and newlines after it and returns true.
    mutating func skipLineEndingBackslash() throws(TOMLParseError) -> Bool {
        var ahead = 1
        while let byte = peek(ahead), byte == 0x20 || byte == 0x09 { ahead += 1 }
        guard peek(ahead) == 0x0A || (peek(ahead) == 0x0D && peek(ahead + 1) == 0x0A) else { return false }
        position += ahead
        while true {
            skipWhitespace()
            if !consumeNewline() { return true }
        }
    }

    /// An escape sequence after `\` (the cursor is on the backslash).
    mutating func parseEscape(into buffer: inout [UInt8]) throws(TOMLParseError) {
        let start = position
        position += 1
        guard let byte = peek() else { throw error("unterminated string", at: start) }
        position += 1
        switch byte {
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "\""): buffer.append(byte)
        case UInt8(ascii: "\\"): buffer.append(byte)
        case UInt8(ascii: "u"): try parseUnicodeEscape(digits: 4, start: start, into: &buffer)
        case UInt8(ascii: "U"): try parseUnicodeEscape(digits: 8, start: start, into: &buffer)
        default: throw error("invalid escape sequence in a string", at: start)
        }
    }

    /// The hex digits of `\uXXXX` / `\UXXXXXXXX`, which must name a Unicode scalar value.
    mutating func parseUnicodeEscape(digits: Int, start: Int, into buffer: inout [UInt8]) throws(TOMLParseError) {
        var code: UInt32 = 0
        for _ in 0..<digits {
            guard let byte = peek(), let digit = Self.hexDigitValue(byte) else {
                throw error("\\\(digits == 4 ? "u" : "U") needs \(digits) hex digits", at: start)
            }
            code = code << 4 | UInt32(digit)
            position += 1
        }
        guard let scalar = Unicode.Scalar(code) else { throw error("escape is not a Unicode scalar value", at: start) }
        TOMLUTF8.append(scalar, to: &buffer)
    }

    static func hexDigitValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

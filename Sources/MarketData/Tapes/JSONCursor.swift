/// A minimal forward-only JSON scanner over one line's bytes. The native JSONL decoder reads flat
/// objects with it; the exchange-stream decoders also walk nested objects and skip any value
/// (`JSONCursor+Values.swift`: depth-bounded, without recursion).
struct JSONCursor {
    let bytes: ByteSpan
    /// Offset of the next unread byte (a copy of the cursor can come back to a saved position).
    var position = 0

    init(bytes: ByteSpan) { self.bytes = bytes }

    var atEnd: Bool { position >= bytes.count }

    mutating func skipSpace() {
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A else { return }
            position += 1
        }
    }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func consumeLiteral(_ literal: StaticString) -> Bool {
        let rest = bytes.slice(from: position, to: bytes.count)
        guard rest.hasPrefix(literal) else { return false }
        position += literal.utf8CodeUnitCount
        return true
    }

    /// Reads a string. Returns the raw bytes when there are no escapes; otherwise decodes into
    /// `scratch` and returns nil (the caller reads `scratch`).
    mutating func readString(into scratch: inout [UInt8]) throws(TapeIssue) -> ByteSpan? {
        guard consume(UInt8(ascii: "\"")) else { throw .invalidJSON("expected a string") }
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return bytes.slice(from: start, to: position - 1)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw .invalidJSON("control character in string") }
            position += 1
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(start: bytes.start + start, count: position - start))
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\"") { return nil }
            if byte < 0x20 { throw .invalidJSON("control character in string") }
            guard byte == UInt8(ascii: "\\") else { scratch.append(byte); continue }
            guard position < bytes.count else { break }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escape)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var code = try readHex4()
                if (0xD800...0xDBFF).contains(code), consumeLiteral("\\u") {
                    let low = try readHex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw .invalidJSON("bad surrogate pair") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                scratch.append(contentsOf: Array(String(Character(scalar)).utf8))
            default: throw .invalidJSON("bad escape")
            }
        }
        throw .invalidJSON("unterminated string")
    }

    private mutating func readHex4() throws(TapeIssue) -> UInt32 {
        guard position + 4 <= bytes.count else { throw .invalidJSON("bad \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position] | 0x20
            let digit: UInt8
            if byte &- 0x30 <= 9 { digit = byte &- 0x30 }
            else if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f") { digit = byte - UInt8(ascii: "a") + 10 }
            else { throw .invalidJSON("bad \\u escape") }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// The bytes of a number token (up to `,`, `}` or space).
    mutating func readNumberToken() throws(TapeIssue) -> ByteSpan {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == 0x20 || byte == 0x09 { break }
            position += 1
        }
        guard position > start else { throw .invalidJSON("expected a value") }
        return bytes.slice(from: start, to: position)
    }

    /// Skips a string, number, `true`, `false` or `null`; rejects objects and arrays.
    mutating func skipScalarValue(scratch: inout [UInt8]) throws(TapeIssue) {
        guard position < bytes.count else { throw .invalidJSON("expected a value") }
        let byte = bytes[position]
        if byte == UInt8(ascii: "\"") { _ = try readString(into: &scratch); return }
        if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { throw .invalidJSON("nested values are not supported") }
        _ = try readNumberToken()
    }
}

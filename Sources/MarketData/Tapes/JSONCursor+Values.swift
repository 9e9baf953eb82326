/// Reading members and values of nested JSON, for the exchange-stream decoders (Deribit JSON-RPC
/// notifications, Binance stream messages): object walking, numbers that may be quoted, integer
/// timestamps, and skipping any value — objects and arrays included — without recursion.
extension JSONCursor {
    /// Deepest nesting `skipValue` accepts (objects and arrays inside each other). Real messages
    /// nest two or three levels (`params.data.greeks`); deeper input is rejected, not recursed into.
    static let maximumSkipDepth = 64

    /// Consumes `{`; true when the object has members (false: it was `{}`, consumed whole).
    mutating func beginObject() throws(TapeIssue) -> Bool {
        skipSpace()
        guard consume(UInt8(ascii: "{")) else { throw .invalidJSON("expected '{'") }
        skipSpace()
        return !consume(UInt8(ascii: "}"))
    }

    /// Consumes `[`; true when the array has elements (false: it was `[]`, consumed whole).
    mutating func beginArray() throws(TapeIssue) -> Bool {
        skipSpace()
        guard consume(UInt8(ascii: "[")) else { throw .invalidJSON("expected '['") }
        skipSpace()
        return !consume(UInt8(ascii: "]"))
    }

    /// Reads a member's key and its `:`. The raw key bytes, or nil when the key has escapes
    /// (no venue escapes its keys: such a key is treated as unknown).
    mutating func readKey(scratch: inout [UInt8]) throws(TapeIssue) -> ByteSpan? {
        skipSpace()
        let key = try readString(into: &scratch)
        skipSpace()
        guard consume(UInt8(ascii: ":")) else { throw .invalidJSON("expected ':'") }
        skipSpace()
        return key
    }

    /// After a member's value: true at `,` (another member follows), false at `}` (object done).
    mutating func nextMember() throws(TapeIssue) -> Bool {
        skipSpace()
        if consume(UInt8(ascii: ",")) { return true }
        if consume(UInt8(ascii: "}")) { return false }
        throw .invalidJSON("expected ',' or '}'")
    }

    /// After an array element: true at `,` (another element follows), false at `]` (array done).
    mutating func nextElement() throws(TapeIssue) -> Bool {
        skipSpace()
        if consume(UInt8(ascii: ",")) { return true }
        if consume(UInt8(ascii: "]")) { return false }
        throw .invalidJSON("expected ',' or ']'")
    }

    /// The next non-space byte, not consumed (nil at the end).
    mutating func peek() -> UInt8? {
        skipSpace()
        return position < bytes.count ? bytes[position] : nil
    }

    /// A number written bare (`36446.51`) or quoted (`"11794.15000000"`, Binance's style); nil
    /// for `null` and `""` (absent). Throws when the text is not a number.
    mutating func readDouble(field: String, scratch: inout [UInt8]) throws(TapeIssue) -> Double? {
        skipSpace()
        if consumeLiteral("null") { return nil }
        let parsed: Double?
        let text: ByteSpan?
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            text = try readString(into: &scratch)
            if let text {
                if text.isEmpty { return nil }
                parsed = DecimalParser.parseDouble(text)
            } else {
                if scratch.isEmpty { return nil }
                parsed = scratch.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress.flatMap { DecimalParser.parseDouble(ByteSpan(start: $0, count: buffer.count)) }
                }
            }
        } else {
            let token = try readScalarToken()
            text = token
            parsed = DecimalParser.parseDouble(token)
        }
        guard let parsed else {
            throw .unparseableNumber(field: field, text: text?.excerpt() ?? String(decoding: scratch.prefix(40), as: UTF8.self).sanitizedForDisplay)
        }
        return parsed
    }

    /// An integer in milliseconds since the epoch (bare or quoted) converted to microseconds,
    /// with overflow checked: anything else is an invalid timestamp.
    mutating func readMillisecondsAsMicros(scratch: inout [UInt8]) throws(TapeIssue) -> Int64 {
        skipSpace()
        let token: ByteSpan
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            guard let raw = try readString(into: &scratch) else { throw .invalidTimestamp(text: "escaped text") }
            token = raw
        } else {
            token = try readScalarToken()
        }
        guard let millis = DecimalParser.parseInt64(token) else { throw .invalidTimestamp(text: token.excerpt()) }
        let (micros, overflow) = millis.multipliedReportingOverflow(by: 1000)
        guard !overflow else { throw .invalidTimestamp(text: token.excerpt()) }
        return micros
    }

    /// The bytes of a bare scalar (number, `true`, `false`, `null`): up to `,`, `}`, `]` or space.
    mutating func readScalarToken() throws(TapeIssue) -> ByteSpan {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")
                || byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A { break }
            position += 1
        }
        guard position > start else { throw .invalidJSON("expected a value") }
        return bytes.slice(from: start, to: position)
    }

    /// Skips one value of any kind — string, number, literal, or an object or array nested up to
    /// `maximumSkipDepth` deep — checking its grammar on the way. Iterative (a bit per open
    /// container in one word), so hostile nesting costs no stack and cannot trap.
    mutating func skipValue(scratch: inout [UInt8]) throws(TapeIssue) {
        var isObjectAtDepth: UInt64 = 0  // bit d: the container at depth d + 1 is an object
        var depth = 0
        while true {
            // A value is expected here.
            skipSpace()
            guard position < bytes.count else { throw .invalidJSON("expected a value") }
            let byte = bytes[position]
            var valueDone = true
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                guard depth < Self.maximumSkipDepth else {
                    throw .invalidJSON("nested more than \(Self.maximumSkipDepth) deep")
                }
                position += 1
                let isObject = byte == UInt8(ascii: "{")
                let bit: UInt64 = 1 << UInt64(depth)
                isObjectAtDepth = isObject ? isObjectAtDepth | bit : isObjectAtDepth & ~bit
                depth += 1
                skipSpace()
                if consume(isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    depth -= 1
                } else {
                    if isObject { _ = try readKey(scratch: &scratch) }
                    valueDone = false
                }
            } else if byte == UInt8(ascii: "\"") {
                _ = try readString(into: &scratch)
            } else {
                try skipScalar()
            }
            guard valueDone else { continue }
            // After a value: close finished containers, or move to the next member or element.
            while true {
                if depth == 0 { return }
                let isObject = isObjectAtDepth & (1 << UInt64(depth - 1)) != 0
                skipSpace()
                if consume(UInt8(ascii: ",")) {
                    if isObject { _ = try readKey(scratch: &scratch) }
                    break
                }
                if consume(isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    depth -= 1
                    continue
                }
                throw .invalidJSON(isObject ? "expected ',' or '}'" : "expected ',' or ']'")
            }
        }
    }

    /// Skips `true`, `false`, `null` or a number (its characters checked, not its value).
    private mutating func skipScalar() throws(TapeIssue) {
        if consumeLiteral("true") || consumeLiteral("false") || consumeLiteral("null") { return }
        let token = try readScalarToken()
        for offset in 0..<token.count {
            let byte = token[offset]
            let isNumberCharacter = byte &- 0x30 <= 9 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
            guard isNumberCharacter else { throw .invalidJSON("unexpected \(token.excerpt())") }
        }
    }
}

extension JSONCursor {
    /// Only spaces remain; anything else is trailing garbage.
    mutating func expectEnd() throws(TapeIssue) {
        skipSpace()
        guard atEnd else { throw .invalidJSON("trailing characters") }
    }

    /// Reads a value and tells whether it is the string `literal` (any other value is skipped).
    mutating func readString(equalTo literal: StaticString, scratch: inout [UInt8]) throws(TapeIssue) -> Bool {
        guard peek() == UInt8(ascii: "\"") else {
            try skipValue(scratch: &scratch)
            return false
        }
        return try readString(into: &scratch)?.equals(literal) ?? false
    }

    /// Reads a string value and interns it as a symbol; returns its id in `symbols`.
    mutating func readSymbol(_ symbols: inout SymbolTable, scratch: inout [UInt8]) throws(TapeIssue) -> Int {
        let raw = try readString(into: &scratch)
        let id: Int? = if let raw { symbols.intern(raw) } else {
            scratch.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { symbols.intern(ByteSpan(start: $0, count: buffer.count)) }
            }
        }
        guard let id else { throw .tooManySymbols(limit: symbols.maximumCount) }
        return id
    }
}

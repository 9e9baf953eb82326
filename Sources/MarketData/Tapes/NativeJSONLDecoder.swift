/// Decodes one native JSONL line: a flat JSON object
/// `{"t":<µs integer>,"s":"<symbol>","mark":<number>,…}`. Keys `t` and `s` are required; the price
/// keys are `mark`, `index`, `last`, `iv`, `bid`, `ask`, `underlying` (number or `null` = absent);
/// unknown keys with scalar values are ignored; nested objects/arrays are rejected.
struct NativeJSONLDecoder {
    private var scratch: [UInt8] = []

    mutating func decode(_ line: ByteSpan, symbols: inout SymbolTable) throws(TapeIssue) -> (PriceEvent, Int) {
        var cursor = JSONCursor(bytes: line)
        cursor.skipSpace()
        guard cursor.consume(UInt8(ascii: "{")) else { throw .invalidJSON("expected '{'") }
        var timestamp: Int64?
        var symbolID: Int?
        var values = [Double?](repeating: nil, count: 7)
        cursor.skipSpace()
        if !cursor.consume(UInt8(ascii: "}")) {
            while true {
                cursor.skipSpace()
                let key = try cursor.readString(into: &scratch)
                let keyIndex = Self.keyIndex(key, scratch: scratch)
                cursor.skipSpace()
                guard cursor.consume(UInt8(ascii: ":")) else { throw .invalidJSON("expected ':'") }
                cursor.skipSpace()
                switch keyIndex {
                case -1:
                    let token = try cursor.readNumberToken()
                    guard let micros = DecimalParser.parseInt64(token) else { throw .invalidTimestamp(text: token.excerpt()) }
                    timestamp = micros
                case -2:
                    let raw = try cursor.readString(into: &scratch)
                    let id: Int? = if let raw { symbols.intern(raw) } else {
                        scratch.withUnsafeBufferPointer { buffer in
                            buffer.baseAddress.flatMap { symbols.intern(ByteSpan(start: $0, count: buffer.count)) }
                        }
                    }
                    guard let id else { throw .tooManySymbols(limit: symbols.maximumCount) }
                    symbolID = id
                case 0..<7:
                    if cursor.consumeLiteral("null") { values[keyIndex] = nil; break }
                    let token = try cursor.readNumberToken()
                    guard let value = DecimalParser.parseDouble(token) else {
                        throw .unparseableNumber(field: PriceEvent.fieldNames[keyIndex], text: token.excerpt())
                    }
                    values[keyIndex] = value
                default:
                    try cursor.skipScalarValue(scratch: &scratch)
                }
                cursor.skipSpace()
                if cursor.consume(UInt8(ascii: ",")) { continue }
                if cursor.consume(UInt8(ascii: "}")) { break }
                throw .invalidJSON("expected ',' or '}'")
            }
        }
        cursor.skipSpace()
        guard cursor.atEnd else { throw .invalidJSON("trailing characters") }
        guard let timestamp else { throw .missingField("t") }
        guard let symbolID else { throw .missingField("s") }
        let entry = symbols.entries[symbolID]
        guard entry.isValid else { throw .invalidSymbol(sanitized: entry.symbol) }
        var event = PriceEvent(timestampMicros: timestamp, symbol: entry.symbol)
        var anyPrice = false
        for position in 0..<7 {
            if let value = values[position] {
                event.setField(at: position, to: value)
                anyPrice = true
            }
        }
        guard anyPrice else { throw .noPrice }
        return (event, symbolID)
    }

    /// -1 = "t", -2 = "s", 0…6 = price field position, 99 = unknown.
    private static func keyIndex(_ raw: ByteSpan?, scratch: [UInt8]) -> Int {
        guard let raw else { return 99 }
        if raw.equals("t") { return -1 }
        if raw.equals("s") { return -2 }
        if raw.equals("mark") { return 0 }
        if raw.equals("index") { return 1 }
        if raw.equals("last") { return 2 }
        if raw.equals("iv") { return 3 }
        if raw.equals("bid") { return 4 }
        if raw.equals("ask") { return 5 }
        if raw.equals("underlying") { return 6 }
        return 99
    }
}

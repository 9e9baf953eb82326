/// One price message inside a line of a recorded exchange stream, decoded but not yet validated.
///
/// A line of a stream can carry several (a Deribit `markprice.options` notification lists every
/// option of an index, Binance's `!markPrice@arr` every symbol): each is its own row for the
/// validator and the bad-row counts, all carrying the line's number. A line that is not valid
/// JSON, or not shaped like its venue's messages, is rejected whole instead.
enum StreamItem {
    /// A decoded event and the id of its symbol in the reader's `SymbolTable`.
    case event(PriceEvent, symbolID: Int)
    /// This message of the line is unusable (missing field, unparseable number, no price, bad symbol).
    case issue(TapeIssue)
}

/// The price fields of one stream message as they are read, before becoming a `PriceEvent`:
/// values by `PriceEvent.fieldNames` position, plus the first per-message problem met on the way
/// (the walk goes on to the end of the message, so the rest of the line stays readable).
struct StreamMessageFields {
    var timestampMicros: Int64?
    var symbolID: Int?
    /// 0 mark, 1 index, 2 last, 3 iv, 4 bid, 5 ask, 6 underlying — venue units until converted.
    var values: (Double?, Double?, Double?, Double?, Double?, Double?, Double?) = (nil, nil, nil, nil, nil, nil, nil)
    var problem: TapeIssue?

    /// Reads a number into field `position`, keeping a bad number as the message's problem
    /// (a JSON grammar error still rejects the whole line).
    mutating func read(_ position: Int, field: String, from cursor: inout JSONCursor, scratch: inout [UInt8]) throws(TapeIssue) {
        do throws(TapeIssue) {
            let value = try cursor.readDouble(field: field, scratch: &scratch)
            set(position, value)
        } catch {
            if case .invalidJSON = error { throw error }
            problem = problem ?? error
        }
    }

    /// Reads a millisecond timestamp, keeping a bad one as the message's problem.
    mutating func readTimestamp(from cursor: inout JSONCursor, scratch: inout [UInt8]) throws(TapeIssue) {
        do throws(TapeIssue) {
            timestampMicros = try cursor.readMillisecondsAsMicros(scratch: &scratch)
        } catch {
            if case .invalidJSON = error { throw error }
            problem = problem ?? error
        }
    }

    /// Reads the symbol, keeping a full symbol table as the message's problem.
    mutating func readSymbol(from cursor: inout JSONCursor, symbols: inout SymbolTable, scratch: inout [UInt8]) throws(TapeIssue) {
        do throws(TapeIssue) {
            symbolID = try cursor.readSymbol(&symbols, scratch: &scratch)
        } catch {
            if case .invalidJSON = error { throw error }
            problem = problem ?? error
        }
    }

    func value(_ position: Int) -> Double? {
        switch position {
        case 0: return values.0
        case 1: return values.1
        case 2: return values.2
        case 3: return values.3
        case 4: return values.4
        case 5: return values.5
        default: return values.6
        }
    }

    mutating func set(_ position: Int, _ value: Double?) {
        switch position {
        case 0: values.0 = value
        case 1: values.1 = value
        case 2: values.2 = value
        case 3: values.3 = value
        case 4: values.4 = value
        case 5: values.5 = value
        default: values.6 = value
        }
    }

    /// The event, or the message's problem: a timestamp, a valid symbol and at least one price
    /// are required (field names as the venue spells them, for the messages).
    func item(symbols: SymbolTable, timestampField: String, symbolField: String) -> StreamItem {
        if let problem { return .issue(problem) }
        guard let timestampMicros else { return .issue(.missingField(timestampField)) }
        guard let symbolID else { return .issue(.missingField(symbolField)) }
        let entry = symbols.entries[symbolID]
        guard entry.isValid else { return .issue(.invalidSymbol(sanitized: entry.symbol)) }
        var event = PriceEvent(timestampMicros: timestampMicros, symbol: entry.symbol)
        var anyPrice = false
        for position in 0..<7 {
            if let value = value(position) {
                event.setField(at: position, to: value)
                anyPrice = true
            }
        }
        guard anyPrice else { return .issue(.noPrice) }
        return .event(event, symbolID: symbolID)
    }
}

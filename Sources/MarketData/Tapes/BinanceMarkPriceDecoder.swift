/// Decodes a recorded Binance USDⓈ-M futures mark-price stream (`wss://fstream.binance.com`), one
/// message per line (developers.binance.com, "Mark Price Stream" / "Mark Price Stream for All
/// market"):
/// - `<symbol>@markPrice` / `<symbol>@markPrice@1s`: `{"e":"markPriceUpdate","E":1562305380000,
///   "s":"BTCUSDT","p":"11794.15000000","i":"11784.62659091","P":"11784.25641265","r":"0.00038167",
///   "T":1562306400000}` — event time `E` in ms, mark `p` and index `i` in USD(T), numbers quoted
///   (bare numbers are accepted too); `P` (estimated settle price), `r` (funding rate) and `T`
///   (next funding time) are not prices of the book and are skipped;
/// - `!markPrice@arr` / `!markPrice@arr@1s`: a JSON array of such objects on one line — one event each;
/// - the combined-stream wrapper `{"stream":"btcusdt@markPrice","data":{…}}` (or `"data":[…]`).
///
/// Lines without a `markPriceUpdate` — the subscription response `{"result":null,"id":1}`, other
/// event types — are counted as ignored messages, not bad rows (`decode` returns false).
struct BinanceMarkPriceDecoder {
    private var scratch: [UInt8] = []

    /// Appends the line's mark-price messages to `items`; false when it has none.
    /// Throws (the whole line is bad) when it is not JSON or not an object or array of objects.
    mutating func decode(_ line: ByteSpan, symbols: inout SymbolTable, into items: inout [StreamItem]) throws(TapeIssue) -> Bool {
        var cursor = JSONCursor(bytes: line)
        let countBefore = items.count
        if cursor.peek() == UInt8(ascii: "[") {
            try decodeArray(&cursor, symbols: &symbols, into: &items)
        } else if var data = try decodeObject(&cursor, symbols: &symbols, into: &items) {
            if data.peek() == UInt8(ascii: "[") {
                try decodeArray(&data, symbols: &symbols, into: &items)
            } else {
                _ = try decodeObject(&data, symbols: &symbols, into: &items)
            }
        }
        try cursor.expectEnd()
        return items.count > countBefore
    }

    private mutating func decodeArray(_ cursor: inout JSONCursor, symbols: inout SymbolTable, into items: inout [StreamItem]) throws(TapeIssue) {
        guard try cursor.beginArray() else { return }
        repeat {
            _ = try decodeObject(&cursor, symbols: &symbols, into: &items)
        } while try cursor.nextElement()
    }

    /// Reads one object; appends an item when it is a `markPriceUpdate`. Returns a cursor at its
    /// `data` member (a combined-stream wrapper), if it has one.
    private mutating func decodeObject(_ cursor: inout JSONCursor, symbols: inout SymbolTable,
                                       into items: inout [StreamItem]) throws(TapeIssue) -> JSONCursor? {
        var fields = StreamMessageFields()
        var isMarkPriceUpdate = false
        var data: JSONCursor?
        if try cursor.beginObject() {
            repeat {
                let key = try cursor.readKey(scratch: &scratch)
                guard let key else { try cursor.skipValue(scratch: &scratch); continue }
                if key.equals("e") { isMarkPriceUpdate = try cursor.readString(equalTo: "markPriceUpdate", scratch: &scratch) }
                else if key.equals("E") { try fields.readTimestamp(from: &cursor, scratch: &scratch) }
                else if key.equals("s") { try fields.readSymbol(from: &cursor, symbols: &symbols, scratch: &scratch) }
                else if key.equals("p") { try fields.read(0, field: "p (mark price)", from: &cursor, scratch: &scratch) }
                else if key.equals("i") { try fields.read(1, field: "i (index price)", from: &cursor, scratch: &scratch) }
                else {
                    if key.equals("data") { data = cursor }
                    try cursor.skipValue(scratch: &scratch)
                }
            } while try cursor.nextMember()
        }
        if isMarkPriceUpdate { items.append(fields.item(symbols: symbols, timestampField: "E (event time)", symbolField: "s (symbol)")) }
        return data
    }
}

/// Decodes a recorded Deribit websocket stream (`wss://www.deribit.com/ws/api/v2`), one JSON-RPC
/// message per line (docs.deribit.com, "Notifications"):
/// `{"jsonrpc":"2.0","method":"subscription","params":{"channel":"…","data":…}}`.
///
/// Channels read (key order free; unknown keys and nested values such as `stats`, `greeks` skipped):
/// - `ticker.{instrument_name}.{interval}` — `data` one object: `timestamp` (ms since the epoch),
///   `instrument_name`, `mark_price`, `index_price`, `last_price`, `best_bid_price`,
///   `best_ask_price`, `mark_iv` (**percent**: 67.7 → iv 0.677), `underlying_price` (the
///   option's forward, USD). Futures and perpetuals quote in USD. Inverse options (`BTC-…-C`)
///   quote mark/last/bid/ask in coin: converted to USD × `underlying_price`, as for the Deribit
///   snapshot and Tardis chains (`PriceEvent`); linear options (`SOL_USDC-…`) are in USDC already.
///   A best bid or ask of 0 is Deribit's "no order on that side": absent, not a price.
/// - `markprice.options.{index_name}` — `data` an array of `{instrument_name, mark_price, iv,
///   timestamp}`: one event per element, `iv` a **fraction** (0.9 = 90 %). The message has no
///   underlying price, so an inverse option's coin mark cannot become USD and is dropped (the
///   engine prices options from IV and forward); a linear option keeps its USDC mark.
///
/// Lines that carry no prices are counted as ignored messages, not bad rows (`decode` returns
/// false): subscription and other responses (`{"jsonrpc":"2.0","id":…,"result":…}`, errors too),
/// `heartbeat` requests, notifications of other channels (`book.…`, `trades.…`).
struct DeribitStreamDecoder {
    private var scratch: [UInt8] = []

    private enum Channel { case ticker, markPriceOptions, other }

    /// Appends the line's messages to `items`; false when the line is a message without prices.
    /// Throws (the whole line is bad) when it is not JSON or not shaped like a notification.
    mutating func decode(_ line: ByteSpan, symbols: inout SymbolTable, into items: inout [StreamItem]) throws(TapeIssue) -> Bool {
        var cursor = JSONCursor(bytes: line)
        var isSubscription = false
        var params: JSONCursor?
        if try cursor.beginObject() {
            repeat {
                let key = try cursor.readKey(scratch: &scratch)
                if key?.equals("method") == true {
                    isSubscription = try cursor.readString(equalTo: "subscription", scratch: &scratch)
                } else {
                    if key?.equals("params") == true { params = cursor }
                    try cursor.skipValue(scratch: &scratch)
                }
            } while try cursor.nextMember()
        }
        try cursor.expectEnd()
        guard isSubscription, var params else { return false }
        var channel: Channel?
        var data: JSONCursor?
        if try params.beginObject() {
            repeat {
                let key = try params.readKey(scratch: &scratch)
                if key?.equals("channel") == true {
                    channel = try readChannel(&params)
                } else {
                    if key?.equals("data") == true { data = params }
                    try params.skipValue(scratch: &scratch)
                }
            } while try params.nextMember()
        }
        guard let channel else { throw .missingField("params.channel") }
        if channel == .other { return false }
        guard var data else { throw .missingField("params.data") }
        switch channel {
        case .ticker:
            items.append(try decodeMessage(&data, symbols: &symbols, ivField: "mark_iv"))
        case .markPriceOptions:
            if try data.beginArray() {
                repeat {
                    items.append(try decodeMessage(&data, symbols: &symbols, ivField: "iv"))
                } while try data.nextElement()
            }
        case .other:
            return false
        }
        return true
    }

    private mutating func readChannel(_ cursor: inout JSONCursor) throws(TapeIssue) -> Channel {
        guard cursor.peek() == UInt8(ascii: "\"") else { throw .invalidJSON("params.channel is not a string") }
        guard let name = try cursor.readString(into: &scratch) else { return .other }
        if name.hasPrefix("ticker.") { return .ticker }
        if name.hasPrefix("markprice.options.") { return .markPriceOptions }
        return .other
    }

    /// One ticker object or one `markprice.options` element. `ivField` is `mark_iv` (percent,
    /// ticker) or `iv` (fraction, markprice.options); a ticker's other keys mean the same in both.
    private mutating func decodeMessage(_ cursor: inout JSONCursor, symbols: inout SymbolTable,
                                        ivField: StaticString) throws(TapeIssue) -> StreamItem {
        var fields = StreamMessageFields()
        let ivIsPercent = ivField.utf8CodeUnitCount == 7  // "mark_iv"
        if try cursor.beginObject() {
            repeat {
                let key = try cursor.readKey(scratch: &scratch)
                guard let key else { try cursor.skipValue(scratch: &scratch); continue }
                if key.equals("timestamp") { try fields.readTimestamp(from: &cursor, scratch: &scratch) }
                else if key.equals("instrument_name") { try fields.readSymbol(from: &cursor, symbols: &symbols, scratch: &scratch) }
                else if key.equals("mark_price") { try fields.read(0, field: "mark_price", from: &cursor, scratch: &scratch) }
                else if key.equals("index_price") { try fields.read(1, field: "index_price", from: &cursor, scratch: &scratch) }
                else if key.equals("last_price") { try fields.read(2, field: "last_price", from: &cursor, scratch: &scratch) }
                else if key.equals(ivField) { try fields.read(3, field: ivIsPercent ? "mark_iv" : "iv", from: &cursor, scratch: &scratch) }
                else if key.equals("best_bid_price") { try fields.read(4, field: "best_bid_price", from: &cursor, scratch: &scratch) }
                else if key.equals("best_ask_price") { try fields.read(5, field: "best_ask_price", from: &cursor, scratch: &scratch) }
                else if key.equals("underlying_price") { try fields.read(6, field: "underlying_price", from: &cursor, scratch: &scratch) }
                else { try cursor.skipValue(scratch: &scratch) }
            } while try cursor.nextMember()
        }
        for side in 4...5 where fields.value(side) == 0 { fields.set(side, nil) }
        if ivIsPercent, let percent = fields.value(3) { fields.set(3, percent / 100) }
        if fields.problem == nil, let id = fields.symbolID, Self.quotesInCoin(symbols.entries[id]) {
            convertCoinPrices(&fields, dropWithoutUnderlying: !ivIsPercent)
        }
        return fields.item(symbols: symbols, timestampField: "timestamp", symbolField: "instrument_name")
    }

    /// Inverse option premiums (mark, last, bid, ask: coin) × the underlying price → USD. Without an
    /// underlying price a ticker is a bad row (as Tardis/snapshot rows are); a markprice.options
    /// element simply has no USD mark.
    private func convertCoinPrices(_ fields: inout StreamMessageFields, dropWithoutUnderlying: Bool) {
        for (position, name) in Self.coinPriceFields {
            guard let coin = fields.value(position) else { continue }
            if let underlying = fields.value(6) {
                fields.set(position, coin * underlying)
            } else if dropWithoutUnderlying {
                fields.set(position, nil)
            } else {
                fields.problem = fields.problem ?? .missingField("underlying_price for \(name)")
            }
        }
    }

    /// The premiums an inverse option quotes in coin: field position and Deribit's name.
    private static let coinPriceFields = [(0, "mark_price"), (2, "last_price"), (4, "best_bid_price"), (5, "best_ask_price")]

    /// An option whose premium Deribit quotes in its coin: `BTC-…-C`, `ETH-…-P` (inverse), not
    /// `SOL_USDC-…-C` (linear, quoted in USDC — its base carries an `_` quote suffix).
    static func quotesInCoin(_ entry: SymbolTable.Entry) -> Bool {
        guard entry.isOption else { return false }
        for byte in entry.bytes {
            if byte == UInt8(ascii: "-") { return true }
            if byte == UInt8(ascii: "_") { return false }
        }
        return true
    }
}

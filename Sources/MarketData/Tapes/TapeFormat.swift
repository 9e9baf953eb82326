/// The tape formats the readers understand. `detect` picks one from the first line.
///
/// A first line that is JSON (`{…}` or `[…]`) is told apart by its top-level keys
/// (`JSONLineKind`): `jsonrpc`/`method`/`params` → Deribit stream, `e`/`stream`/`data`, a top-level
/// array or a bare `{"result":…,"id":…}` subscription response → Binance stream, else native JSONL.
/// A recorded stream's first line is usually its subscription response, which names the venue.
public enum TapeFormat: String, Sendable, Hashable, CaseIterable {
    /// xmargin's own CSV: header `timestamp_us,symbol,mark,index,last,iv,bid,ask,underlying`.
    case nativeCSV = "native-csv"
    /// xmargin's own JSON Lines: `{"t":<µs>,"s":"<symbol>","mark":…}` per line.
    case nativeJSONL = "native-jsonl"
    /// data.binance.vision kline CSV, with or without header; ms or µs times.
    case binanceKline = "binance-kline"
    /// Tardis `trades` CSV: `exchange,symbol,timestamp,local_timestamp,id,side,price,amount`.
    case tardisTrades = "tardis-trades"
    /// Tardis `derivative_ticker` CSV (mark_price, index_price, last_price; empty fields normal).
    case tardisDerivativeTicker = "tardis-derivative-ticker"
    /// Tardis `options_chain` CSV (mark_price in coin, mark_iv in percent, underlying_price).
    case tardisOptionsChain = "tardis-options-chain"
    /// Deribit option chain snapshot CSV (`timestamp,instrument_name,…,implied_volatility,…`).
    case deribitOptionSnapshot = "deribit-option-snapshot"
    /// A recorded Deribit websocket stream: one JSON-RPC notification per line, channels
    /// `ticker.{instrument}.{interval}` and `markprice.options.{index}` (`DeribitStreamDecoder`).
    case deribitStream = "deribit-stream"
    /// A recorded Binance USDⓈ-M mark-price stream: `@markPrice` messages, the `!markPrice@arr`
    /// array and the combined-stream wrapper, one per line (`BinanceMarkPriceDecoder`).
    case binanceMarkPriceStream = "binance-mark-price-stream"

    /// One JSON message per line, possibly several events per line (no header, no columns).
    var isExchangeStream: Bool { self == .deribitStream || self == .binanceMarkPriceStream }

    /// The native formats, CSV or JSONL.
    var isNative: Bool { self == .nativeCSV || self == .nativeJSONL }

    /// Detects the format from the first line of a file (header, or first data row for
    /// headerless Binance klines). Returns nil when nothing matches.
    public static func detect(firstLine: String) -> TapeFormat? {
        let line = firstLine.hasSuffix("\r") ? String(firstLine.dropLast()) : firstLine
        if line.hasPrefix("{") || line.hasPrefix("[") {
            let kind = Array(line.utf8).withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { JSONLineKind.classify(ByteSpan(start: $0, count: buffer.count)) }
            }
            if case .format(let format) = kind { return format }
            return line.hasPrefix("{") ? .nativeJSONL : nil
        }
        let columns = line.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingASCIISpaces()
        }
        let names = Set(columns)
        if names.contains("timestamp_us") && names.contains("symbol") { return .nativeCSV }
        if columns.first == "open_time" { return .binanceKline }
        if names.isSuperset(of: ["strike_price", "mark_iv", "underlying_price", "mark_price"]) { return .tardisOptionsChain }
        if names.isSuperset(of: ["mark_price", "index_price", "funding_rate"]) { return .tardisDerivativeTicker }
        if names.isSuperset(of: ["exchange", "symbol", "timestamp", "price", "side"]) { return .tardisTrades }
        if names.isSuperset(of: ["instrument_name", "implied_volatility", "mark_price", "futures_price"]) {
            return .deribitOptionSnapshot
        }
        // A headerless kline: open_time and close_time integers, open a number (a headerless
        // native row has its symbol in column 1, which tells the two apart).
        if columns.count >= 7, columns[0].allSatisfy(\.isASCIIDigitCharacter), !columns[0].isEmpty,
           columns[6].allSatisfy(\.isASCIIDigitCharacter), !columns[6].isEmpty,
           !columns[1].isEmpty, columns[1].allSatisfy({ $0.isASCIIDigitCharacter || $0 == "." }) {
            return .binanceKline
        }
        return nil
    }

    /// The symbol a Binance kline file is about, from its name: the first `_`/`-`/`.`-separated
    /// token of upper-case letters and digits that ends in USDT, USDC, BUSD, FDUSD or USD
    /// (`binance-futures_BTCUSDT_1h_2022-11.csv` → `BTCUSDT`).
    public static func binanceSymbol(fromFileName fileName: String) -> String? {
        let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
        let tokens = base.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == "." || $0 == " " })
        for token in tokens {
            let isSymbolLike = token.count >= 5 && token.allSatisfy { ($0.isASCII && $0.isUppercase) || $0.isASCIIDigitCharacter }
            if isSymbolLike, ["USDT", "USDC", "BUSD", "USD"].contains(where: { token.hasSuffix($0) }) {
                return String(token)
            }
        }
        return nil
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

extension Substring {
    func trimmingASCIISpaces() -> String {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return String(text)
    }
}

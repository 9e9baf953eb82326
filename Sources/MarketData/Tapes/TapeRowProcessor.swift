/// Decoding and validation state for one tape or tailed file, kept in one value so the owning
/// reader touches a single stored property per row (cheap exclusivity checking).
struct TapeRowProcessor {
    var fields = CSVFieldSplitter()
    var symbols: SymbolTable
    var validator: RowValidator
    var csvDecoder: CSVRowDecoder? { didSet { singlePass = csvDecoder?.singlePass } }
    /// The current CSV layout's one-pass decoder (nil for JSON lines and layouts it does not
    /// handle), tried first on every line; the lines it declines take the general path.
    private(set) var singlePass: SinglePassRowDecoder?
    var jsonDecoder = NativeJSONLDecoder()
    /// Decode every line as JSONL (native JSONL tapes).
    var isJSONL = false
    /// Tail mode: a line starting with `{` is JSONL, a `timestamp_us,…` line is a native header.
    var detectsNativeLinesIndividually = false
    /// Set for the exchange-stream formats: lines go through `processStream` (several events or
    /// none per line), never through `process`.
    var streamFormat: TapeFormat?
    var deribitDecoder = DeribitStreamDecoder()
    var binanceDecoder = BinanceMarkPriceDecoder()
    /// Well-formed stream messages that carry no prices (subscription responses, heartbeats,
    /// other channels): counted here, not as bad rows.
    var ignoredMessageCount = 0
    /// Reused per stream line.
    var streamItems: [StreamItem] = []

    init(options: TapeReaderOptions) {
        symbols = SymbolTable(maximumCount: options.maximumDistinctSymbols)
        validator = RowValidator(options: options)
    }

    /// Uses the native CSV layout described by `header`; false when the header lacks required columns.
    @discardableResult
    mutating func useNativeHeader(_ header: [String]) -> Bool {
        guard let layout = try? ColumnLayout.make(format: .nativeCSV, header: header, dataFieldCount: header.count, fixedSymbol: nil) else {
            return false
        }
        csvDecoder = CSVRowDecoder(layout: layout, symbols: &symbols)
        return true
    }

    mutating func use(_ layout: ColumnLayout) {
        csvDecoder = CSVRowDecoder(layout: layout, symbols: &symbols)
    }

    /// The validated event of one line; nil for blank lines (and header lines in tail mode).
    @inline(__always)
    mutating func process(_ span: ByteSpan) throws(TapeIssue) -> PriceEvent? {
        if let (prices, timestamp, symbolID, isOption) = singlePass?.decode(span, symbols: &symbols) {
            try validator.validate(prices, timestampMicros: timestamp, symbolID: symbolID, isOption: isOption, symbols: symbols)
            return PriceEvent(timestampMicros: timestamp, symbol: symbols.entries[symbolID].symbol, prices: prices)
        }
        return try processInGeneral(span)
    }

    /// `process` for the lines the one-pass decoder declines: JSON lines, headers in tail mode,
    /// blank lines, irregular or bad rows (whose errors it gives).
    private mutating func processInGeneral(_ span: ByteSpan) throws(TapeIssue) -> PriceEvent? {
        let trimmed = span.trimmed()
        if trimmed.isEmpty { return nil }
        let decoded: (PriceEvent, Int)
        if isJSONL || (detectsNativeLinesIndividually && trimmed[0] == UInt8(ascii: "{")) {
            decoded = try jsonDecoder.decode(trimmed, symbols: &symbols)
        } else if detectsNativeLinesIndividually, trimmed.hasPrefix("timestamp_us") {
            let line = fields.split(trimmed)
            useNativeHeader(fields.allFieldStrings(of: line))
            return nil
        } else if let csvDecoder {
            let line = fields.split(span)
            decoded = try csvDecoder.decode(fields, line: line, symbols: &symbols)
        } else {
            throw .unrecognizedHeader("no header")
        }
        try validator.validate(decoded.0.prices, timestampMicros: decoded.0.timestampMicros, symbolID: decoded.1,
                               isOption: symbols.isOption(decoded.1), symbols: symbols)
        return decoded.0
    }
}

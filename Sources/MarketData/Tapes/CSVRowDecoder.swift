/// Turns one split CSV row into a `PriceEvent` according to a `ColumnLayout`.
struct CSVRowDecoder {
    let layout: ColumnLayout
    private let fixedSymbolID: Int?

    init(layout: ColumnLayout, symbols: inout SymbolTable) {
        self.layout = layout
        if let symbol = layout.fixedSymbol {
            var bytes = Array(symbol.utf8)
            fixedSymbolID = bytes.withUnsafeMutableBufferPointer { buffer -> Int? in
                guard let base = buffer.baseAddress else { return nil }
                return symbols.intern(ByteSpan(start: UnsafePointer(base), count: buffer.count))
            }
        } else {
            fixedSymbolID = nil
        }
    }

    /// Decodes the row; returns the event and the interned symbol id.
    func decode(_ fields: CSVFieldSplitter, line: ByteSpan,
                symbols: inout SymbolTable) throws(TapeIssue) -> (PriceEvent, Int) {
        guard fields.fieldCount == layout.expectedColumnCount else {
            throw .wrongColumnCount(expected: layout.expectedColumnCount, actual: fields.fieldCount)
        }
        let timestamp = try decodeTimestamp(fields, line: line)
        let symbolID: Int
        if let column = layout.symbolColumn {
            let bytes = fields.field(column, of: line)
            guard let id = symbols.intern(bytes) else { throw .tooManySymbols(limit: symbols.maximumCount) }
            symbolID = id
        } else if let id = fixedSymbolID {
            symbolID = id
        } else {
            throw .missingField("symbol")
        }
        let entry = symbols.entries[symbolID]
        guard entry.isValid else { throw .invalidSymbol(sanitized: entry.symbol) }
        var event = PriceEvent(timestampMicros: timestamp, symbol: entry.symbol)
        var anyPrice = false
        for priceColumn in layout.priceColumns {
            let text = fields.field(priceColumn.column, of: line)
            if text.isEmpty { continue }
            guard var value = DecimalParser.parseDouble(text) else {
                throw .unparseableNumber(field: priceColumn.name, text: text.excerpt())
            }
            guard value.isFinite else { throw .notFinite(field: priceColumn.name, value: value) }
            switch priceColumn.scaling {
            case .none: break
            case .percentToFraction: value /= 100
            case .coinToUSD:
                guard let underlying = event.underlyingPrice else { throw .missingField("underlying price for \(priceColumn.name)") }
                value *= underlying
            }
            event.setField(at: priceColumn.fieldPosition, to: value)
            anyPrice = true
        }
        guard anyPrice else { throw .noPrice }
        return (event, symbolID)
    }

    private func decodeTimestamp(_ fields: CSVFieldSplitter, line: ByteSpan) throws(TapeIssue) -> Int64 {
        let text = fields.field(layout.timestampColumn, of: line)
        switch layout.timestampEncoding {
        case .micros:
            guard let micros = DecimalParser.parseInt64(text) else { throw .invalidTimestamp(text: text.excerpt()) }
            return micros
        case .iso8601:
            guard let micros = ISO8601Micros.parse(text) else { throw .invalidTimestamp(text: text.excerpt()) }
            return micros
        case .binanceCloseTime(let closeColumn):
            guard let open = DecimalParser.parseInt64(text), open > 0 else { throw .invalidTimestamp(text: text.excerpt()) }
            let closeText = fields.field(closeColumn, of: line)
            guard let close = DecimalParser.parseInt64(closeText), close >= open else {
                throw .invalidTimestamp(text: closeText.excerpt())
            }
            let isMicros = open >= 100_000_000_000_000
            let (micros, overflow) = (close + 1).multipliedReportingOverflow(by: isMicros ? 1 : 1000)
            guard !overflow else { throw .invalidTimestamp(text: closeText.excerpt()) }
            return micros
        }
    }
}

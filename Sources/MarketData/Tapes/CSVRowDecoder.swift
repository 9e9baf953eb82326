/// Turns one split CSV row into a `PriceEvent` according to a `ColumnLayout`.
struct CSVRowDecoder {
    let layout: ColumnLayout
    private let fixedSymbolID: Int?
    /// The one-pass decoder for well-formed rows of this layout, when it handles the layout
    /// (native CSV); rows it declines come here.
    let singlePass: SinglePassRowDecoder?

    init(layout: ColumnLayout, symbols: inout SymbolTable) {
        self.layout = layout
        singlePass = SinglePassRowDecoder(layout: layout)
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
        guard symbols.isValid(symbolID) else { throw .invalidSymbol(sanitized: symbols.entries[symbolID].symbol) }
        var event = PriceEvent(timestampMicros: timestamp, symbol: symbols.entries[symbolID].symbol)
        var anyPrice = false
        // By index, reading only the fields used: copying a column would retain its name per row.
        for index in layout.priceColumns.indices {
            let text = fields.field(layout.priceColumns[index].column, of: line)
            if text.isEmpty { continue }
            guard var value = DecimalParser.parseDouble(text) else {
                throw .unparseableNumber(field: layout.priceColumns[index].name, text: text.excerpt())
            }
            guard value.isFinite else { throw .notFinite(field: layout.priceColumns[index].name, value: value) }
            switch layout.priceColumns[index].scaling {
            case .none: break
            case .percentToFraction: value /= 100
            case .coinToUSD:
                guard let underlying = event.underlyingPrice else {
                    throw .missingField("underlying price for \(layout.priceColumns[index].name)")
                }
                value *= underlying
            }
            event.setField(at: layout.priceColumns[index].fieldPosition, to: value)
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

/// Where each `PriceEvent` field lives in a CSV format's columns, and how to convert it.
struct ColumnLayout {
    enum TimestampEncoding {
        /// Integer microseconds since the epoch.
        case micros
        /// ISO-8601 text.
        case iso8601
        /// Binance kline: event time = close_time + 1 unit (= open_time + interval); the unit
        /// (ms or µs) is detected per row from open_time's magnitude (≥ 10^14 → µs).
        case binanceCloseTime(closeTimeColumn: Int)
    }

    enum Scaling {
        case none
        /// Tardis `mark_iv` etc.: percent → fraction.
        case percentToFraction
        /// Deribit inverse option prices: coin × underlying (forward) price → USD.
        case coinToUSD
    }

    struct PriceColumn {
        let column: Int
        /// Position in `PriceEvent.fieldNames`.
        let fieldPosition: Int
        let scaling: Scaling
        let name: String
    }

    var timestampColumn: Int
    var timestampName: String
    var timestampEncoding: TimestampEncoding
    /// nil → every row has `fixedSymbol`.
    var symbolColumn: Int?
    var fixedSymbol: String?
    var priceColumns: [PriceColumn]
    /// Rows must have exactly this many fields.
    var expectedColumnCount: Int
    var needsUnderlyingForCoinPrices: Bool { priceColumns.contains { if case .coinToUSD = $0.scaling { true } else { false } } }

    /// Builds the layout for `format` from its header (nil for headerless Binance klines, where
    /// `dataFieldCount` is the first row's field count).
    static func make(format: TapeFormat, header: [String]?, dataFieldCount: Int,
                     fixedSymbol: String?) throws(TapeIssue) -> ColumnLayout {
        let names = header ?? []
        func column(_ name: String) throws(TapeIssue) -> Int {
            guard let index = names.firstIndex(of: name) else { throw .unrecognizedHeader("no column \(name)") }
            return index
        }
        func optionalColumns(_ pairs: [(String, Int, Scaling)]) -> [PriceColumn] {
            pairs.compactMap { name, position, scaling in
                names.firstIndex(of: name).map { PriceColumn(column: $0, fieldPosition: position, scaling: scaling, name: name) }
            }
        }
        let count = header?.count ?? dataFieldCount
        switch format {
        case .nativeCSV:
            return ColumnLayout(
                timestampColumn: try column("timestamp_us"), timestampName: "timestamp_us", timestampEncoding: .micros,
                symbolColumn: try column("symbol"), fixedSymbol: nil,
                priceColumns: optionalColumns(PriceEvent.fieldNames.enumerated().map { ($1, $0, .none) }),
                expectedColumnCount: count)
        case .binanceKline:
            guard let symbol = fixedSymbol else { throw .missingField("symbol (not in the file name; pass one)") }
            guard count >= 7 else { throw .wrongColumnCount(expected: 12, actual: count) }
            return ColumnLayout(
                timestampColumn: 0, timestampName: "open_time", timestampEncoding: .binanceCloseTime(closeTimeColumn: 6),
                symbolColumn: nil, fixedSymbol: symbol,
                priceColumns: [PriceColumn(column: 4, fieldPosition: 2, scaling: .none, name: "close")],
                expectedColumnCount: count)
        case .tardisTrades:
            return ColumnLayout(
                timestampColumn: try column("timestamp"), timestampName: "timestamp", timestampEncoding: .micros,
                symbolColumn: try column("symbol"), fixedSymbol: nil,
                priceColumns: [PriceColumn(column: try column("price"), fieldPosition: 2, scaling: .none, name: "price")],
                expectedColumnCount: count)
        case .tardisDerivativeTicker:
            return ColumnLayout(
                timestampColumn: try column("timestamp"), timestampName: "timestamp", timestampEncoding: .micros,
                symbolColumn: try column("symbol"), fixedSymbol: nil,
                priceColumns: optionalColumns([("mark_price", 0, .none), ("index_price", 1, .none), ("last_price", 2, .none)]),
                expectedColumnCount: count)
        case .tardisOptionsChain:
            return ColumnLayout(
                timestampColumn: try column("timestamp"), timestampName: "timestamp", timestampEncoding: .micros,
                symbolColumn: try column("symbol"), fixedSymbol: nil,
                priceColumns: optionalColumns([
                    ("underlying_price", 6, .none), ("mark_price", 0, .coinToUSD), ("last_price", 2, .coinToUSD),
                    ("mark_iv", 3, .percentToFraction), ("bid_price", 4, .coinToUSD), ("ask_price", 5, .coinToUSD),
                ]),
                expectedColumnCount: count)
        case .deribitOptionSnapshot:
            return ColumnLayout(
                timestampColumn: try column("timestamp"), timestampName: "timestamp", timestampEncoding: .iso8601,
                symbolColumn: try column("instrument_name"), fixedSymbol: nil,
                priceColumns: optionalColumns([
                    ("futures_price", 6, .none), ("mark_price", 0, .coinToUSD), ("index_price", 1, .none),
                    ("implied_volatility", 3, .none), ("bid_price", 4, .coinToUSD), ("ask_price", 5, .coinToUSD),
                ]),
                expectedColumnCount: count)
        case .nativeJSONL, .deribitStream, .binanceMarkPriceStream:
            throw .unrecognizedHeader("JSON lines have no column layout")
        }
    }
}

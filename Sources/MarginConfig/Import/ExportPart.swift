import MarginEngine

/// A venue whose API exports xmargin imports; its raw value is the default account name.
public enum ExchangeVenue: String, Sendable, CaseIterable {
    case deribit, binance, okx, bybit
}

/// What one export file contributes to its venue's account: positions (already in the engine's
/// units, ``Position``), balances, and the prices the file states.
struct ExportPart {
    var venue: ExchangeVenue
    var file: String
    var positions: [Position] = []
    var collateral: [CollateralBalance] = []
    /// Index prices the export states (Deribit `index_price`, OKX `idxPx`), USD by coin.
    var indexUSD: [String: Double] = [:]
    /// Stand-in index per coin: the mark of the first perpetual or future on it, used only when no
    /// file states that coin's index (Binance and Bybit positions state none).
    var markIndexUSD: [String: Double] = [:]
    /// Marks by catalogue instrument name (USD; inverse options in coin).
    var marks: [String: Double] = [:]
    /// Valuation time the file states (Bybit's response `time`), µs UTC.
    var asOfMicros: Int64?
    var notes: [String] = []

    init(venue: ExchangeVenue, file: String) {
        self.venue = venue
        self.file = file
    }

    /// One position, checked as a portfolio file's would be (instrument in the catalogue, size ≠ 0,
    /// entry > 0, ``MarginBounds``), each error naming the JSON path of the field at fault.
    /// `leverage` is kept for linear contracts only (the engine's IM = notional ÷ leverage rule).
    mutating func addPosition(instrument name: String, at nameField: JSONCursor, size: Double, sizeField: JSONCursor,
                              entry: Double, entryField: JSONCursor, leverage: Double? = nil,
                              isolatedMargin: Double? = nil, isolatedField: JSONCursor? = nil,
                              mark: Double?, markField: JSONCursor?, catalogue: Catalogue) throws(ConfigError) {
        let instrument: Instrument
        do { instrument = try InstrumentParser.parse(name) } catch { throw nameField.error(error.description) }
        do { _ = try catalogue.schedule(for: instrument) } catch { throw nameField.error(error.description) }
        guard size.isFinite, size != 0 else { throw sizeField.error("must not be zero") }
        try sizeField.checkMagnitude(size, limit: MarginBounds.maxSize)
        guard entry > 0 else { throw entryField.error("must be > 0, got \(entry)") }
        try entryField.checkMagnitude(entry, limit: MarginBounds.maxPrice)
        if let isolatedMargin, let isolatedField {
            guard isolatedMargin >= 0 else { throw isolatedField.error("must be ≥ 0, got \(isolatedMargin)") }
            try isolatedField.checkMagnitude(isolatedMargin, limit: MarginBounds.maxBalance)
        }
        let keptLeverage = instrument.settlement == .linear && !instrument.isOption ? leverage.flatMap { $0 >= 1 ? $0 : nil } : nil
        positions.append(Position(instrument: instrument, size: size, entryPrice: entry, leverage: keptLeverage,
                                  isolatedMargin: isolatedMargin))
        if let mark, let markField {
            guard mark > 0 else { throw markField.error("must be > 0, got \(mark)") }
            try markField.checkMagnitude(mark, limit: MarginBounds.maxPrice)
            if marks[name] == nil { marks[name] = mark }
            if !instrument.isOption, markIndexUSD[instrument.underlying] == nil { markIndexUSD[instrument.underlying] = mark }
        }
    }

    /// A balance in `coin` (collateral, coin units); the coin must be a plain coin symbol.
    mutating func addBalance(coin: String, at coinField: JSONCursor, amount: Double, amountField: JSONCursor) throws(ConfigError) {
        guard (try? InstrumentParser.parse(coin))?.kind == .spot else {
            throw coinField.error("'\(coin.prefix(16))' is not a coin symbol such as BTC or USDT")
        }
        try amountField.checkMagnitude(amount, limit: MarginBounds.maxBalance)
        guard !collateral.contains(where: { $0.coin == coin }) else { throw coinField.error("\(coin) balance given twice") }
        collateral.append(CollateralBalance(coin: coin, amount: amount))
    }

    /// An index price the file states for `coin` (USD).
    mutating func addIndex(coin: String, price: Double, at field: JSONCursor) throws(ConfigError) {
        guard price > 0 else { throw field.error("must be > 0, got \(price)") }
        try field.checkMagnitude(price, limit: MarginBounds.maxPrice)
        if indexUSD[coin] == nil { indexUSD[coin] = price }
    }
}

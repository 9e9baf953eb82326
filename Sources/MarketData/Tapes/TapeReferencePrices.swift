import MarginEngine

/// Prices a symbol's first tape row is checked against, so the first row is never applied
/// unchecked: the book's marks and index prices, USD. A first value more than `maximumRatio`
/// times away from the book's (default 10: 100× the mark, 1e308, a cent for a $95k coin) is a
/// bad row (`TapeIssue.farFromBook`); after that the jump rule compares rows with each other.
/// The band is wide on purpose: a tape of another year (BTC at $16k against a book at $95k) is
/// still replayable.
///
/// A tape symbol is resolved with `symbolMap` (as the replay will map it): a row's mark and last
/// are compared with the instrument's mark (or, for an index symbol or a Binance linear symbol
/// without a mark, its underlying's index), its index and underlying with the underlying's index.
/// Options are exempt, as they are from the jump rule. Symbols with no reference are unchecked
/// until their first accepted row, as before.
///
/// ```swift
/// let references = TapeReferencePrices(market: book.market)
/// let reader = try TapeFileReader(path: tape, options: TapeReaderOptions(referencePrices: references))
/// ```
public struct TapeReferencePrices: Sendable, Hashable {
    /// Instrument name → mark, USD.
    public var marksUSD: [String: Double]
    /// Underlying coin → index, USD.
    public var indexUSD: [String: Double]
    /// How tape symbols map to instruments and coins.
    public var symbolMap: SymbolMap
    /// Largest accepted ratio between a symbol's first value and the book's (either way), > 1.
    public var maximumRatio: Double

    public init(marksUSD: [String: Double] = [:], indexUSD: [String: Double] = [:], symbolMap: SymbolMap = SymbolMap(),
                maximumRatio: Double = 10) {
        self.marksUSD = marksUSD
        self.indexUSD = indexUSD
        self.symbolMap = symbolMap
        self.maximumRatio = maximumRatio
    }

    /// The marks and index prices of `market`.
    public init(market: MarketState, symbolMap: SymbolMap = SymbolMap(), maximumRatio: Double = 10) {
        self.init(marksUSD: market.marksUSD, indexUSD: market.indexUSD, symbolMap: symbolMap, maximumRatio: maximumRatio)
    }

    /// Reference values for a tape symbol's four checked slots — mark, index, last,
    /// underlying (USD; nil = none; an option's premiums have none). Only finite, positive
    /// references are used.
    func slots(for tapeSymbol: String) -> [Double?] {
        let resolved = symbolMap.resolve(tapeSymbol)
        let index = usable(indexUSD[resolved.underlying])
        let mark: Double?
        switch resolved.role {
        case .option: return [nil, index, nil, index]
        case .index: mark = index
        case .linearPerpetual: mark = usable(marksUSD[resolved.instrument]) ?? index
        case .perpetual, .future, .other: mark = usable(marksUSD[resolved.instrument])
        }
        return [mark, index, mark, index]
    }

    private func usable(_ value: Double?) -> Double? {
        guard let value, value.isFinite, value > 0 else { return nil }
        return value
    }
}

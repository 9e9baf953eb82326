/// Prices and vols at one moment: everything the engine needs from the market, as values.
///
/// Prices in USD. Options are priced from a forward and an implied vol: the forward of an expiry
/// is `forwardsUSD[BTC-27MAR26]`, else the mark of the inverse future `BTC-27MAR26`, else the index.
/// A perpetual or future with no mark is marked at the index.
public struct MarketState: Sendable, Equatable {
    /// Valuation time, µs since the epoch UTC (a tape's event time or an explicit `as_of`).
    public var timestampMicros: Int64
    /// Index price per underlying coin (`BTC` → 93,640), USD.
    public var indexUSD: [String: Double]
    /// Mark price per perpetual/future/spot instrument name, USD.
    public var marksUSD: [String: Double]
    /// Implied vol per option instrument name, fraction (0.55 = 55%).
    public var impliedVols: [String: Double]
    /// Forward per expiry symbol (`BTC-27MAR26`), USD.
    public var forwardsUSD: [String: Double]

    public init(timestampMicros: Int64, indexUSD: [String: Double] = [:], marksUSD: [String: Double] = [:],
                impliedVols: [String: Double] = [:], forwardsUSD: [String: Double] = [:]) {
        self.timestampMicros = timestampMicros
        self.indexUSD = indexUSD
        self.marksUSD = marksUSD
        self.impliedVols = impliedVols
        self.forwardsUSD = forwardsUSD
    }

    /// Stablecoins valued at 1 USD when no index is given.
    public static let stablecoins: Set<String> = ["USD", "USDT", "USDC", "DAI", "FDUSD", "TUSD", "BUSD"]

    /// Index of a coin in USD, or nil when unknown (stablecoins default to 1).
    public func index(of coin: String) -> Double? {
        if let price = indexUSD[coin] { return price }
        return MarketState.stablecoins.contains(coin) ? 1 : nil
    }

    /// Forward for an instrument's expiry, USD (see the type's doc for the fallbacks).
    public func forward(for instrument: Instrument) -> Double? {
        if let symbol = instrument.forwardSymbol {
            if let forward = forwardsUSD[symbol] { return forward }
            if let mark = marksUSD[symbol] { return mark }
        }
        return index(of: instrument.underlying)
    }

    /// This state with every price of `underlying` (index, the marks of `instruments` on it and of
    /// their forwards' futures, and forwards) multiplied by `factor`. Other prices are held.
    public func scaling(underlying: String, by factor: Double, instruments: [Instrument]) -> MarketState {
        var result = self
        result.scale(movingPrices(underlying: underlying, instruments: instruments), by: factor, from: self)
        return result
    }

    /// The marks and forwards that move with `underlying` (those of `instruments` on it that
    /// this market prices), for repeated scaling without searching again.
    public func movingPrices(underlying: String, instruments: [Instrument]) -> MovingPrices {
        var marks: Set<String> = []
        var forwards: Set<String> = []
        for instrument in instruments where instrument.underlying == underlying {
            for symbol in [instrument.name, instrument.forwardSymbol].compactMap({ $0 }) where marksUSD[symbol] != nil {
                marks.insert(symbol)
            }
            if let symbol = instrument.forwardSymbol, forwardsUSD[symbol] != nil { forwards.insert(symbol) }
        }
        return MovingPrices(underlying: underlying, marks: marks.sorted(), forwards: forwards.sorted())
    }

    /// Sets this market's `moving` prices to `base`'s multiplied by `factor` (index, marks, forwards).
    public mutating func scale(_ moving: MovingPrices, by factor: Double, from base: MarketState) {
        if let index = base.indexUSD[moving.underlying] { indexUSD[moving.underlying] = index * factor }
        for symbol in moving.marks { if let mark = base.marksUSD[symbol] { marksUSD[symbol] = mark * factor } }
        for symbol in moving.forwards { if let forward = base.forwardsUSD[symbol] { forwardsUSD[symbol] = forward * factor } }
    }
}

/// The prices of a market that move with one underlying (see `MarketState.movingPrices`).
public struct MovingPrices: Sendable, Equatable {
    public var underlying: String
    public var marks: [String]
    public var forwards: [String]
}

/// One change to the market, as a feed delivers it (prices USD, vols fractions).
public enum PriceUpdate: Sendable, Equatable {
    /// Index of a coin (`BTC`), USD.
    case index(coin: String, usd: Double)
    /// Mark of an instrument (perp, future, spot), USD; for an expiry symbol such as `BTC-27MAR26`
    /// this is also the forward of its options.
    case mark(symbol: String, usd: Double)
    /// Implied vol of an option, fraction.
    case impliedVol(symbol: String, vol: Double)
    /// Forward of an expiry (`BTC-27MAR26`), USD.
    case forward(symbol: String, usd: Double)
}

extension MarketState {
    /// Applies an update in place.
    public mutating func apply(_ update: PriceUpdate) {
        switch update {
        case .index(let coin, let usd): indexUSD[coin] = usd
        case .mark(let symbol, let usd): marksUSD[symbol] = usd
        case .impliedVol(let symbol, let vol): impliedVols[symbol] = vol
        case .forward(let symbol, let usd): forwardsUSD[symbol] = usd
        }
    }
}

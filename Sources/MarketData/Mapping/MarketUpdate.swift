/// One simple market-state change derived from a `PriceEvent` by a `SymbolMap`.
public enum MarketUpdate: Sendable, Hashable {
    /// Index (spot reference) price of an underlying (`"BTC"`), USD.
    case index(underlying: String, usd: Double)
    /// Mark price of a book instrument (`"BTC-PERPETUAL"`, `"BTCUSDT"`, an option), USD.
    case mark(instrument: String, usd: Double)
    /// Implied volatility of an option, fraction per year.
    case iv(instrument: String, fraction: Double)
    /// Forward (underlying future) price an option is priced on, USD.
    case forward(instrument: String, usd: Double)
}

/// One observation of one symbol at one instant, as read from a tape, a tailed file or the simulator.
///
/// Every price is optional: a source fills only what it knows (a trade fills `last`, a ticker fills
/// `mark`/`index`/`last`, an option chain fills `mark`, `iv`, `underlyingPrice`, …).
///
/// Units:
/// - `timestampMicros`: microseconds since 1970-01-01T00:00:00Z (UTC).
/// - `mark`, `index`, `last`, `bid`, `ask`, `underlyingPrice`: USD per unit of the instrument.
///   Sources that quote inverse options in coin (Deribit, Tardis `options_chain`) are converted to
///   USD by multiplying by the row's underlying (forward) price — Deribit's convention
///   `coin price = USD price ÷ forward`, so `mark / underlyingPrice` gives the coin mark back.
/// - `iv`: implied volatility as a fraction per year (0.55 = 55 %).
/// - `underlyingPrice`: the forward / underlying future price the option is priced on (USD).
///
/// ```swift
/// let tick = PriceEvent(timestampMicros: 1_700_000_000_000_000, symbol: "BTC-PERPETUAL",
///                       mark: 36_512.5, index: 36_498.1)
/// ```
public struct PriceEvent: Sendable, Hashable {
    /// Event time, microseconds since the Unix epoch (UTC).
    public var timestampMicros: Int64
    /// Exchange symbol as it appears in the source (validated: no control characters, valid UTF-8).
    public var symbol: String
    /// Mark price, USD.
    public var mark: Double?
    /// Index (spot reference) price of the underlying, USD.
    public var index: Double?
    /// Last traded price, USD.
    public var last: Double?
    /// Implied volatility, fraction per year (0.55 = 55 %).
    public var iv: Double?
    /// Best bid, USD.
    public var bid: Double?
    /// Best ask, USD.
    public var ask: Double?
    /// Underlying / forward price used to price an option, USD.
    public var underlyingPrice: Double?

    public init(
        timestampMicros: Int64, symbol: String,
        mark: Double? = nil, index: Double? = nil, last: Double? = nil, iv: Double? = nil,
        bid: Double? = nil, ask: Double? = nil, underlyingPrice: Double? = nil
    ) {
        self.timestampMicros = timestampMicros
        self.symbol = symbol
        self.mark = mark
        self.index = index
        self.last = last
        self.iv = iv
        self.bid = bid
        self.ask = ask
        self.underlyingPrice = underlyingPrice
    }
}

extension PriceEvent {
    /// The price fields in a fixed order, used by the validator and the native writer.
    /// Indices: 0 mark, 1 index, 2 last, 3 iv, 4 bid, 5 ask, 6 underlying.
    static let fieldNames: [String] = ["mark", "index", "last", "iv", "bid", "ask", "underlying"]

    func field(at position: Int) -> Double? {
        switch position {
        case 0: return mark
        case 1: return index
        case 2: return last
        case 3: return iv
        case 4: return bid
        case 5: return ask
        default: return underlyingPrice
        }
    }

    mutating func setField(at position: Int, to value: Double?) {
        switch position {
        case 0: mark = value
        case 1: index = value
        case 2: last = value
        case 3: iv = value
        case 4: bid = value
        case 5: ask = value
        default: underlyingPrice = value
        }
    }
}

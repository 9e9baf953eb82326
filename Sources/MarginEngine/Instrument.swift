/// How a contract settles: in the underlying coin (inverse) or in a USD stablecoin (linear).
public enum Settlement: String, Sendable, Hashable, Codable {
    /// Coin-margined: PnL and premium in the underlying coin (Deribit's BTC-PERPETUAL, BTC options).
    case inverse
    /// USD-margined: PnL and premium in USD/USDT/USDC (Binance BTCUSDT, Deribit BTC_USDC-…).
    case linear
}

/// Call or put.
public enum OptionRight: String, Sendable, Hashable, Codable {
    case call
    case put
}

/// What kind of contract an instrument is.
public enum InstrumentKind: Sendable, Hashable {
    /// A spot balance in a coin (size in coin, no margin requirement of its own).
    case spot
    /// A perpetual swap.
    case perpetual
    /// A dated future expiring at `expiryMicros` (08:00 UTC on the named date).
    case future(expiryMicros: Int64)
    /// A European option on the forward for `expiryMicros`.
    case option(expiryMicros: Int64, strikeUSD: Double, right: OptionRight)
}

/// A tradable instrument, parsed from its exchange name.
///
/// Size units follow DESIGN §3: inverse perps and futures are sized in USD notional; linear contracts,
/// options and spot in coin (one option contract = one coin).
public struct Instrument: Sendable, Hashable {
    /// Exchange name, e.g. `BTC-PERPETUAL`, `BTC-27MAR26-90000-C`, `BTCUSDT`.
    public let name: String
    /// Underlying coin, e.g. `BTC`.
    public let underlying: String
    /// Settlement currency: the coin for inverse contracts, else `USD`, `USDC` or `USDT`.
    public let settlementCurrency: String
    public let kind: InstrumentKind
    public let settlement: Settlement
    /// The catalogue family this instrument belongs to, used to find its margin schedule when the
    /// catalogue has no entry for the exact name: `inverse_perpetual`, `inverse_future`,
    /// `linear_perpetual`, `linear_future`, `usdt_perpetual`, `inverse_option`, `linear_option`, `spot`.
    public let family: String
    /// Expiry code as written in the name (`27MAR26`), when dated.
    public let expiryCode: String?

    public init(name: String, underlying: String, settlementCurrency: String, kind: InstrumentKind,
                settlement: Settlement, family: String, expiryCode: String?) {
        self.name = name
        self.underlying = underlying
        self.settlementCurrency = settlementCurrency
        self.kind = kind
        self.settlement = settlement
        self.family = family
        self.expiryCode = expiryCode
    }

    /// Expiry in µs UTC for futures and options; nil for perpetuals and spot.
    public var expiryMicros: Int64? {
        switch kind {
        case .future(let expiry): return expiry
        case .option(let expiry, _, _): return expiry
        case .spot, .perpetual: return nil
        }
    }

    public var isOption: Bool {
        if case .option = kind { return true }
        return false
    }

    /// True for perpetuals and dated futures (delta-one contracts with a margin schedule).
    public var isFutureLike: Bool {
        switch kind {
        case .perpetual, .future: return true
        case .spot, .option: return false
        }
    }

    /// Symbol of the forward an option (or future) is priced on: the inverse future of the same
    /// underlying and expiry, e.g. `BTC-27MAR26`; nil for perpetuals and spot.
    public var forwardSymbol: String? {
        guard let code = expiryCode else { return nil }
        return "\(underlying)-\(code)"
    }

    /// The index symbol of the underlying, e.g. `BTC-USD`.
    public var indexSymbol: String { "\(underlying)-USD" }
}

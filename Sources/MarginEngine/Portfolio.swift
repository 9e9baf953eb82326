/// One position in an account.
///
/// Units (DESIGN §3): `size` is USD notional for inverse perpetuals and futures, coin for linear
/// contracts, options (1 contract = 1 coin) and spot; positive = long, negative = short.
/// `entryPrice` is USD for futures, perpetuals and spot, coin for inverse options (Deribit quotes
/// them in coin) and USD for linear options.
public struct Position: Sendable, Equatable {
    public var instrument: Instrument
    public var size: Double
    public var entryPrice: Double
    /// Leverage chosen for a linear position (IM = notional / leverage); nil: the catalogue default.
    public var leverage: Double?
    /// Collateral set aside for this position in isolated mode, in its settlement currency (coin for
    /// inverse contracts, USD for linear ones); nil: the position's IM at its entry price.
    public var isolatedMargin: Double?

    public init(instrument: Instrument, size: Double, entryPrice: Double, leverage: Double? = nil, isolatedMargin: Double? = nil) {
        self.instrument = instrument
        self.size = size
        self.entryPrice = entryPrice
        self.leverage = leverage
        self.isolatedMargin = isolatedMargin
    }
}

/// A collateral balance.
public struct CollateralBalance: Sendable, Equatable {
    /// Coin, e.g. `BTC`, `USDT`.
    public var coin: String
    /// Amount in that coin (may be negative for a borrowed balance).
    public var amount: Double

    public init(coin: String, amount: Double) {
        self.coin = coin
        self.amount = amount
    }
}

/// A margin account: collateral plus positions, margined together in cross and portfolio mode.
public struct Account: Sendable, Equatable {
    public var name: String
    /// Balances in a stable order (as given).
    public var collateral: [CollateralBalance]
    public var positions: [Position]
    /// The venue that holds the account and margins it by its rules (`accounts.venue`); nil: not
    /// tagged, margined as Deribit (the catalogue's own schedules), as before venues existed.
    public var venue: Venue?

    public init(name: String, collateral: [CollateralBalance], positions: [Position], venue: Venue? = nil) {
        self.name = name
        self.collateral = collateral
        self.positions = positions
        self.venue = venue
    }

    /// Underlyings of this account's positions and collateral, sorted.
    public var underlyings: [String] {
        Array(Set(positions.map(\.instrument.underlying))).sorted()
    }
}

/// A portfolio: one or more accounts.
public struct Portfolio: Sendable, Equatable {
    public var accounts: [Account]

    public init(accounts: [Account]) {
        self.accounts = accounts
    }

    /// All accounts merged into one (for group margining): collateral summed by coin, positions concatenated.
    public func combinedAccount(name: String = "group") -> Account {
        var order: [String] = []
        var totals: [String: Double] = [:]
        for account in accounts {
            for balance in account.collateral {
                if totals[balance.coin] == nil { order.append(balance.coin) }
                totals[balance.coin, default: 0] += balance.amount
            }
        }
        return Account(name: name, collateral: order.map { CollateralBalance(coin: $0, amount: totals[$0] ?? 0) },
                       positions: accounts.flatMap(\.positions))
    }
}

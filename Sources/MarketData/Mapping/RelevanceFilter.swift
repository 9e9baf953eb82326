import MarginEngine

/// Which `PriceUpdate`s a set of books can use: an index of a coin they hold or post as
/// collateral, and a mark, implied vol or forward of a symbol they read (an instrument, or an
/// option's expiry such as `BTC-27MAR26`). Prices nobody reads are dropped once, at the feed,
/// instead of in every book.
///
/// ```swift
/// let filter = RelevanceFilter(accounts: [account])
/// filter.keeps(.index(coin: "DOGE", usd: 0.4))   // false unless the account touches DOGE
/// ```
public struct RelevanceFilter: Sendable, Equatable {
    /// Instrument, expiry and option names read; nil keeps every symbol.
    public let symbols: Set<String>?
    /// Underlyings and collateral coins read; nil keeps every coin.
    public let coins: Set<String>?

    /// Keeps updates of these `symbols` and `coins` (nil: all of that kind).
    public init(symbols: Set<String>? = nil, coins: Set<String>? = nil) {
        self.symbols = symbols
        self.coins = coins
    }

    /// Keeps what `accounts`' margin depends on: each position's instrument and forward symbol,
    /// its underlying, each collateral coin. nil keeps everything.
    public init(accounts: [Account]?) {
        guard let accounts else {
            self.init()
            return
        }
        var symbols: Set<String> = []
        var coins: Set<String> = []
        for account in accounts {
            for position in account.positions {
                symbols.insert(position.instrument.name)
                if let forward = position.instrument.forwardSymbol { symbols.insert(forward) }
                coins.insert(position.instrument.underlying)
            }
            for balance in account.collateral { coins.insert(balance.coin) }
        }
        self.init(symbols: symbols, coins: coins)
    }

    /// True when some book reads the price `update` sets.
    public func keeps(_ update: PriceUpdate) -> Bool {
        switch update {
        case .index(let coin, _): coins?.contains(coin) ?? true
        case .mark(let symbol, _), .impliedVol(let symbol, _), .forward(let symbol, _): symbols?.contains(symbol) ?? true
        }
    }

    /// Removes the updates no book reads from `updates[start...]`, keeping the order.
    func removeIrrelevant(from updates: inout [PriceUpdate], startingAt start: Int) {
        guard symbols != nil || coins != nil else { return }
        var kept = start
        for position in start..<updates.count where keeps(updates[position]) {
            updates.swapAt(kept, position)
            kept += 1
        }
        updates.removeLast(updates.count - kept)
    }
}

import MarginEngine

/// Writes a book (accounts + market) in the portfolio TOML format, for `xmargin bench --save-book`
/// and for tests that need the bench's books as files.
public enum BookWriter {
    /// One account: the standard bench book (`--positions`).
    public static func toml(_ account: Account, market: MarketState, seed: UInt64) -> String {
        var out = "# xmargin bench book (seed \(seed)): \(account.positions.count) positions.\n"
        out += "as_of = \"\(UTCTime.iso8601(market.timestampMicros))\"\n"
        out += accountSection(account)
        out += marketSections(market)
        return out
    }

    /// Many accounts (`--accounts`, a ``BenchmarkAccounts``), in order, on one market.
    public static func toml(accounts: [Account], market: MarketState, seed: UInt64) -> String {
        let positions = accounts.reduce(0) { $0 + $1.positions.count }
        var out = "# xmargin bench accounts (seed \(seed)): \(accounts.count) accounts, \(positions) positions.\n"
        out += "as_of = \"\(UTCTime.iso8601(market.timestampMicros))\"\n"
        for account in accounts { out += accountSection(account) }
        out += marketSections(market)
        return out
    }

    static func accountSection(_ account: Account) -> String {
        var out = "\n[[accounts]]\nname = \"\(account.name)\"\n"
        out += "collateral = { " + account.collateral.map { "\($0.coin) = \(number($0.amount))" }.joined(separator: ", ") + " }\n"
        for position in account.positions {
            out += "\n[[accounts.positions]]\ninstrument = \"\(position.instrument.name)\"\n"
            out += "size = \(number(position.size))\nentry = \(number(position.entryPrice))\n"
            if let leverage = position.leverage { out += "leverage = \(number(leverage))\n" }
        }
        return out
    }

    static func marketSections(_ market: MarketState) -> String {
        var out = "\n[marks]\n"
        for (coin, price) in market.indexUSD.sorted(by: { $0.key < $1.key }) { out += "\"\(coin)-USD\" = \(number(price))\n" }
        for (symbol, price) in market.marksUSD.sorted(by: { $0.key < $1.key }) { out += "\"\(symbol)\" = \(number(price))\n" }
        out += "\n[forwards]\n"
        for (symbol, price) in market.forwardsUSD.sorted(by: { $0.key < $1.key }) { out += "\"\(symbol)\" = \(number(price))\n" }
        out += "\n[iv]\n"
        for (symbol, vol) in market.impliedVols.sorted(by: { $0.key < $1.key }) { out += "\"\(symbol)\" = \(number(vol))\n" }
        return out
    }

    /// Shortest round-trip decimal, always with a decimal point or exponent (a TOML float).
    public static func number(_ value: Double) -> String {
        let text = "\(value)"
        return text.contains(".") || text.contains("e") ? text : text + ".0"
    }

}

import MarginEngine

/// Writes a book (accounts + market) in the portfolio TOML format that ``PortfolioFile/parse(text:file:)``
/// reads back to the same accounts and market: for `xmargin bench --save-book`, `xmargin import`
/// and tests that need books as files.
public enum BookWriter {
    /// One account: the standard bench book (`--positions`).
    public static func toml(_ account: Account, market: MarketState, seed: UInt64) -> String {
        toml(accounts: [account], market: MarketInputs(market),
             header: "# xmargin bench book (seed \(seed)): \(account.positions.count) positions.")
    }

    /// Many accounts (`--accounts`, a `BenchmarkAccounts`), in order, on one market.
    public static func toml(accounts: [Account], market: MarketState, seed: UInt64) -> String {
        let positions = accounts.reduce(0) { $0 + $1.positions.count }
        return toml(accounts: accounts, market: MarketInputs(market),
                    header: "# xmargin bench accounts (seed \(seed)): \(accounts.count) accounts, \(positions) positions.")
    }

    /// Accounts and market inputs under a comment `header` (each line starting `#`); `as_of` is
    /// written when the market states one.
    public static func toml(accounts: [Account], market: MarketInputs, header: String) -> String {
        var out = header.isEmpty ? "" : header + "\n"
        if let asOf = market.asOfMicros { out += "as_of = \"\(UTCTime.iso8601(asOf))\"\n" }
        for account in accounts { out += accountSection(account) }
        out += marketSections(market)
        return out
    }

    static func accountSection(_ account: Account) -> String {
        var out = "\n[[accounts]]\nname = \"\(account.name)\"\n"
        let balances = account.collateral.map { "\($0.coin) = \(number($0.amount))" }.joined(separator: ", ")
        out += balances.isEmpty ? "collateral = {}\n" : "collateral = { \(balances) }\n"
        for position in account.positions {
            out += "\n[[accounts.positions]]\ninstrument = \"\(position.instrument.name)\"\n"
            out += "size = \(number(position.size))\nentry = \(number(position.entryPrice))\n"
            if let leverage = position.leverage { out += "leverage = \(number(leverage))\n" }
            if let isolated = position.isolatedMargin { out += "isolated_margin = \(number(isolated))\n" }
        }
        return out
    }

    static func marketSections(_ market: MarketInputs) -> String {
        var out = "\n[marks]\n"
        for (coin, price) in market.indexUSD.sorted(by: { $0.key < $1.key }) { out += "\"\(coin)-USD\" = \(number(price))\n" }
        for (symbol, price) in market.marks.sorted(by: { $0.key < $1.key }) { out += "\"\(symbol)\" = \(number(price))\n" }
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

extension MarketInputs {
    /// A built market as inputs: its index, perpetual/future marks, vols and forwards at its time.
    public init(_ market: MarketState) {
        self.init()
        asOfMicros = market.timestampMicros
        indexUSD = market.indexUSD
        marks = market.marksUSD
        impliedVols = market.impliedVols
        forwardsUSD = market.forwardsUSD
    }
}

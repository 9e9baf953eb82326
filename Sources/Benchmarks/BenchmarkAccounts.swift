import MarginEngine

/// The seeded many-account book of `xmargin bench --accounts N` (issue 10: a risk desk or an
/// exchange margining thousands of accounts at once). Same seed → same accounts, byte for byte.
///
/// Each account is a small ``BenchmarkBook`` of its own (5–30 positions over BTC and ETH
/// inverse, SOL and AVAX linear USDC: mostly options, some perps and futures), all on the one
/// market of the standard book (same index prices, forwards, and the same smile: an instrument held
/// by two accounts has one mark). Collateral (USDC, BTC and ETH, 40/40/20 by value after haircuts)
/// is sized so that each account starts at a chosen cross utilization (MM ÷ equity):
/// 60% of accounts at 15–55%, 23% at 55–85%, 15% near liquidation at 85–99%, and 2% already at
/// 100–105% (a desk always has a few accounts in liquidation).
public struct BenchmarkAccounts: Sendable {
    public var accounts: [Account]
    /// The market every account is valued on (the union of the accounts' books' markets).
    public var market: MarketState

    /// Positions per account.
    public static let positionsPerAccount = 5...30

    /// - Parameters: `count` accounts (≥ 1), the `seed`, and the `catalogue` whose cross margin
    ///   sets each account's starting utilization.
    public init(accounts count: Int, seed: UInt64 = 7, catalogue: Catalogue) throws(MarginError) {
        var random = SeededRandom(seed: seed)
        var market = MarketState(timestampMicros: BenchmarkBook.asOfMicros)
        let margin = StandardMargin(catalogue: catalogue)
        let width = String(max(count, 1)).count
        var accounts: [Account] = []
        accounts.reserveCapacity(max(count, 0))
        for index in 0..<max(count, 0) {
            let span = UInt64(Self.positionsPerAccount.count)
            let positions = Self.positionsPerAccount.lowerBound + Int(random.next() % span)
            let book = BenchmarkBook(positions: positions, seed: random.next())
            Self.merge(book.market, into: &market)
            let number = String(index + 1)
            var account = book.account
            account.name = "acct-" + String(repeating: "0", count: max(0, width - number.count)) + number
            account.collateral = try Self.collateral(for: account, targetUtilization: Self.targetUtilization(&random),
                                                     market: book.market, margin: margin)
            accounts.append(account)
        }
        self.accounts = accounts
        self.market = market
    }

    /// A starting cross utilization (fraction), drawn from the mix in the type's description.
    static func targetUtilization(_ random: inout SeededRandom) -> Double {
        let bucket = random.uniform()
        let within = random.uniform()
        if bucket < 0.60 { return 0.15 + 0.40 * within }
        if bucket < 0.83 { return 0.55 + 0.30 * within }
        if bucket < 0.98 { return 0.85 + 0.14 * within }
        return 1.00 + 0.05 * within
    }

    /// Collateral that puts `account` at `targetUtilization` in cross margin (at least $1,000).
    static func collateral(for account: Account, targetUtilization: Double, market: MarketState,
                           margin: StandardMargin) throws(MarginError) -> [CollateralBalance] {
        var bare = account
        bare.collateral = []
        let base = try margin.totals(bare, market: market)
        let neededUSD = base.maintenanceMarginUSD > 0 ? base.maintenanceMarginUSD / targetUtilization - base.equityUSD : 50_000
        let collateralUSD = max(1_000, neededUSD)
        let shares: [(coin: String, share: Double, step: Double)] = [("USDC", 0.4, 1), ("BTC", 0.4, 1e-4), ("ETH", 0.2, 1e-3)]
        var balances: [CollateralBalance] = []
        for (coin, share, step) in shares {
            let priceUSD = coin == "USDC" ? 1 : (market.indexUSD[coin] ?? 0)
            let valueUSD = priceUSD * (1 - margin.valuer.catalogue.haircut(for: coin))
            guard valueUSD > 0 else { continue }
            balances.append(CollateralBalance(coin: coin, amount: (share * collateralUSD / valueUSD / step).rounded() * step))
        }
        return balances
    }

    /// Adds `book`'s prices to `market` (an instrument's price is the same in every book).
    static func merge(_ book: MarketState, into market: inout MarketState) {
        market.indexUSD.merge(book.indexUSD) { current, _ in current }
        market.forwardsUSD.merge(book.forwardsUSD) { current, _ in current }
        market.marksUSD.merge(book.marksUSD) { current, _ in current }
        market.impliedVols.merge(book.impliedVols) { current, _ in current }
    }
}

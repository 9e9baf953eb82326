extension DerivePortfolioMargin {
    /// Derive's liquidation levels of `account`: the one definition (DESIGN §6, `LiquidationLevels`)
    /// under Derive's rule. Per underlying U the account holds a perpetual or option on, the
    /// factors (price ÷ current) of U's prices — index, the marks and forwards of its instruments,
    /// collateral in U — at which the account's Derive surplus, Σ over its subaccounts of
    /// mark-to-market − MM requirement (USD), reaches zero; other prices held.
    ///
    /// Only U's subaccount (``subaccounts(of:)``) is margined again at each trial: the others hold
    /// nothing that moves with U. A trial the rule rejects counts as no crossing there. Scan:
    /// `LiquidationPriceSolver`'s coarse grid (each trial revalues 31 scenarios of every option).
    public static func liquidationLevels(account: Account, market: MarketState,
                                         parameters: DeriveMarginParameters) throws(MarginError) -> [LiquidationLevels.Underlying] {
        let subaccounts = subaccounts(of: account)
        var surpluses: [Double] = []
        for subaccount in subaccounts {
            let result = try margin(account: subaccount, market: market, parameters: parameters)
            surpluses.append(result.markToMarketUSD - result.maintenanceMarginUSD)
        }
        let total = surpluses.reduce(0, +)
        var levels: [LiquidationLevels.Underlying] = []
        for (offset, subaccount) in subaccounts.enumerated() {
            let derivatives = subaccount.positions.filter { $0.instrument.kind != .spot && $0.size != 0 }
            guard let underlying = derivatives.first?.instrument.underlying else { continue }
            let others = total - surpluses[offset]
            let moving = market.movingPrices(underlying: underlying, instruments: derivatives.map(\.instrument))
            var shifted = market
            let roots = LiquidationPriceSolver.roots(scan: .coarse) { factor in
                shifted.scale(moving, by: factor, from: market)
                guard let result = try? margin(account: subaccount, market: shifted, parameters: parameters) else { return .nan }
                return others + result.markToMarketUSD - result.maintenanceMarginUSD
            }
            levels.append(LiquidationLevels.Underlying(underlying: underlying, indexUSD: market.index(of: underlying) ?? 0,
                                                       down: roots.down, up: roots.up))
        }
        let order = account.positions.map(\.instrument.underlying)
        return levels.sorted { (order.firstIndex(of: $0.underlying) ?? 0) < (order.firstIndex(of: $1.underlying) ?? 0) }
    }
}

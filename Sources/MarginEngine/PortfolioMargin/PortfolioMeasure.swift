/// Portfolio margin as a plain measure of an account — equity, IM and MM in USD — for the
/// liquidation engine, which re-margins trial accounts while choosing what to close.
///
/// Each call builds a session for the given account; the Monte Carlo draws (the expensive, fixed
/// part) are made once and reused.
public struct PortfolioMeasure: Sendable {
    public let catalogue: Catalogue
    public let history: ReturnHistory?
    let draws: MonteCarloDraws?
    /// The live daily covariance the sessions use (`LiveVolatility`); nil: the history's or defaults.
    public var liveCovariance: [[Double]]?

    public init(account: Account, market: MarketState, catalogue: Catalogue, history: ReturnHistory?) throws(MarginError) {
        self.catalogue = catalogue
        self.history = history
        draws = try PortfolioMarginSession(account: account, market: market, catalogue: catalogue, history: history).draws
    }

    /// A session for `account` at `market`, reusing the draws.
    public func session(_ account: Account, market: MarketState) throws(MarginError) -> PortfolioMarginSession {
        try PortfolioMarginSession(accounts: [account], name: account.name, market: market, catalogue: catalogue,
                                   history: history, draws: draws, liveCovariance: liveCovariance)
    }

    /// Equity, IM and MM (USD) of `account` in portfolio mode.
    public func totals(_ account: Account, market: MarketState) throws(MarginError) -> MarginTotals {
        if !account.positions.contains(where: { $0.instrument.kind != .spot }) {
            return try StandardMargin(catalogue: catalogue).totals(account, market: market)
        }
        let figures = try session(account, market: market).figures
        return MarginTotals(equityUSD: figures.equityUSD, initialMarginUSD: figures.initialMarginUSD,
                            maintenanceMarginUSD: figures.maintenanceMarginUSD)
    }

    /// `totals` as the closure the liquidation engine takes.
    public var closure: @Sendable (Account, MarketState) throws -> MarginTotals {
        let measure = self
        return { account, market in try measure.totals(account, market: market) }
    }
}

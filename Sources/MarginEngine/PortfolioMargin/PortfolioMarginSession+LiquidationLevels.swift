extension PortfolioMarginSession {
    /// The risk-based model's liquidation levels (DESIGN §6): per underlying, where portfolio
    /// equity reaches portfolio MM; every position on it (spot excepted) shows that underlying's
    /// nearest level. Positions in the combined book's order (one account: its own).
    public func liquidationLevels() -> LiquidationLevels {
        let combined = accounts.count == 1 ? accounts[0].positions : Portfolio(accounts: accounts).combinedAccount(name: name).positions
        var underlyings: [LiquidationLevels.Underlying] = []
        for position in combined where !underlyings.contains(where: { $0.underlying == position.instrument.underlying }) {
            let coin = position.instrument.underlying
            let roots = liquidationRoots(underlying: coin)
            underlyings.append(LiquidationLevels.Underlying(underlying: coin, indexUSD: market.index(of: coin) ?? 0,
                                                            down: roots.down, up: roots.up))
        }
        let positions = combined.map { position -> LiquidationLevels.PositionLevel? in
            guard LiquidationLevels.canExist(for: position, isolated: false) else { return nil }
            return underlyings.first { $0.underlying == position.instrument.underlying }?.nearest
        }
        return LiquidationLevels(underlyings: underlyings, positions: positions)
    }

    /// Factors (price ÷ current) at which portfolio equity reaches portfolio MM as every price on
    /// `underlying` (index, marks, forwards, collateral in it) is multiplied by the factor and all
    /// other prices are held. Each trial is an incremental tick of a copy of this session (that
    /// underlying's risk matrix and ES column re-evaluated), as a tape walking it would tick; the
    /// scan is the solver's coarse one (each trial costs a tick).
    public func liquidationRoots(underlying: String) -> (down: Double?, up: Double?) {
        var trial = self
        // The levels of several modes are solved at once, one core each (`RiskSession.snapshot`):
        // the trials keep to their own core.
        trial.concurrentTicks = false
        let base = market
        // The prices that move, found once; each trial rewrites only them in one market copy.
        let moving = base.movingPrices(underlying: underlying, instruments: accounts.flatMap { $0.positions.map(\.instrument) })
        var shifted = base
        return LiquidationPriceSolver.roots(scan: .coarse) { factor in
            shifted.scale(moving, by: factor, from: base)
            guard let figures = try? trial.tick(underlying: underlying, market: shifted) else { return .nan }
            return figures.equityUSD - figures.maintenanceMarginUSD
        }
    }
}

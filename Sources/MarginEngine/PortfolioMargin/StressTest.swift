/// One position under a stress scenario.
public struct StressPositionResult: Sendable, Equatable, Encodable {
    public var instrument: String
    public var size: Double
    /// Change of the position's equity contribution, USD.
    public var pnlUSD: Double
    /// Liquidated on its own in isolated mode (isolated equity ≤ its MM after the shock).
    public var liquidatedIsolated: Bool

    enum CodingKeys: String, CodingKey {
        case instrument, size
        case pnlUSD = "pnl_usd", liquidatedIsolated = "liquidated_isolated"
    }
}

/// The account in one margin mode after the shock. USD; utilization a fraction.
public struct StressModeResult: Sendable, Equatable, Encodable {
    public var mode: MarginMode
    public var equityUSD: Double
    public var maintenanceMarginUSD: Double
    public var utilizationBefore: Double
    public var utilization: Double
    /// Utilization ≥ 100%: the account would be liquidated (cross/portfolio: all positions at risk).
    public var liquidated: Bool

    enum CodingKeys: String, CodingKey {
        case mode, utilization, liquidated
        case equityUSD = "equity_usd", maintenanceMarginUSD = "maintenance_margin_usd"
        case utilizationBefore = "utilization_before"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(mode, forKey: .mode)
        try c.encode(equityUSD, forKey: .equityUSD)
        try c.encode(maintenanceMarginUSD, forKey: .maintenanceMarginUSD)
        if utilizationBefore.isFinite { try c.encode(utilizationBefore, forKey: .utilizationBefore) } else { try c.encodeNil(forKey: .utilizationBefore) }
        if utilization.isFinite { try c.encode(utilization, forKey: .utilization) } else { try c.encodeNil(forKey: .utilization) }
        try c.encode(liquidated, forKey: .liquidated)
    }
}

/// A named stress test applied to one account (DESIGN §5.3).
public struct StressResult: Sendable, Equatable, Encodable {
    public var scenario: String
    public var description: String
    public var account: String
    public var equityBeforeUSD: Double
    public var equityAfterUSD: Double
    /// Total change of equity, USD (positions and collateral).
    public var pnlUSD: Double
    public var positions: [StressPositionResult]
    /// Cross and portfolio mode after the shock.
    public var modes: [StressModeResult]
    /// Positions liquidated in isolated mode.
    public var liquidatedIsolated: [String]

    enum CodingKeys: String, CodingKey {
        case scenario, description, account, positions, modes
        case equityBeforeUSD = "equity_before_usd", equityAfterUSD = "equity_after_usd", pnlUSD = "pnl_usd"
        case liquidatedIsolated = "liquidated_isolated"
    }
}

/// Applies named stress scenarios: prices of each coin × (1 + move) (index, marks, forwards — the
/// collateral in that coin too), option IVs × multiplier + shift; full revaluation.
public enum StressTester {
    /// The market after the shock. Stablecoins never move.
    public static func shocked(_ market: MarketState, scenario: StressScenario, instruments: [Instrument]) -> MarketState {
        var result = market
        for coin in market.indexUSD.keys.sorted() where !MarketState.stablecoins.contains(coin) {
            result = result.scaling(underlying: coin, by: 1 + scenario.priceMove(coin), instruments: instruments)
        }
        for instrument in instruments where instrument.isOption {
            guard let vol = market.impliedVols[instrument.name] else { continue }
            let coin = instrument.underlying
            result.impliedVols[instrument.name] = max(0.01, vol * scenario.volMultiplier(coin) + scenario.defaultVolShift)
        }
        return result
    }

    public static func run(_ scenario: StressScenario, account: Account, market: MarketState, catalogue: Catalogue,
                           history: ReturnHistory? = nil) throws(MarginError) -> StressResult {
        let instruments = account.positions.map(\.instrument)
        let after = shocked(market, scenario: scenario, instruments: instruments)
        let standard = StandardMargin(catalogue: catalogue)
        let isolated = try standard.report(account, market: after, mode: .isolated)
        let crossBefore = try standard.report(account, market: market, mode: .cross)
        let crossAfter = try standard.report(account, market: after, mode: .cross)
        var positions: [StressPositionResult] = []
        for (index, position) in account.positions.enumerated() {
            let before = try standard.valuer.value(position, in: market).equityContributionUSD
            let now = try standard.valuer.value(position, in: after).equityContributionUSD
            let line = isolated.positions[index]
            positions.append(StressPositionResult(instrument: position.instrument.name, size: position.size, pnlUSD: now - before,
                                                  liquidatedIsolated: (line.isolatedUtilization ?? 0) >= 1))
        }
        let portfolioBefore = try PortfolioMarginSession(account: account, market: market, catalogue: catalogue, history: history).figures
        let portfolioAfter = try PortfolioMarginSession(account: account, market: after, catalogue: catalogue, history: history).figures
        let modes = [
            StressModeResult(mode: .cross, equityUSD: crossAfter.equityUSD, maintenanceMarginUSD: crossAfter.maintenanceMarginUSD,
                             utilizationBefore: crossBefore.utilization, utilization: crossAfter.utilization,
                             liquidated: crossAfter.utilization >= 1),
            StressModeResult(mode: .portfolio, equityUSD: portfolioAfter.equityUSD,
                             maintenanceMarginUSD: portfolioAfter.maintenanceMarginUSD,
                             utilizationBefore: portfolioBefore.utilization, utilization: portfolioAfter.utilization,
                             liquidated: portfolioAfter.utilization >= 1),
        ]
        return StressResult(scenario: scenario.name, description: scenario.description, account: account.name,
                            equityBeforeUSD: crossBefore.equityUSD, equityAfterUSD: crossAfter.equityUSD,
                            pnlUSD: crossAfter.equityUSD - crossBefore.equityUSD, positions: positions, modes: modes,
                            liquidatedIsolated: positions.filter(\.liquidatedIsolated).map(\.instrument))
    }
}

/// One position's line in a margin report. Money in USD; `mark` and `entry` in the instrument's
/// quote convention (coin for inverse options, USD otherwise).
public struct PositionMarginReport: Sendable, Equatable, Encodable {
    public var instrument: String
    public var underlying: String
    /// Size: USD notional for inverse perps/futures, coin otherwise (signed).
    public var size: Double
    public var entry: Double
    public var mark: Double
    public var indexUSD: Double
    public var unrealizedPnlUSD: Double
    public var notionalUSD: Double
    /// What the position adds to account equity, USD.
    public var equityContributionUSD: Double
    public var initialMarginUSD: Double
    public var maintenanceMarginUSD: Double
    /// Price at which this position (isolated) or the account along this underlying (cross) is
    /// liquidated: the instrument's mark for perps/futures, the underlying index for options. nil: none.
    public var liquidationPrice: Double?
    /// |liquidation price / current − 1| in percent (5.0 = 5%); nil when there is no liquidation price.
    public var liquidationDistancePercent: Double?
    /// Delta in coin of the underlying.
    public var delta: Double
    /// Gamma in coin per USD.
    public var gamma: Double
    /// Vega, USD per vol point.
    public var vega: Double
    /// Theta, USD per day.
    public var theta: Double
    /// Implied vol used (options), fraction.
    public var impliedVol: Double
    /// Isolated mode only: collateral set aside for the position, USD.
    public var isolatedMarginUSD: Double?
    /// Isolated mode only: isolated margin + uPnL, USD.
    public var isolatedEquityUSD: Double?
    /// Isolated mode only: MM ÷ isolated equity, fraction.
    public var isolatedUtilization: Double?

    enum CodingKeys: String, CodingKey {
        case instrument, underlying, size, entry, mark, delta, gamma, vega, theta
        case indexUSD = "index_usd"
        case unrealizedPnlUSD = "upnl_usd"
        case notionalUSD = "notional_usd"
        case equityContributionUSD = "equity_contribution_usd"
        case initialMarginUSD = "initial_margin_usd"
        case maintenanceMarginUSD = "maintenance_margin_usd"
        case liquidationPrice = "liquidation_price"
        case liquidationDistancePercent = "liquidation_distance_pct"
        case impliedVol = "implied_vol"
        case isolatedMarginUSD = "isolated_margin_usd"
        case isolatedEquityUSD = "isolated_equity_usd"
        case isolatedUtilization = "isolated_utilization"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(instrument, forKey: .instrument)
        try c.encode(underlying, forKey: .underlying)
        try c.encode(size, forKey: .size)
        try c.encode(entry, forKey: .entry)
        try c.encode(mark, forKey: .mark)
        try c.encode(indexUSD, forKey: .indexUSD)
        try c.encode(unrealizedPnlUSD, forKey: .unrealizedPnlUSD)
        try c.encode(notionalUSD, forKey: .notionalUSD)
        try c.encode(equityContributionUSD, forKey: .equityContributionUSD)
        try c.encode(initialMarginUSD, forKey: .initialMarginUSD)
        try c.encode(maintenanceMarginUSD, forKey: .maintenanceMarginUSD)
        try c.encode(liquidationPrice, forKey: .liquidationPrice)
        try c.encode(liquidationDistancePercent, forKey: .liquidationDistancePercent)
        try c.encode(delta, forKey: .delta)
        try c.encode(gamma, forKey: .gamma)
        try c.encode(vega, forKey: .vega)
        try c.encode(theta, forKey: .theta)
        try c.encode(impliedVol, forKey: .impliedVol)
        try c.encodeIfPresent(isolatedMarginUSD, forKey: .isolatedMarginUSD)
        try c.encodeIfPresent(isolatedEquityUSD, forKey: .isolatedEquityUSD)
        try c.encodeIfPresent(isolatedUtilization, forKey: .isolatedUtilization)
    }
}

/// An account margined in one mode. Money in USD; utilization a fraction (0.42 = 42%).
public struct AccountMarginReport: Sendable, Equatable, Encodable {
    public var account: String
    public var mode: MarginMode
    /// Valuation time, µs UTC.
    public var asOfMicros: Int64
    /// Collateral value after haircuts, USD.
    public var collateralUSD: Double
    /// Collateral + uPnL of futures + option values, USD.
    public var equityUSD: Double
    public var initialMarginUSD: Double
    public var maintenanceMarginUSD: Double
    /// MM ÷ equity (fraction); +∞ when equity ≤ 0 with a margin requirement.
    public var utilization: Double
    /// Equity − IM, USD.
    public var freeCollateralUSD: Double
    public var positions: [PositionMarginReport]

    enum CodingKeys: String, CodingKey {
        case account, mode, utilization, positions
        case asOf = "as_of"
        case collateralUSD = "collateral_usd"
        case equityUSD = "equity_usd"
        case initialMarginUSD = "initial_margin_usd"
        case maintenanceMarginUSD = "maintenance_margin_usd"
        case freeCollateralUSD = "free_collateral_usd"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(account, forKey: .account)
        try c.encode(mode, forKey: .mode)
        try c.encode(UTCTime.iso8601(asOfMicros), forKey: .asOf)
        try c.encode(collateralUSD, forKey: .collateralUSD)
        try c.encode(equityUSD, forKey: .equityUSD)
        try c.encode(initialMarginUSD, forKey: .initialMarginUSD)
        try c.encode(maintenanceMarginUSD, forKey: .maintenanceMarginUSD)
        if utilization.isFinite { try c.encode(utilization, forKey: .utilization) } else { try c.encodeNil(forKey: .utilization) }
        try c.encode(freeCollateralUSD, forKey: .freeCollateralUSD)
        try c.encode(positions, forKey: .positions)
    }
}

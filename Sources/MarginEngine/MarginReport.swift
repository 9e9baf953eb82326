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
    /// This instrument's price at its liquidation level (`LiquidationLevels`, DESIGN §6): the mark
    /// for perps/futures, the underlying index for options; nil where none can exist or none lies
    /// in the scanned range.
    public var liquidationPrice: Double?
    /// Signed distance to it in percent of the current price (5.0 = 5% away; negative once past
    /// it); nil without a liquidation price.
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
    /// Isolated mode only: MM ÷ isolated equity, fraction; +∞ (JSON null) when isolated equity
    /// ≤ 0 with a requirement.
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
        try c.encodeFinite(size, forKey: .size)
        try c.encodeFinite(entry, forKey: .entry)
        try c.encodeFinite(mark, forKey: .mark)
        try c.encodeFinite(indexUSD, forKey: .indexUSD)
        try c.encodeFinite(unrealizedPnlUSD, forKey: .unrealizedPnlUSD)
        try c.encodeFinite(notionalUSD, forKey: .notionalUSD)
        try c.encodeFinite(equityContributionUSD, forKey: .equityContributionUSD)
        try c.encodeFinite(initialMarginUSD, forKey: .initialMarginUSD)
        try c.encodeFinite(maintenanceMarginUSD, forKey: .maintenanceMarginUSD)
        try c.encodeFinite(liquidationPrice, forKey: .liquidationPrice)
        try c.encodeFinite(liquidationDistancePercent, forKey: .liquidationDistancePercent)
        try c.encodeFinite(delta, forKey: .delta)
        try c.encodeFinite(gamma, forKey: .gamma)
        try c.encodeFinite(vega, forKey: .vega)
        try c.encodeFinite(theta, forKey: .theta)
        try c.encodeFinite(impliedVol, forKey: .impliedVol)
        if isolatedMarginUSD != nil { try c.encodeFinite(isolatedMarginUSD, forKey: .isolatedMarginUSD) }
        if isolatedEquityUSD != nil { try c.encodeFinite(isolatedEquityUSD, forKey: .isolatedEquityUSD) }
        if isolatedUtilization != nil { try c.encodeFinite(isolatedUtilization, forKey: .isolatedUtilization) }
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
    /// Liquidation levels per underlying (index USD), in the order the book first holds each.
    public var liquidationLevels: [LiquidationLevels.Underlying]

    /// A report whose positions (of `instruments`, in the same order) take their liquidation
    /// prices from `levels`, each in its own instrument's price (mark for perps/futures, index for
    /// options).
    public init(account: String, mode: MarginMode, asOfMicros: Int64, collateralUSD: Double, equityUSD: Double,
                initialMarginUSD: Double, maintenanceMarginUSD: Double, utilization: Double, freeCollateralUSD: Double,
                positions: [PositionMarginReport], levels: LiquidationLevels, instruments: [Instrument]) {
        self.account = account
        self.mode = mode
        self.asOfMicros = asOfMicros
        self.collateralUSD = collateralUSD
        self.equityUSD = equityUSD
        self.initialMarginUSD = initialMarginUSD
        self.maintenanceMarginUSD = maintenanceMarginUSD
        self.utilization = utilization
        self.freeCollateralUSD = freeCollateralUSD
        self.positions = positions
        self.liquidationLevels = levels.underlyings
        for index in self.positions.indices where levels.positions.indices.contains(index) && instruments.indices.contains(index) {
            guard let level = levels.positions[index] else { continue }
            let line = self.positions[index]
            let reference = instruments[index].isOption ? line.indexUSD : line.mark
            self.positions[index].liquidationPrice = reference * level.factor
            self.positions[index].liquidationDistancePercent = level.distance * 100
        }
    }

    enum CodingKeys: String, CodingKey {
        case account, mode, utilization, positions
        case asOf = "as_of"
        case collateralUSD = "collateral_usd"
        case equityUSD = "equity_usd"
        case initialMarginUSD = "initial_margin_usd"
        case maintenanceMarginUSD = "maintenance_margin_usd"
        case freeCollateralUSD = "free_collateral_usd"
        case liquidationLevels = "liquidation_levels"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(account, forKey: .account)
        try c.encode(mode, forKey: .mode)
        try c.encode(UTCTime.iso8601(asOfMicros), forKey: .asOf)
        try c.encodeFinite(collateralUSD, forKey: .collateralUSD)
        try c.encodeFinite(equityUSD, forKey: .equityUSD)
        try c.encodeFinite(initialMarginUSD, forKey: .initialMarginUSD)
        try c.encodeFinite(maintenanceMarginUSD, forKey: .maintenanceMarginUSD)
        try c.encodeFinite(utilization, forKey: .utilization)
        try c.encodeFinite(freeCollateralUSD, forKey: .freeCollateralUSD)
        try c.encode(positions, forKey: .positions)
        try c.encode(LevelsJSON(levels: liquidationLevels), forKey: .liquidationLevels)
    }
}

/// `liquidation_levels`: `{underlying: {"down": USD|null, "up": USD|null, "index_usd": USD}}`, the
/// index of each underlying at which the account (isolated: the first of its positions) reaches MM
/// going down and up; null where no level exists in the scanned range.
struct LevelsJSON: Encodable {
    var levels: [LiquidationLevels.Underlying]

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    enum Fields: String, CodingKey {
        case down, up
        case indexUSD = "index_usd"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for level in levels {
            var entry = container.nestedContainer(keyedBy: Fields.self, forKey: Key(stringValue: level.underlying))
            try entry.encodeFinite(level.downUSD, forKey: .down)
            try entry.encodeFinite(level.upUSD, forKey: .up)
            try entry.encodeFinite(level.indexUSD, forKey: .indexUSD)
        }
    }
}

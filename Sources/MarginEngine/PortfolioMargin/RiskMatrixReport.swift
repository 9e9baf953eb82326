/// One cell of a currency's risk matrix.
public struct RiskMatrixScenario: Sendable, Equatable, Encodable {
    /// Relative price move of the underlying, a fraction (−0.16 = −16%).
    public var priceMove: Double
    /// Vol shock parameter applied: +up shock, 0, −down shock (fractions before the term factor).
    public var volShock: Double
    /// An extended move (counted at `weight`, futures clipped to ± the scan range).
    public var extended: Bool
    /// Weight of the scenario: 1 for the regular matrix, min(1, range/|move|) for extended moves.
    public var weight: Double
    /// Scenario PnL in coin of the currency, after `pnl_offset` and the weight.
    public var pnlCoin: Double
    /// `pnlCoin` × index, USD.
    public var pnlUSD: Double

    enum CodingKeys: String, CodingKey {
        case extended, weight
        case priceMove = "price_move"
        case volShock = "vol_shock"
        case pnlCoin = "pnl"
        case pnlUSD = "pnl_usd"
    }
}

/// Deribit-style risk matrix result for one currency; coin amounts in the currency (BTC), USD at
/// the current index.
public struct CurrencyRiskMatrix: Sendable, Equatable, Encodable {
    public var currency: String
    public var indexUSD: Double
    /// Scan range used (fraction): max(published floor, k·σ·√h).
    public var scanRange: Double
    /// The published floor (`price_range`).
    public var scanRangeFloor: Double
    /// Daily vol (fraction) behind the dynamic range, and where it came from.
    public var dailyVol: Double
    public var scenarios: [RiskMatrixScenario]
    /// Index into `scenarios` of the worst case.
    public var worstScenario: Int
    public var worstCaseCoin: Double
    public var rollShockCoin: Double
    /// Net delta in coin (futures coin-equivalent + options' net transaction delta).
    public var netDeltaCoin: Double
    public var deltaShockCoin: Double
    public var contingenciesCoin: Double
    /// = IM: worst case (rounded to 9 decimals, as Deribit) + roll + delta shock + contingencies.
    public var riskMatrixMarginCoin: Double
    /// = mm_factor × risk_matrix_margin.
    public var maintenanceMarginCoin: Double

    public var riskMatrixMarginUSD: Double { riskMatrixMarginCoin * indexUSD }
    public var maintenanceMarginUSD: Double { maintenanceMarginCoin * indexUSD }

    enum CodingKeys: String, CodingKey {
        case currency, scenarios
        case indexUSD = "index_usd", scanRange = "scan_range", scanRangeFloor = "scan_range_floor"
        case dailyVol = "daily_vol", worstScenario = "worst_scenario"
        case worstCaseCoin = "worst_case", worstCaseUSD = "worst_case_usd"
        case rollShockCoin = "roll_shock", rollShockUSD = "roll_shock_usd"
        case netDeltaCoin = "net_delta"
        case deltaShockCoin = "delta_shock", deltaShockUSD = "delta_shock_usd"
        case contingenciesCoin = "contingencies", contingenciesUSD = "contingencies_usd"
        case riskMatrixMarginCoin = "risk_matrix_margin", riskMatrixMarginUSD = "risk_matrix_margin_usd"
        case maintenanceMarginCoin = "maintenance_margin", maintenanceMarginUSD = "maintenance_margin_usd"
        case dynamic = "dynamic_range_binding"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(currency, forKey: .currency)
        try c.encode(indexUSD, forKey: .indexUSD)
        try c.encode(scanRange, forKey: .scanRange)
        try c.encode(scanRangeFloor, forKey: .scanRangeFloor)
        try c.encode(scanRange > scanRangeFloor, forKey: .dynamic)
        try c.encode(dailyVol, forKey: .dailyVol)
        try c.encode(scenarios, forKey: .scenarios)
        try c.encode(worstScenario, forKey: .worstScenario)
        try c.encode(worstCaseCoin, forKey: .worstCaseCoin)
        try c.encode(worstCaseCoin * indexUSD, forKey: .worstCaseUSD)
        try c.encode(rollShockCoin, forKey: .rollShockCoin)
        try c.encode(rollShockCoin * indexUSD, forKey: .rollShockUSD)
        try c.encode(netDeltaCoin, forKey: .netDeltaCoin)
        try c.encode(deltaShockCoin, forKey: .deltaShockCoin)
        try c.encode(deltaShockCoin * indexUSD, forKey: .deltaShockUSD)
        try c.encode(contingenciesCoin, forKey: .contingenciesCoin)
        try c.encode(contingenciesCoin * indexUSD, forKey: .contingenciesUSD)
        try c.encode(riskMatrixMarginCoin, forKey: .riskMatrixMarginCoin)
        try c.encode(riskMatrixMarginUSD, forKey: .riskMatrixMarginUSD)
        try c.encode(maintenanceMarginCoin, forKey: .maintenanceMarginCoin)
        try c.encode(maintenanceMarginUSD, forKey: .maintenanceMarginUSD)
    }
}

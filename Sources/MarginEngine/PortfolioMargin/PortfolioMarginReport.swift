/// One position's share of the portfolio margin.
public struct PositionAttribution: Sendable, Equatable, Encodable {
    public var account: String
    public var instrument: String
    public var size: Double
    /// Euler contribution to ES: −(mean PnL over the ES tail scenarios), USD. Sums to ES.
    public var esContributionUSD: Double
    /// PnL in its currency's risk-matrix worst-case scenario (weight applied), coin and USD.
    public var worstCasePnLCoin: Double
    public var worstCasePnLUSD: Double

    enum CodingKeys: String, CodingKey {
        case account, instrument, size
        case esContributionUSD = "es_contribution_usd"
        case worstCasePnLCoin = "worst_case_pnl"
        case worstCasePnLUSD = "worst_case_pnl_usd"
    }
}

/// Expected Shortfall and VaR of the book (USD).
public struct ExpectedShortfallReport: Sendable, Equatable, Encodable {
    public var method: ScenarioMethod
    public var revaluation: RevaluationMethod
    /// Fraction (0.99).
    public var confidence: Double
    public var horizonDays: Double
    public var scenarioCount: Int
    public var varUSD: Double
    public var esUSD: Double
    /// ES × maintenance multiplier; IM = that × initial multiplier.
    public var maintenanceMarginUSD: Double
    public var initialMarginUSD: Double
    /// Daily vols used per coin (fractions).
    public var dailyVols: [String: Double]
    public var historyDays: Int
    /// Set when history was missing or too short (then catalogue defaults were used).
    public var historyNote: String?
    public var contributions: [PositionAttribution]

    enum CodingKeys: String, CodingKey {
        case method, revaluation, confidence, contributions
        case horizonDays = "horizon_days", scenarioCount = "scenarios", varUSD = "var_usd", esUSD = "es_usd"
        case maintenanceMarginUSD = "maintenance_margin_usd", initialMarginUSD = "initial_margin_usd"
        case dailyVols = "daily_vols", historyDays = "history_days", historyNote = "history_note"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(method, forKey: .method)
        try c.encode(revaluation, forKey: .revaluation)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(horizonDays, forKey: .horizonDays)
        try c.encode(scenarioCount, forKey: .scenarioCount)
        try c.encode(varUSD, forKey: .varUSD)
        try c.encode(esUSD, forKey: .esUSD)
        try c.encode(maintenanceMarginUSD, forKey: .maintenanceMarginUSD)
        try c.encode(initialMarginUSD, forKey: .initialMarginUSD)
        try c.encode(dailyVols, forKey: .dailyVols)
        try c.encode(historyDays, forKey: .historyDays)
        try c.encode(historyNote, forKey: .historyNote)
        try c.encode(contributions, forKey: .contributions)
    }
}

/// Which model sets the portfolio MM.
public enum BindingModel: String, Sendable, Equatable, Encodable {
    case riskMatrix = "risk_matrix"
    case expectedShortfall = "expected_shortfall"
}

/// The cheap totals of a portfolio-margin computation (what an incremental tick returns). USD.
public struct PortfolioMarginFigures: Sendable, Equatable, Encodable {
    public var equityUSD: Double
    /// max(risk-matrix IM, ES IM) + liquidity add-on.
    public var initialMarginUSD: Double
    /// max(risk-matrix MM, ES MM) + liquidity add-on.
    public var maintenanceMarginUSD: Double
    /// MM ÷ equity, fraction (+∞ when equity ≤ 0 with a requirement).
    public var utilization: Double
    public var riskMatrixInitialMarginUSD: Double
    public var riskMatrixMaintenanceMarginUSD: Double
    public var esMaintenanceMarginUSD: Double
    public var esInitialMarginUSD: Double
    public var liquidityAddOnUSD: Double
    public var varUSD: Double
    public var esUSD: Double
    public var binding: BindingModel

    enum CodingKeys: String, CodingKey {
        case binding
        case equityUSD = "equity_usd", initialMarginUSD = "initial_margin_usd"
        case maintenanceMarginUSD = "maintenance_margin_usd", utilization
        case riskMatrixInitialMarginUSD = "risk_matrix_initial_margin_usd"
        case riskMatrixMaintenanceMarginUSD = "risk_matrix_maintenance_margin_usd"
        case esMaintenanceMarginUSD = "es_maintenance_margin_usd", esInitialMarginUSD = "es_initial_margin_usd"
        case liquidityAddOnUSD = "liquidity_add_on_usd", varUSD = "var_usd", esUSD = "es_usd"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(binding, forKey: .binding)
        try c.encode(equityUSD, forKey: .equityUSD)
        try c.encode(initialMarginUSD, forKey: .initialMarginUSD)
        try c.encode(maintenanceMarginUSD, forKey: .maintenanceMarginUSD)
        if utilization.isFinite { try c.encode(utilization, forKey: .utilization) } else { try c.encodeNil(forKey: .utilization) }
        try c.encode(riskMatrixInitialMarginUSD, forKey: .riskMatrixInitialMarginUSD)
        try c.encode(riskMatrixMaintenanceMarginUSD, forKey: .riskMatrixMaintenanceMarginUSD)
        try c.encode(esMaintenanceMarginUSD, forKey: .esMaintenanceMarginUSD)
        try c.encode(esInitialMarginUSD, forKey: .esInitialMarginUSD)
        try c.encode(liquidityAddOnUSD, forKey: .liquidityAddOnUSD)
        try c.encode(varUSD, forKey: .varUSD)
        try c.encode(esUSD, forKey: .esUSD)
    }
}

/// The portfolio-margin detail: what `xmargin margin --mode portfolio --json` prints under `portfolio`.
public struct PortfolioMarginDetail: Sendable, Equatable, Encodable {
    public var figures: PortfolioMarginFigures
    public var riskMatrix: [CurrencyRiskMatrix]
    public var expectedShortfall: ExpectedShortfallReport
    public var liquidity: LiquidityAddOnReport

    enum CodingKeys: String, CodingKey {
        case binding, liquidity
        case riskMatrix = "risk_matrix", expectedShortfall = "es", figures = "totals"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(figures.binding, forKey: .binding)
        try c.encode(figures, forKey: .figures)
        try c.encode(riskMatrix, forKey: .riskMatrix)
        try c.encode(expectedShortfall, forKey: .expectedShortfall)
        try c.encode(liquidity, forKey: .liquidity)
    }
}

/// A portfolio-margin report: the account in portfolio mode (equity, IM, MM, utilization, position
/// lines) and the model detail.
public struct PortfolioMarginReport: Sendable, Equatable {
    public var account: AccountMarginReport
    public var detail: PortfolioMarginDetail
}

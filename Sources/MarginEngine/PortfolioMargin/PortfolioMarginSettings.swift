/// How joint scenarios for Expected Shortfall are produced (DESIGN §5.3).
public enum ScenarioMethod: String, Sendable, Equatable, Codable {
    /// Filtered historical simulation: EWMA-scaled historical returns, dates aligned across assets.
    case filteredHistorical = "filtered_historical"
    /// Monte Carlo: multivariate Student-t (or normal) with the EWMA covariance.
    case monteCarlo = "monte_carlo"
}

/// How options are revalued on the ES scenarios.
public enum RevaluationMethod: String, Sendable, Equatable, Codable {
    /// Per underlying, exact Black-76 values and deltas on a grid of returns, cubic Hermite
    /// interpolation between nodes (the fast path, DESIGN §11).
    case grid
    /// Full Black-76 of every option on every scenario (the reference).
    case full
}

/// Expected Shortfall settings, in the style of CME SPAN 2 and OCC STANS (DESIGN §5.3).
public struct ExpectedShortfallSettings: Sendable, Equatable {
    public var method: ScenarioMethod
    /// Confidence level, a fraction (0.99).
    public var confidence: Double
    /// Liquidation horizon in days (1).
    public var horizonDays: Double
    /// EWMA decay λ (0.94, RiskMetrics).
    public var lambda: Double
    /// Student-t degrees of freedom for Monte Carlo; 0 means normal. Must be > 2 otherwise.
    public var degreesOfFreedom: Double
    /// Monte Carlo scenario count (10,000).
    public var scenarioCount: Int
    /// Seed of the Monte Carlo draws (reports are reproducible for a seed).
    public var seed: UInt64
    /// Fewest aligned daily returns for history-based vols, correlations and FHS (30).
    public var minimumHistoryDays: Int
    /// How options are revalued.
    public var revaluation: RevaluationMethod
    /// Grid nodes per underlying for `.grid` revaluation (24).
    public var gridNodes: Int
    /// ES MM = ES × this (1); ES IM = ES MM × `initialMultiplier` (1.25, the inverse of Deribit's 0.8).
    public var maintenanceMultiplier: Double
    public var initialMultiplier: Double

    public init(method: ScenarioMethod = .monteCarlo, confidence: Double = 0.99, horizonDays: Double = 1,
                lambda: Double = 0.94, degreesOfFreedom: Double = 5, scenarioCount: Int = 10_000, seed: UInt64 = 42,
                minimumHistoryDays: Int = 30, revaluation: RevaluationMethod = .grid, gridNodes: Int = 24,
                maintenanceMultiplier: Double = 1, initialMultiplier: Double = 1.25) {
        self.method = method
        self.confidence = confidence
        self.horizonDays = horizonDays
        self.lambda = lambda
        self.degreesOfFreedom = degreesOfFreedom
        self.scenarioCount = scenarioCount
        self.seed = seed
        self.minimumHistoryDays = minimumHistoryDays
        self.revaluation = revaluation
        self.gridNodes = gridNodes
        self.maintenanceMultiplier = maintenanceMultiplier
        self.initialMultiplier = initialMultiplier
    }
}

/// Vols and correlations used when the history is too short (documented assumptions, not data).
public struct MarketDefaults: Sendable, Equatable {
    /// Annualised vol per coin (fraction, 365-day year); `defaultVol` for others.
    public var annualVols: [String: Double]
    public var defaultVol: Double
    /// Correlation per pair, keyed `"BTC/ETH"` (either order); `defaultCorrelation` for others.
    public var correlations: [String: Double]
    public var defaultCorrelation: Double

    public init(annualVols: [String: Double] = ["BTC": 0.6, "ETH": 0.75], defaultVol: Double = 0.9,
                correlations: [String: Double] = ["BTC/ETH": 0.85], defaultCorrelation: Double = 0.7) {
        self.annualVols = annualVols
        self.defaultVol = defaultVol
        self.correlations = correlations
        self.defaultCorrelation = defaultCorrelation
    }

    public func annualVol(_ coin: String) -> Double { annualVols[coin] ?? defaultVol }

    public func correlation(_ a: String, _ b: String) -> Double {
        if a == b { return 1 }
        return correlations["\(a)/\(b)"] ?? correlations["\(b)/\(a)"] ?? defaultCorrelation
    }
}

/// Dynamic scan range: `range = max(price_range, k·σ_EWMA,daily·√horizon)` (DESIGN §5.3), so the
/// risk matrix widens when realised vol spikes.
public struct DynamicRangeSettings: Sendable, Equatable {
    /// k (4): a 4-σ daily move. An assumption, chosen so that calm markets stay on the published floor.
    public var multiplier: Double
    /// Horizon in days (1).
    public var horizonDays: Double
    /// Largest scan range, a fraction (0.66: the extended scenarios' largest fall; an assumption
    /// that keeps the grid's prices positive however violent the realised vol).
    public var maximum: Double

    public init(multiplier: Double = 4, horizonDays: Double = 1, maximum: Double = 0.66) {
        self.multiplier = multiplier
        self.horizonDays = horizonDays
        self.maximum = maximum
    }

    /// The scan range for a currency with published range `floor` and daily vol `sigma` (fractions):
    /// `min(max(floor, k·σ·√horizon), max(floor, maximum))`.
    public func range(floor: Double, dailyVol sigma: Double) -> Double {
        let dynamic = multiplier * sigma * max(horizonDays, 0).squareRoot()
        let value = max(floor, dynamic.isFinite ? dynamic : floor)
        return min(value, max(floor, maximum))
    }
}

/// Liquidity (concentration) add-on, in the spirit of CME SPAN 2's liquidity charge and OCC's
/// liquidation-cost add-on, with the square-root impact law (Almgren et al. 2005; Tóth et al. 2011):
/// for an instrument with net notional Q (USD) and daily volume V (USD), participation p = Q/V;
/// charge (USD) = Q · Y · σ_daily · (√p − √threshold) when p > threshold, else 0.
public struct LiquiditySettings: Sendable, Equatable {
    /// Participation below which no charge applies, a fraction (0.01 = 1% of a day's volume).
    public var participationThreshold: Double
    /// Y, the impact coefficient (≈ 1 in the empirical literature).
    public var impactCoefficient: Double
    /// Daily volume in USD by instrument name, `UNDERLYING:family` or underlying (looked up in that
    /// order). Instruments with none get no charge.
    public var dailyVolumeUSD: [String: Double]

    public init(participationThreshold: Double = 0.01, impactCoefficient: Double = 1,
                dailyVolumeUSD: [String: Double] = [:]) {
        self.participationThreshold = participationThreshold
        self.impactCoefficient = impactCoefficient
        self.dailyVolumeUSD = dailyVolumeUSD
    }

    /// Daily volume for an instrument, USD, or nil.
    public func volume(for instrument: Instrument) -> Double? {
        dailyVolumeUSD[instrument.name] ?? dailyVolumeUSD["\(instrument.underlying):\(instrument.family)"]
            ?? dailyVolumeUSD[instrument.underlying]
    }
}

/// A named stress test: relative price moves and vol shocks per underlying (DESIGN §5.3).
public struct StressScenario: Sendable, Equatable {
    public var name: String
    public var description: String
    /// Relative price move per coin (−0.39 = −39%); `defaultPriceMove` for others.
    public var priceMoves: [String: Double]
    public var defaultPriceMove: Double
    /// IVs become IV × multiplier + shift (fractions); per coin, else the defaults.
    public var volMultipliers: [String: Double]
    public var defaultVolMultiplier: Double
    public var defaultVolShift: Double

    public init(name: String, description: String = "", priceMoves: [String: Double] = [:], defaultPriceMove: Double = 0,
                volMultipliers: [String: Double] = [:], defaultVolMultiplier: Double = 1, defaultVolShift: Double = 0) {
        self.name = name
        self.description = description
        self.priceMoves = priceMoves
        self.defaultPriceMove = defaultPriceMove
        self.volMultipliers = volMultipliers
        self.defaultVolMultiplier = defaultVolMultiplier
        self.defaultVolShift = defaultVolShift
    }

    public func priceMove(_ coin: String) -> Double { priceMoves[coin] ?? defaultPriceMove }
    public func volMultiplier(_ coin: String) -> Double { volMultipliers[coin] ?? defaultVolMultiplier }
}

/// A stress matrix for one underlying: book PnL (USD) for each vol scenario × price move.
public struct StressMatrixModel: Sendable, Equatable {
    /// e.g. `BTC`.
    public var underlying: String
    /// Relative price moves as fractions, left to right, e.g. `[-0.16, -0.12, …, 0.16]`.
    public var priceMoves: [Double]
    /// Vol scenario labels, top to bottom, e.g. `["vol+", "vol=", "vol-"]`.
    public var volScenarios: [String]
    /// `pnlUSD[volIndex][moveIndex]`.
    public var pnlUSD: [[Double]]
    /// The daily vol the matrix used (the session's live EWMA estimate), a fraction; nil: unknown.
    public var dailyVol: Double?
    /// The scan range (largest price move), a fraction, and its published floor.
    public var scanRange: Double?
    public var scanRangeFloor: Double?

    public init(underlying: String, priceMoves: [Double], volScenarios: [String], pnlUSD: [[Double]],
                dailyVol: Double? = nil, scanRange: Double? = nil, scanRangeFloor: Double? = nil) {
        self.underlying = underlying
        self.priceMoves = priceMoves
        self.volScenarios = volScenarios
        self.pnlUSD = pnlUSD
        self.dailyVol = dailyVol
        self.scanRange = scanRange
        self.scanRangeFloor = scanRangeFloor
    }
}

/// One position's Euler contribution to Expected Shortfall.
public struct ExpectedShortfallContributor: Sendable, Equatable {
    public var instrument: String
    /// Its mean loss over the tail scenarios (positive = adds to ES), USD.
    public var contributionUSD: Double

    public init(instrument: String, contributionUSD: Double) {
        self.instrument = instrument
        self.contributionUSD = contributionUSD
    }
}

/// The risk pane: stress matrices, VaR/ES, what binds portfolio margin, top ES contributors.
/// The three-modes comparison is taken from ``HeaderModel/figures``.
public struct RiskModel: Sendable, Equatable {
    /// One per underlying; the pane shows the one of the position under the cursor.
    public var stressMatrices: [StressMatrixModel]
    /// e.g. 0.99.
    public var confidence: Double
    /// e.g. `1d`.
    public var horizon: String
    public var valueAtRiskUSD: Double
    public var expectedShortfallUSD: Double
    /// Portfolio MM from the risk matrix and from ES; the larger binds.
    public var riskMatrixMarginUSD: Double
    public var expectedShortfallMarginUSD: Double
    /// Largest contributors first.
    public var contributors: [ExpectedShortfallContributor]

    public init(stressMatrices: [StressMatrixModel], confidence: Double, horizon: String, valueAtRiskUSD: Double,
                expectedShortfallUSD: Double, riskMatrixMarginUSD: Double, expectedShortfallMarginUSD: Double,
                contributors: [ExpectedShortfallContributor]) {
        self.stressMatrices = stressMatrices
        self.confidence = confidence
        self.horizon = horizon
        self.valueAtRiskUSD = valueAtRiskUSD
        self.expectedShortfallUSD = expectedShortfallUSD
        self.riskMatrixMarginUSD = riskMatrixMarginUSD
        self.expectedShortfallMarginUSD = expectedShortfallMarginUSD
        self.contributors = contributors
    }

    /// Which component binds portfolio MM: `risk matrix` or `ES`.
    public var bindingComponent: String {
        riskMatrixMarginUSD >= expectedShortfallMarginUSD ? "risk matrix" : "ES"
    }
}

/// Joint scenarios for all underlyings over the liquidation horizon: relative price moves per
/// coin (`moves[u][k]` is coin `underlyings[u]`'s move in scenario k, a fraction), and the daily
/// vols and correlations they came from.
public struct ScenarioSet: Sendable, Equatable {
    public var underlyings: [String]
    public var moves: [[Double]]
    /// Method actually used (FHS falls back to Monte Carlo when history is too short).
    public var method: ScenarioMethod
    /// Daily vol per coin (fraction): today's EWMA vol from history, or the catalogue default ÷ √365.
    public var dailyVols: [String: Double]
    /// Why history was not used (or other caveats); nil when it was used as asked.
    public var historyNote: String?
    /// Aligned daily returns used from the history (0 when none).
    public var historyDays: Int
    /// The daily covariance the scenarios were drawn with (rows in `underlyings` order): the
    /// history's EWMA, the catalogue's defaults, or a live estimate. What `LiveVolatility` seeds from.
    public var dailyCovariance: [[Double]]

    public init(underlyings: [String], moves: [[Double]], method: ScenarioMethod, dailyVols: [String: Double],
                historyNote: String?, historyDays: Int, dailyCovariance: [[Double]] = []) {
        self.dailyCovariance = dailyCovariance
        self.underlyings = underlyings
        self.moves = moves
        self.method = method
        self.dailyVols = dailyVols
        self.historyNote = historyNote
        self.historyDays = historyDays
    }

    public var count: Int { moves.first?.count ?? 0 }
}

/// Standard Monte Carlo draws, cached per (seed, count, dimension, ν): independent standard normals
/// and the Student-t mixing factor √((ν−2)/W), W ~ χ²(ν) (1 for normal draws). They depend on
/// nothing else, so a tick or a new covariance reuses them.
public struct MonteCarloDraws: Sendable, Equatable {
    public let seed: UInt64
    public let count: Int
    public let dimension: Int
    public let degreesOfFreedom: Double
    /// normals[u][k].
    public let normals: [[Double]]
    public let mixing: [Double]

    public init(seed: UInt64, count: Int, dimension: Int, degreesOfFreedom: Double) {
        self.seed = seed
        self.count = count
        self.dimension = dimension
        self.degreesOfFreedom = degreesOfFreedom
        var random = SeededRandom(seed: seed)
        var normals = Array(repeating: [Double](repeating: 0, count: count), count: dimension)
        var mixing = [Double](repeating: 1, count: count)
        for k in 0..<count {
            for u in 0..<dimension { normals[u][k] = random.normal() }
            if degreesOfFreedom > 2 {
                let w = random.chiSquared(degreesOfFreedom: degreesOfFreedom)
                mixing[k] = ((degreesOfFreedom - 2) / max(w, 1e-300)).squareRoot()
            }
        }
        self.normals = normals
        self.mixing = mixing
    }

    func matches(seed: UInt64, count: Int, dimension: Int, degreesOfFreedom: Double) -> Bool {
        self.seed == seed && self.count == count && self.dimension == dimension && self.degreesOfFreedom == degreesOfFreedom
    }
}

import RealModule

/// How the live session estimates volatility from its own feed (issue 10: dynamic margin that
/// follows the market): index prices sampled every `sampleSeconds` of tape time, an exponentially
/// weighted covariance of the log returns (RiskMetrics' recursion, J.P. Morgan 1996) with a decay
/// per sample set by `halfLifeHours`, scaled to one day. Defaults are assumptions: one-minute
/// samples and a one-day half-life, so an intraday crash lifts the vol within the hour while one
/// quiet day halves the memory of a storm (RiskMetrics' daily λ = 0.94 has an 11-day half-life —
/// too slow for a live screen).
public struct LiveVolatilitySettings: Sendable, Equatable {
    /// Off: the session keeps the vols it started with (history or catalogue defaults).
    public var enabled: Bool
    /// Tape time between samples, seconds (> 0).
    public var sampleSeconds: Double
    /// Time for a return's weight to halve, hours (> 0).
    public var halfLifeHours: Double
    /// Relative change of any daily vol (or absolute change of any correlation) since the vols were
    /// last applied that makes the session re-margin with the new ones (0.005 = 0.5%).
    public var applyThreshold: Double

    public init(enabled: Bool = true, sampleSeconds: Double = 60, halfLifeHours: Double = 24, applyThreshold: Double = 0.005) {
        self.enabled = enabled
        self.sampleSeconds = sampleSeconds
        self.halfLifeHours = halfLifeHours
        self.applyThreshold = applyThreshold
    }

    /// The decay per sample, λ = 2^(−sample / half-life) (a fraction in (0, 1)).
    public var lambda: Double { Double.exp2(-sampleSeconds / (halfLifeHours * 3600)) }
}

/// A session's own estimate of the daily covariance of its underlyings' index log returns.
///
/// Every `sampleSeconds` of tape time the return since the last sample, `r = ln(P/P₀)`, is
/// normalised to one sample interval (`r·√(Δ/elapsed)` when the tape skipped time) and the daily
/// covariance is updated: `C ← λ·C + (1 − λ)·rᵢ·rⱼ·(86,400/Δ)`. An underlying whose index did not
/// change between two samples is treated as not observed (a real feed always moves): its row and
/// column keep their values. Seeded with the covariance the session started from (EWMA of
/// `--history`, or the catalogue's default vols and correlations), so the estimate starts where
/// the static model stands and moves away only as the tape does.
public struct LiveVolatility: Sendable, Equatable {
    public let settings: LiveVolatilitySettings
    /// Coins, in the order of `dailyCovariance`'s rows.
    public let underlyings: [String]
    /// Daily covariance of log returns (fraction² per day).
    public private(set) var dailyCovariance: [[Double]]
    /// Samples taken so far.
    public private(set) var samples = 0
    var lastPrices: [Double]
    var lastSampleMicros: Int64?

    public init(underlyings: [String], dailyCovariance: [[Double]], settings: LiveVolatilitySettings) {
        self.settings = settings
        self.underlyings = underlyings
        self.dailyCovariance = dailyCovariance
        lastPrices = Array(repeating: .nan, count: underlyings.count)
    }

    /// Daily vol of `coin` (fraction), nil for a coin not tracked.
    public func dailyVol(_ coin: String) -> Double? {
        guard let index = underlyings.firstIndex(of: coin) else { return nil }
        return max(0, dailyCovariance[index][index]).squareRoot()
    }

    /// Whether `observe(micros:indexUSD:)` would read prices at `micros`: the first observation, or
    /// `sampleSeconds` of tape time after the last sample (cheap; callers skip fetching prices otherwise).
    public func isSampleDue(at micros: Int64) -> Bool {
        let interval = settings.sampleSeconds * 1e6
        guard settings.enabled, interval > 0, interval.isFinite else { return false }
        guard let last = lastSampleMicros else { return true }
        let (gap, overflow) = micros.subtractingReportingOverflow(last)
        return !overflow && Double(gap) >= interval
    }

    /// Observes the index prices (USD) at tape time `micros`; takes a sample when `sampleSeconds`
    /// have passed since the last one. Returns whether the covariance changed.
    public mutating func observe(micros: Int64, indexUSD: (String) -> Double?) -> Bool {
        guard isSampleDue(at: micros) else { return false }
        guard let last = lastSampleMicros else {
            start(micros: micros, indexUSD: indexUSD)
            return false
        }
        let interval = settings.sampleSeconds * 1e6
        let gap = micros &- last   // no overflow: `isSampleDue` checked it
        let scale = (interval / Double(gap)).squareRoot()
        var returns = [Double](repeating: 0, count: underlyings.count)
        var observed = [Bool](repeating: false, count: underlyings.count)
        for (index, coin) in underlyings.enumerated() {
            guard let price = indexUSD(coin), price > 0, price.isFinite else { continue }
            let previous = lastPrices[index]
            lastPrices[index] = price
            guard previous > 0, previous.isFinite, price != previous else { continue }
            let value = Double.log(price / previous) * scale
            guard value.isFinite else { continue }
            returns[index] = value
            observed[index] = true
        }
        lastSampleMicros = micros
        samples += 1
        guard observed.contains(true) else { return false }
        let lambda = settings.lambda, perDay = 86_400 / settings.sampleSeconds
        for i in underlyings.indices where observed[i] {
            for j in underlyings.indices where observed[j] && j >= i {
                let value = lambda * dailyCovariance[i][j] + (1 - lambda) * returns[i] * returns[j] * perDay
                dailyCovariance[i][j] = value
                dailyCovariance[j][i] = value
            }
        }
        return true
    }

    mutating func start(micros: Int64, indexUSD: (String) -> Double?) {
        lastSampleMicros = micros
        for (index, coin) in underlyings.enumerated() {
            if let price = indexUSD(coin), price > 0, price.isFinite { lastPrices[index] = price }
        }
    }

    /// The covariance restricted to `coins` (rows in that order); nil when one is not tracked.
    public func covariance(for coins: [String]) -> [[Double]]? {
        var rows: [Int] = []
        for coin in coins {
            guard let index = underlyings.firstIndex(of: coin) else { return nil }
            rows.append(index)
        }
        return rows.map { i in rows.map { j in dailyCovariance[i][j] } }
    }

    /// Whether covariance `new` differs from `old` (same coins, same order) by more than
    /// `threshold`: any daily vol by that fraction, or any correlation by that much.
    public static func differsMaterially(_ new: [[Double]], from old: [[Double]], threshold: Double) -> Bool {
        let n = new.count
        guard old.count == n, new.allSatisfy({ $0.count == n }), old.allSatisfy({ $0.count == n }) else { return true }
        var vols = [Double](repeating: 0, count: n), before = [Double](repeating: 0, count: n)
        for i in 0..<n {
            vols[i] = max(0, new[i][i]).squareRoot()
            before[i] = max(0, old[i][i]).squareRoot()
            if abs(vols[i] - before[i]) > threshold * max(before[i], 1e-12) { return true }
        }
        for i in 0..<n {
            for j in 0..<i where vols[i] > 0 && vols[j] > 0 && before[i] > 0 && before[j] > 0 {
                if abs(new[i][j] / (vols[i] * vols[j]) - old[i][j] / (before[i] * before[j])) > threshold { return true }
            }
        }
        return false
    }
}

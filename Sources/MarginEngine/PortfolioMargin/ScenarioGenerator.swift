import RealModule

/// Builds joint scenarios for Expected Shortfall (DESIGN §5.3).
///
/// - Filtered historical simulation (Barone-Adesi, Giannopoulos and Vosper 1999; Hull and White
///   1998): each day's log return r_t is divided by that day's EWMA vol forecast σ_t and multiplied
///   by today's σ_today, times √horizon; the same day across coins forms one scenario.
/// - Monte Carlo: log returns x = L·z·√((ν−2)/W)·√horizon with L the Cholesky factor of the daily
///   covariance (EWMA from history, or the catalogue's default vols and correlations), z standard
///   normal, W ~ χ²(ν): a multivariate Student-t with that covariance (normal when ν = 0).
/// A scenario's relative move is exp(x) − 1.
public enum ScenarioGenerator {
    /// Scenarios for `underlyings` (sorted by the caller). `draws` caches the Monte Carlo draws.
    /// `liveCovariance` (daily, rows in `underlyings` order), when given, replaces today's
    /// covariance: Monte Carlo draws with it, and filtered historical simulation rescales each
    /// filtered return to its live vol instead of the history's last EWMA vol.
    public static func scenarios(underlyings: [String], history: ReturnHistory?, settings: ExpectedShortfallSettings,
                                 defaults: MarketDefaults, draws: inout MonteCarloDraws?,
                                 liveCovariance: [[Double]]? = nil) -> ScenarioSet {
        let usable = usableHistory(underlyings: underlyings, history: history, minimum: settings.minimumHistoryDays)
        let horizonRoot = max(settings.horizonDays, 0).squareRoot()
        var dailyVols: [String: Double] = [:]
        var covariance: [[Double]]
        if let series = usable.series {
            covariance = EWMA.covariance(series, lambda: settings.lambda)
            for (u, coin) in underlyings.enumerated() { dailyVols[coin] = covariance[u][u].squareRoot() }
        } else {
            let vols = underlyings.map { defaults.annualVol($0) / Double(365).squareRoot() }
            for (u, coin) in underlyings.enumerated() { dailyVols[coin] = vols[u] }
            covariance = underlyings.indices.map { i in
                underlyings.indices.map { j in vols[i] * vols[j] * defaults.correlation(underlyings[i], underlyings[j]) }
            }
        }
        if let live = liveCovariance, live.count == underlyings.count, live.allSatisfy({ $0.count == underlyings.count }) {
            covariance = live
            for (u, coin) in underlyings.enumerated() { dailyVols[coin] = max(0, live[u][u]).squareRoot() }
        }
        let startingCovariance = covariance
        if settings.method == .filteredHistorical, let series = usable.series {
            var moves: [[Double]] = []
            for (u, returns) in series.enumerated() {
                let forecasts = EWMA.varianceForecasts(returns, lambda: settings.lambda)
                let today = liveCovariance == nil ? forecasts[returns.count].squareRoot() : max(0, covariance[u][u]).squareRoot()
                var column = [Double](repeating: 0, count: returns.count)
                for t in returns.indices {
                    let sigma = forecasts[t].squareRoot()
                    let filtered = sigma > 0 ? returns[t] / sigma * today : 0
                    column[t] = Double.expMinusOne(filtered * horizonRoot)
                }
                moves.append(column)
            }
            return ScenarioSet(underlyings: underlyings, moves: moves, method: .filteredHistorical, dailyVols: dailyVols,
                               historyNote: usable.note, historyDays: usable.days, dailyCovariance: startingCovariance)
        }
        let count = max(1, settings.scenarioCount)
        let current: MonteCarloDraws
        if let cached = draws, cached.matches(seed: settings.seed, count: count, dimension: underlyings.count,
                                              degreesOfFreedom: settings.degreesOfFreedom) {
            current = cached
        } else {
            current = MonteCarloDraws(seed: settings.seed, count: count, dimension: underlyings.count,
                                      degreesOfFreedom: settings.degreesOfFreedom)
            draws = current
        }
        let moves = monteCarloMoves(draws: current, covariance: covariance, horizonRoot: horizonRoot)
        var note = usable.note
        if settings.method == .filteredHistorical {
            note = (note ?? "") + (note == nil ? "" : "; ") + "filtered historical simulation needs history: used Monte Carlo"
        }
        return ScenarioSet(underlyings: underlyings, moves: moves, method: .monteCarlo, dailyVols: dailyVols,
                           historyNote: note, historyDays: usable.days, dailyCovariance: startingCovariance)
    }

    /// Correlated moves from cached draws: x = L·z·mixing·√h, move = exp(x) − 1.
    static func monteCarloMoves(draws: MonteCarloDraws, covariance: [[Double]], horizonRoot: Double) -> [[Double]] {
        let lower = Cholesky.lower(covariance)
        let n = covariance.count
        var moves = Array(repeating: [Double](repeating: 0, count: draws.count), count: n)
        for u in 0..<n {
            moves[u].withUnsafeMutableBufferPointer { out in
                for j in 0...u where lower[u][j] != 0 {
                    let weight = lower[u][j] * horizonRoot
                    draws.normals[j].withUnsafeBufferPointer { z in
                        for k in 0..<draws.count { out[k] += weight * z[k] }
                    }
                }
                draws.mixing.withUnsafeBufferPointer { mix in
                    for k in 0..<draws.count { out[k] = Double.expMinusOne(out[k] * mix[k]) }
                }
            }
        }
        return moves
    }

    /// The aligned series for `underlyings`, or nil with a note saying why history is not usable.
    static func usableHistory(underlyings: [String], history: ReturnHistory?, minimum: Int)
        -> (series: [[Double]]?, note: String?, days: Int) {
        let fallback = "using the catalogue's default vols and correlations"
        guard let history else { return (nil, "no price history given: \(fallback)", 0) }
        let missing = underlyings.filter { history.returns[$0] == nil }
        if !missing.isEmpty {
            return (nil, "no price history for \(missing.joined(separator: ", ")): \(fallback)", 0)
        }
        let length = underlyings.map { history.returns[$0]?.count ?? 0 }.min() ?? 0
        guard length >= max(minimum, 2) else {
            return (nil, "only \(length) aligned daily returns in the history (\(max(minimum, 2)) needed): \(fallback)", length)
        }
        let series = underlyings.map { Array((history.returns[$0] ?? []).suffix(length)) }
        return (series, nil, length)
    }
}

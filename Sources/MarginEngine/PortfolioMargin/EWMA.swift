/// Exponentially weighted moving average variance and covariance (RiskMetrics, J.P. Morgan 1996):
/// `σ²ₜ = λ·σ²ₜ₋₁ + (1 − λ)·r²ₜ₋₁`, zero mean. Returns are daily log returns.
///
/// The recursion is seeded with the mean square of the whole sample, so a history of constant
/// |return| gives a constant EWMA vol (which makes filtered HS equal plain HS on it, a test).
public enum EWMA {
    /// Forecast variances: element t is the variance for day t given returns before t; the extra
    /// last element is the forecast for the next day (today's EWMA variance). Length = count + 1.
    public static func varianceForecasts(_ returns: [Double], lambda: Double) -> [Double] {
        guard !returns.isEmpty else { return [0] }
        var variance = returns.reduce(0) { $0 + $1 * $1 } / Double(returns.count)
        var result = [Double]()
        result.reserveCapacity(returns.count + 1)
        for value in returns {
            result.append(variance)
            variance = lambda * variance + (1 - lambda) * value * value
        }
        result.append(variance)
        return result
    }

    /// Today's EWMA covariance matrix of aligned return series (one array per asset, same length).
    public static func covariance(_ series: [[Double]], lambda: Double) -> [[Double]] {
        let n = series.count
        guard let length = series.first?.count, length > 0 else { return Array(repeating: Array(repeating: 0, count: n), count: n) }
        var matrix = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        for i in 0..<n {
            for j in i..<n {
                var value = 0.0
                for t in 0..<length { value += series[i][t] * series[j][t] }
                value /= Double(length)
                for t in 0..<length { value = lambda * value + (1 - lambda) * series[i][t] * series[j][t] }
                matrix[i][j] = value
                matrix[j][i] = value
            }
        }
        return matrix
    }
}

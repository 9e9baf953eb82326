#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Deribit-style expiry code for a day count since the epoch: 2026-03-27 → `27MAR26`, 2026-01-09 → `9JAN26`.
func deribitExpiryCode(daysSinceEpoch: Int) -> String {
    let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    let date = ISO8601Micros.civilFromDays(daysSinceEpoch)
    let year = date.year % 100
    return "\(date.day)\(months[date.month - 1])\(year < 10 ? "0" : "")\(year)"
}

/// Black-76 price in USD (r = 0) of a call or put on forward `forward`, strike `strike`,
/// vol `volatility` (fraction/year), `years` to expiry.
func black76PriceUSD(isCall: Bool, forward: Double, strike: Double, volatility: Double, years: Double) -> Double {
    let intrinsic = isCall ? max(forward - strike, 0) : max(strike - forward, 0)
    guard years > 0, volatility > 0 else { return intrinsic }
    let deviation = volatility * sqrt(years)
    let d1 = (log(forward / strike) + 0.5 * deviation * deviation) / deviation
    let d2 = d1 - deviation
    func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }
    if isCall { return forward * normalCDF(d1) - strike * normalCDF(d2) }
    return strike * normalCDF(-d2) - forward * normalCDF(-d1)
}

/// A listed dated future and its options in the simulation.
struct SimulatedExpiry: Sendable {
    let code: String
    let expiryMicros: Int64
    /// (symbol, strike, isCall) per option.
    let options: [(symbol: String, strike: Double, isCall: Bool)]
}

extension Double {
    /// Rounded to `step` (e.g. 0.01), deterministic.
    func rounded(toStep step: Double) -> Double { (self / step).rounded() * step }
}

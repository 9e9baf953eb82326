import MarginEngine

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

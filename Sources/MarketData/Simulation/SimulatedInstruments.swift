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
    /// The nearest multiple of `step`. For a decimal step (0.01, 0.0001: 1/step an integer n) the
    /// result is k/n correctly rounded, so it prints as the short decimal (`251.7`, never
    /// `251.70000000000002` as k·0.01 would) — tapes carry prices at their tick, as exchanges
    /// quote them, and read on the parser's exact fast path.
    func rounded(toStep step: Double) -> Double {
        let inverse = (1 / step).rounded()
        if inverse >= 1, abs(inverse * step - 1) < 1e-12 { return (self * inverse).rounded() / inverse }
        return (self / step).rounded() * step
    }
}

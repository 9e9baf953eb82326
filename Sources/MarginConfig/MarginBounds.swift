/// The largest magnitudes a portfolio or marks file may give, so every figure the engine derives
/// (notional = size × price, margin sums over accounts, squared moves in the risk matrix) stays a
/// finite Double with room to spare. Values beyond them are typos (`1e300`), not books, and are
/// rejected naming the file and key path rather than failing later as "not a finite number".
///
/// - sizes (contracts, coins or USD notional): |size| ≤ 1e12;
/// - prices (entries, marks, index prices, forwards; USD, or coin for inverse options): 0 < p ≤ 1e12;
/// - balances (collateral, isolated margin; coin or USD): |balance| ≤ 1e15.
///
/// 1e12 × 1e12 = 1e24 per position and 1e15 per balance leave about 280 decimal orders of
/// magnitude before Double overflows.
public enum MarginBounds {
    public static let maxSize = 1e12
    public static let maxPrice = 1e12
    public static let maxBalance = 1e15
}

extension TOMLNode {
    /// Fails naming `key` when |`value`| exceeds `limit` (`value` is already known to be finite).
    func checkMagnitude(_ value: Double, key: String, limit: Double) throws(ConfigError) {
        guard abs(value) <= limit else {
            throw error(key, "magnitude \(value) is too large to margin (at most \(Self.format(limit)))")
        }
    }

    /// `1e12`-style text for a power-of-ten limit.
    static func format(_ limit: Double) -> String {
        let exponent = limit.exponentBase10
        return exponent.map { "1e\($0)" } ?? "\(limit)"
    }
}

extension Double {
    /// n when the value is exactly 10ⁿ for a small n ≥ 0, else nil.
    fileprivate var exponentBase10: Int? {
        var power = 1.0
        for exponent in 0...30 {
            if power == self { return exponent }
            power *= 10
        }
        return nil
    }
}

/// Finds where a margin function crosses zero as one underlying's prices are scaled.
///
/// Used for inverse contracts and option books, where no closed form holds: `surplus(factor)` is
/// equity − MM (USD) with every price of the underlying multiplied by `factor` and all other prices
/// held. A grid scan (1% steps to −99% and +100%, then coarser to ×100) finds the first sign change
/// each way from the current price (factor 1), refined by bisection to 1e-12 relative.
public enum LiquidationPriceSolver {
    /// Factors (price / current) at which `surplus` first reaches zero going down and going up;
    /// nil where it does not within the scanned range. When `surplus(1) ≤ 0` both are 1.
    public static func roots(surplus: (Double) -> Double) -> (down: Double?, up: Double?) {
        let start = surplus(1)
        if !(start > 0) { return (1, 1) }
        return (firstCrossing(from: start, along: downGrid, surplus: surplus),
                firstCrossing(from: start, along: upGrid, surplus: surplus))
    }

    private static let downGrid: [Double] = (1...99).map { 1 - Double($0) / 100 } + [0.005, 0.002, 0.001]
    private static let upGrid: [Double] = (1...100).map { 1 + Double($0) / 100 } + [2.5, 3, 4, 5, 7, 10, 20, 50, 100]

    private static func firstCrossing(from start: Double, along grid: [Double], surplus: (Double) -> Double) -> Double? {
        var previousFactor = 1.0
        for factor in grid {
            let value = surplus(factor)
            if !(value > 0) {
                return bisect(good: previousFactor, bad: factor, surplus: surplus)
            }
            previousFactor = factor
        }
        return nil
    }

    private static func bisect(good: Double, bad: Double, surplus: (Double) -> Double) -> Double {
        var good = good, bad = bad
        for _ in 0..<80 {
            let middle = 0.5 * (good + bad)
            if surplus(middle) > 0 { good = middle } else { bad = middle }
            if abs(good - bad) <= 1e-12 * good { break }
        }
        return 0.5 * (good + bad)
    }
}

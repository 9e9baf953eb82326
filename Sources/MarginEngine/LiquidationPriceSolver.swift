import RealModule

/// Finds where a margin function crosses zero as one underlying's prices are scaled.
///
/// Used for inverse contracts and option books, where no closed form holds: `surplus(factor)` is
/// equity − MM (USD) with every price of the underlying multiplied by `factor` and all other prices
/// held. A grid scan (1% steps to ±20%, 2% to ±50%, 5% to −95% and +100%, then coarser to ×100)
/// finds the first sign change each way from the current price (factor 1), refined inside that
/// bracket by the Illinois variant of regula falsi (superlinear, the bracket always kept) to 1e-12
/// relative. Two crossings closer together than one grid step can hide each other (a surplus that
/// dips below zero and recovers within 2–5% far from the money).
///
/// Already past a level (`surplus(1) ≤ 0`), the level is where the surplus turns positive again:
/// a **down** level is the one a falling price crosses, so being past it puts it *above* the
/// current price (factor > 1), and an up level below (factor < 1). Only the nearer of the two is
/// returned then; none when no price in the scanned range restores a positive surplus.
public enum LiquidationPriceSolver {
    /// How densely to scan for a sign change.
    public enum Scan: Sendable {
        /// 1% steps to ±20% (see the type's comment): for surpluses that cost microseconds.
        case fine
        /// 2% steps to ±20%, 5% to ±50%, then 10% and coarser: half the evaluations, for the
        /// risk-based model whose every trial revalues a risk matrix and 10,000 ES scenarios.
        case coarse
    }

    /// Factors (price / current) at which `surplus` first reaches zero going down and going up;
    /// nil where it does not within the scanned range. Past a level, see the type's comment.
    public static func roots(scan: Scan = .fine, surplus: (Double) -> Double) -> (down: Double?, up: Double?) {
        let start = surplus(1)
        let (down, up) = scan == .fine ? (downGrid, upGrid) : (coarseDownGrid, coarseUpGrid)
        if !(start > 0) { return pastLevels(down: down, up: up, surplus: surplus) }
        return (firstCrossing(from: start, along: down, surplus: surplus),
                firstCrossing(from: start, along: up, surplus: surplus))
    }

    /// `surplus(1) ≤ 0`: the nearest price each way at which the surplus is positive again (a
    /// rising recovery is the down level passed, a falling one the up level passed); the nearer.
    static func pastLevels(down: [Double], up: [Double], surplus: (Double) -> Double) -> (down: Double?, up: Double?) {
        let passedDown = firstRecovery(along: up, surplus: surplus)
        let passedUp = firstRecovery(along: down, surplus: surplus)
        switch (passedDown, passedUp) {
        case let (down?, up?): return abs(Double.log(down)) <= abs(Double.log(up)) ? (down, nil) : (nil, up)
        default: return (passedDown, passedUp)
        }
    }

    private static func firstRecovery(along grid: [Double], surplus: (Double) -> Double) -> Double? {
        var previousFactor = 1.0
        for factor in grid {
            if surplus(factor) > 0 { return bisect(good: factor, bad: previousFactor, surplus: surplus) }
            previousFactor = factor
        }
        return nil
    }

    /// Relative moves of the scan: fine near the money, coarser far from it.
    private static let moves: [Double] = (1...20).map { Double($0) / 100 } + stride(from: 22, through: 50, by: 2).map { Double($0) / 100 }
        + stride(from: 55, through: 100, by: 5).map { Double($0) / 100 }
    /// The first factor at which `surplus` reaches zero in one direction (`down`: below 1), nil
    /// where it does not within the scanned range. Half the work of `roots` when only one side is
    /// needed; past the level (`surplus(1) ≤ 0`) the level passed on that side (above 1 for `down`).
    public static func root(down: Bool, surplus: (Double) -> Double) -> Double? {
        let start = surplus(1)
        if !(start > 0) { return firstRecovery(along: down ? upGrid : downGrid, surplus: surplus) }
        return firstCrossing(from: start, along: down ? downGrid : upGrid, surplus: surplus)
    }

    private static let downGrid: [Double] = moves.filter { $0 < 1 }.map { 1 - $0 } + [0.03, 0.01, 0.005, 0.002, 0.001]
    private static let upGrid: [Double] = moves.map { 1 + $0 } + [2.5, 3, 4, 5, 7, 10, 20, 50, 100]

    private static let coarseMoves: [Double] = stride(from: 2, through: 20, by: 2).map { Double($0) / 100 }
        + stride(from: 25, through: 50, by: 5).map { Double($0) / 100 } + stride(from: 60, through: 100, by: 10).map { Double($0) / 100 }
    private static let coarseDownGrid: [Double] = coarseMoves.filter { $0 < 1 }.map { 1 - $0 } + [0.05, 0.02, 0.01, 0.001]
    private static let coarseUpGrid: [Double] = coarseMoves.map { 1 + $0 } + [3, 5, 10, 100]

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

    /// Illinois regula falsi on a bracket with surplus(good) > 0 ≥ surplus(bad).
    private static func bisect(good: Double, bad: Double, surplus: (Double) -> Double) -> Double {
        var good = good, bad = bad
        var goodValue = surplus(good), badValue = surplus(bad)
        guard goodValue.isFinite, badValue.isFinite, goodValue > 0 else { return plainBisect(good: good, bad: bad, surplus: surplus) }
        var side = 0
        for _ in 0..<100 {
            if abs(good - bad) <= 1e-12 * abs(good) { break }
            var trial = (good * badValue - bad * goodValue) / (badValue - goodValue)
            if !trial.isFinite || trial <= min(good, bad) || trial >= max(good, bad) { trial = 0.5 * (good + bad) }
            let value = surplus(trial)
            if !value.isFinite { return plainBisect(good: good, bad: bad, surplus: surplus) }
            if value > 0 {
                good = trial
                goodValue = value
                if side == 1 { badValue *= 0.5 }
                side = 1
            } else {
                bad = trial
                badValue = value
                if side == -1 { goodValue *= 0.5 }
                side = -1
            }
            if value == 0 { return trial }
        }
        return 0.5 * (good + bad)
    }

    private static func plainBisect(good: Double, bad: Double, surplus: (Double) -> Double) -> Double {
        var good = good, bad = bad
        for _ in 0..<80 {
            let middle = 0.5 * (good + bad)
            if surplus(middle) > 0 { good = middle } else { bad = middle }
            if abs(good - bad) <= 1e-12 * good { break }
        }
        return 0.5 * (good + bad)
    }
}

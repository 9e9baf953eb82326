import RealModule

/// The inner loop of scenario revaluation: Black-76 price and delta with the per-option invariants
/// hoisted (DESIGN §11). With `ln(F/K)` and `σ√T` precomputed and the scenario's `ln(1 + s)` shared
/// by every option on the underlying, an evaluation costs one `exp` and two rational functions
/// (Hart's tail, as in `Black76.evaluate`; n(d2) = n(d1)·F/K needs no second `exp`).
enum OptionKernel {
    /// Undiscounted Black-76 price (USD) and dPrice/dF of an option whose forward has moved to
    /// `forward` (USD), with `logMoneyness` = ln(forward/strike) and `sigmaRootT` = σ√T.
    @inline(__always)
    static func priceAndDelta(forward: Double, strike: Double, logMoneyness: Double, sigmaRootT: Double,
                              isCall: Bool) -> (price: Double, delta: Double) {
        priceAndDelta(forward: forward, strike: strike, logMoneyness: logMoneyness, sigmaRootT: sigmaRootT,
                      inverseSigmaRootT: 1 / sigmaRootT, isCall: isCall)
    }

    /// As above with 1/(σ√T) precomputed (the scenario loops hoist it per option and vol state).
    @inline(__always)
    static func priceAndDelta(forward: Double, strike: Double, logMoneyness: Double, sigmaRootT: Double,
                              inverseSigmaRootT: Double, isCall: Bool) -> (price: Double, delta: Double) {
        if !(sigmaRootT > 0) {
            if isCall { return forward > strike ? (forward - strike, 1) : (0, 0) }
            return strike > forward ? (strike - forward, -1) : (0, 0)
        }
        let d1 = logMoneyness * inverseSigmaRootT + 0.5 * sigmaRootT
        let d2 = d1 - sigmaRootT
        let gaussian1 = Double.exp(-0.5 * d1 * d1)
        let gaussian2 = gaussian1 * forward / strike
        let tail1 = NormalDistribution.tail(absX: abs(d1), gaussian: gaussian1)
        let tail2 = NormalDistribution.tail(absX: abs(d2), gaussian: gaussian2)
        let nd1 = d1 > 0 ? 1 - tail1 : tail1
        let nd2 = d2 > 0 ? 1 - tail2 : tail2
        if isCall { return (max(0, forward * nd1 - strike * nd2), nd1) }
        return (max(0, strike * (1 - nd2) - forward * (1 - nd1)), nd1 - 1)
    }

    /// Price only (USD).
    @inline(__always)
    static func price(forward: Double, strike: Double, logMoneyness: Double, sigmaRootT: Double, isCall: Bool) -> Double {
        priceAndDelta(forward: forward, strike: strike, logMoneyness: logMoneyness, sigmaRootT: sigmaRootT, isCall: isCall).price
    }
}

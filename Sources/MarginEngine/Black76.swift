import RealModule

/// Black-76 price and greeks of a European option on a forward, in Deribit's units (DESIGN §4).
///
/// Source: F. Black (1976), "The pricing of commodity contracts"; units and greeks as Deribit
/// documents them: prices and greeks in USD terms, vega per vol point, theta per day.
public struct Black76Result: Sendable, Equatable {
    /// Option price in USD (per 1 coin of underlying).
    public var priceUSD: Double
    /// dPrice/dF (dimensionless); N(d1) for a call, N(d1) − 1 for a put (with r = 0).
    public var delta: Double
    /// d²Price/dF² in 1/USD.
    public var gamma: Double
    /// USD per 1 vol point (σ + 0.01).
    public var vega: Double
    /// USD per calendar day (negative for a long option), capped at minus the price.
    public var theta: Double

    public init(priceUSD: Double, delta: Double, gamma: Double, vega: Double, theta: Double) {
        self.priceUSD = priceUSD
        self.delta = delta
        self.gamma = gamma
        self.vega = vega
        self.theta = theta
    }
}

public enum Black76 {
    /// Undiscounted (r = 0) price in USD.
    ///
    /// - Parameters: forward and strike in USD, `years` to expiry (ACT/365), `vol` a fraction (0.55 = 55%).
    /// At or past expiry (or with zero vol) it is the intrinsic value.
    @inlinable
    public static func price(forward: Double, strike: Double, years: Double, vol: Double, right: OptionRight) -> Double {
        let sigmaRootT = vol * years.squareRoot()
        guard years > 0, sigmaRootT > 0 else {
            return right == .call ? max(forward - strike, 0) : max(strike - forward, 0)
        }
        return evaluate(forward: forward, strike: strike, years: years, vol: vol, right: right).priceUSD
    }

    /// Price with a continuously compounded rate r: the undiscounted price times e^(−rT).
    public static func price(forward: Double, strike: Double, years: Double, vol: Double, rate: Double,
                             right: OptionRight) -> Double {
        Double.exp(-rate * max(years, 0)) * price(forward: forward, strike: strike, years: years, vol: vol, right: right)
    }

    /// Price and greeks (r = 0) in Deribit's units, with one `exp` and one `log` per call.
    ///
    /// - Parameters: forward and strike in USD, `years` to expiry (ACT/365), `vol` a fraction.
    /// At or past expiry, or with zero vol, returns intrinsic value and a 0/±1 delta.
    @inlinable
    public static func evaluate(forward: Double, strike: Double, years: Double, vol: Double, right: OptionRight) -> Black76Result {
        let rootT = years > 0 ? years.squareRoot() : 0
        let sigmaRootT = vol * rootT
        guard years > 0, sigmaRootT > 0, forward > 0, strike > 0 else {
            let itm = right == .call ? forward > strike : strike > forward
            let intrinsic = right == .call ? max(forward - strike, 0) : max(strike - forward, 0)
            let delta: Double = right == .call ? (itm ? 1 : 0) : (itm ? -1 : 0)
            return Black76Result(priceUSD: intrinsic, delta: delta, gamma: 0, vega: 0, theta: 0)
        }
        let logMoneyness = Double.log(forward / strike)
        let d1 = (logMoneyness + 0.5 * sigmaRootT * sigmaRootT) / sigmaRootT
        let d2 = d1 - sigmaRootT
        let gaussian1 = Double.exp(-0.5 * d1 * d1)
        // n(d2) = n(d1)·F/K, so exp(−d2²/2) needs no second exp.
        let gaussian2 = gaussian1 * forward / strike
        let tail1 = NormalDistribution.tail(absX: abs(d1), gaussian: gaussian1)  // N(−|d1|)
        let tail2 = NormalDistribution.tail(absX: abs(d2), gaussian: gaussian2)  // N(−|d2|)
        let nd1 = d1 > 0 ? 1 - tail1 : tail1
        let price: Double
        let delta: Double
        switch right {
        case .call:
            let nd2 = d2 > 0 ? 1 - tail2 : tail2
            price = forward * nd1 - strike * nd2
            delta = nd1
        case .put:
            let nMinusD1 = d1 > 0 ? tail1 : 1 - tail1
            let nMinusD2 = d2 > 0 ? tail2 : 1 - tail2
            price = strike * nMinusD2 - forward * nMinusD1
            delta = nd1 - 1
        }
        let pdf = NormalDistribution.inverseSqrtTwoPi * gaussian1
        let fPdf = forward * pdf
        let gamma = pdf / (forward * sigmaRootT)
        let vega = fPdf * rootT / 100
        let rawTheta = -fPdf * vol / (2 * rootT) / 365
        let value = max(price, 0)
        return Black76Result(priceUSD: value, delta: delta, gamma: gamma, vega: vega, theta: max(rawTheta, -value))
    }

    /// Implied vol (fraction) that reproduces `priceUSD`, by safeguarded Newton on vega; nil when the
    /// price is outside the no-arbitrage bounds (below intrinsic or above the forward/strike).
    public static func impliedVol(priceUSD: Double, forward: Double, strike: Double, years: Double,
                                  right: OptionRight) -> Double? {
        guard priceUSD.isFinite, forward > 0, strike > 0, years > 0 else { return nil }
        let intrinsic = right == .call ? max(forward - strike, 0) : max(strike - forward, 0)
        let upper = right == .call ? forward : strike
        guard priceUSD > intrinsic, priceUSD < upper else { return nil }
        var low = 1e-6, high = 20.0
        var vol = 0.6
        for _ in 0..<100 {
            let value = price(forward: forward, strike: strike, years: years, vol: vol, right: right) - priceUSD
            if abs(value) < 1e-10 * max(1, priceUSD) { return vol }
            if value > 0 { high = vol } else { low = vol }
            let vega = 100 * evaluate(forward: forward, strike: strike, years: years, vol: vol, right: right).vega
            var next = vol - value / max(vega, 1e-300)
            if !(next > low && next < high) { next = 0.5 * (low + high) }
            vol = next
        }
        return vol
    }
}

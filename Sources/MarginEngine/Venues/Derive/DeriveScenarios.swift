import RealModule

/// How a Derive scenario moves implied vols (`IPMRM_2.VolShockDirection`).
public enum DeriveVolShock: String, Sendable, Hashable, CaseIterable {
    /// Vols held.
    case none
    /// Vols × the expiry's up multiplier (and at least `minVolUpShock`).
    case up
    /// Vols × the expiry's down multiplier.
    case down
    /// Skew rotated: wing vols raised on one side, lowered on the other (k = ln(K/F)).
    case linear
    /// Both wings raised (k = |ln(K/F)|).
    case abs
}

/// One Derive margin scenario (`IPMRM_2.Scenario`).
///
/// Source: docs.derive.xyz "Portfolio Margin Parameters" (the scenario table: "Entries are of the
/// form (Spot Shock (%), Volatility Shock)"; "All regular scenarios have dampening 1") and
/// v2-core `scripts/config-mainnet.sol` `getDefaultPM2Scenarios`.
public struct DeriveScenario: Sendable, Hashable {
    /// Spot multiplier: 1.18 = spot +18 %, 0.34 = spot −66 %. Skew scenarios use 1.
    public var spotShock: Double
    public var volShock: DeriveVolShock
    /// The scenario's PnL is multiplied by this (1 for regular scenarios, below 1 for tails).
    public var dampening: Double

    public init(spotShock: Double, volShock: DeriveVolShock, dampening: Double = 1) {
        self.spotShock = spotShock
        self.volShock = volShock
        self.dampening = dampening
    }

    /// Regular (dampening 1), tail (dampened) or skew, as Derive's tables group them.
    public var kind: Kind {
        if volShock == .linear || volShock == .abs { return .skew }
        return dampening == 1 ? .regular : .tail
    }

    public enum Kind: String, Sendable, Hashable {
        case regular, tail, skew
    }

    /// A short label: `spot +18% vol up`, `spot −66% vol up ×0.21`, `skew linear`.
    public var label: String {
        if kind == .skew { return "skew \(volShock.rawValue)" }
        let percent = ((spotShock - 1) * 1000).rounded() / 10
        let sign = percent > 0 ? "+" : (percent < 0 ? "−" : "±")
        let magnitude = Swift.abs(percent)
        let number = magnitude == magnitude.rounded() ? String(Int(magnitude)) : String(magnitude)
        let base = "spot \(sign)\(number)% vol \(volShock.rawValue)"
        return dampening == 1 ? base : "\(base) ×\(dampening)"
    }
}

/// The per-expiry shocks of Derive's scenarios: vol-shock multipliers, skew multipliers, static
/// discounts (`PMRMLib_2._addVolShocks`, `_getExpirySkewedShockedMTM`, `_addStaticDiscount`).
public enum DeriveExpiryShocks {
    /// Seconds in Derive's year (365 days), as `Black76.annualise`.
    public static let secondsPerYear: Double = 365 * 86_400
    public static let thirtyDaysSeconds: Double = 30 * 86_400

    /// Vol multipliers (up, down) for an expiry `secondsToExpiry` away; nil when both the time and
    /// the DTE floor are zero (Derive's contract reverts there: division by zero).
    public static func volMultipliers(secondsToExpiry: Double,
                                      parameters p: DeriveVolShockParameters) -> (up: Double, down: Double)? {
        let denominator = max(secondsToExpiry, p.dteFloorDays * 86_400)
        guard denominator > 0 else { return nil }
        let ratio = thirtyDaysSeconds / denominator
        let power = secondsToExpiry <= thirtyDaysSeconds ? p.shortTermPower : p.longTermPower
        let shock = Double.pow(ratio, power)
        return (1 + p.volRangeUp * shock, max(0, 1 - p.volRangeDown * shock))
    }

    /// Vol multiplier of one strike in a skew scenario (`linear` or `abs`); 1 for other shocks.
    public static func skewMultiplier(strike: Double, forward: Double, years: Double, shock: DeriveVolShock,
                                      parameters p: DeriveSkewShockParameters) -> Double {
        guard shock == .linear || shock == .abs, strike > 0, forward > 0 else { return 1 }
        let rootT = max(years, 0).squareRoot()
        let cap = shock == .linear ? p.linearCBase * rootT + p.linearBaseCap : p.absCBase * rootT + p.absBaseCap
        let kStar = max(p.minKStar, rootT * p.widthScale * (p.volParamStatic + rootT * p.volParamScale))
        var k = Double.log(strike / forward)
        if shock == .abs { k = Swift.abs(k) }
        // Derive divides by k*; with k* = 0 the ratio is ±∞ and the clamp gives ±cap (k = 0: no move).
        let scaled = kStar > 0 ? k * cap / kStar : (k == 0 ? 0 : (k > 0 ? Double.infinity : -Double.infinity))
        let move = k >= 0 ? min(cap, scaled) : max(-cap, scaled)
        return max(0, 1 + move)
    }

    /// Static discounts (on positive, on negative shocked expiry values) for an expiry.
    ///
    /// - Parameters: `rate` per year (already floored at 0), `discount` = e^(−rate·T).
    public static func staticDiscounts(years: Double, rate: Double, discount: Double,
                                       parameters m: DeriveMarginFactors) -> (positive: Double, negative: Double) {
        let positive = m.longBaseStaticDiscount * Double.exp(-years * (rate * m.longRateMultScale + m.longRateAddScale))
        let negative = m.shortBaseStaticDiscount / Double.exp(-years * (rate * m.shortRateMultScale + m.shortRateAddScale))
        return (positive, min(1 / discount, negative))
    }
}

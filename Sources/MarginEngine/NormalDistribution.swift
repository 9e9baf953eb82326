import RealModule

/// The standard normal distribution, evaluated with Hart's double-precision algorithm.
///
/// Source: G. West (2005), "Better approximations to cumulative normal functions", Wilmott
/// Magazine — Hart's 1968 algorithm 5666, accurate to ~1e-15 absolute. Its point for Black-76: the
/// tail is `exp(−x²/2) · rational(|x|)`, so a caller that already has `exp(−x²/2)` (as Black-76 has
/// for d2 from d1, since F·n(d1) = K·n(d2)) needs no further `exp`.
public enum NormalDistribution {
    /// 1/√(2π).
    public static let inverseSqrtTwoPi = 0.398_942_280_401_432_7

    /// Lower tail N(−|x|), given `gaussian = exp(−x²/2)` precomputed by the caller.
    @inlinable
    public static func tail(absX x: Double, gaussian: Double) -> Double {
        if x > 37 { return 0 }
        if x < 7.071_067_811_865_47 {
            var numerator = 3.526_249_659_989_11e-02 * x + 0.700_383_064_443_688
            numerator = numerator * x + 6.373_962_203_531_65
            numerator = numerator * x + 33.912_866_078_383
            numerator = numerator * x + 112.079_291_497_871
            numerator = numerator * x + 221.213_596_169_931
            numerator = numerator * x + 220.206_867_912_376
            var denominator = 8.838_834_764_831_84e-02 * x + 1.755_667_163_182_64
            denominator = denominator * x + 16.064_177_579_207
            denominator = denominator * x + 86.780_732_202_946_1
            denominator = denominator * x + 296.564_248_779_674
            denominator = denominator * x + 637.333_633_378_831
            denominator = denominator * x + 793.826_512_519_948
            denominator = denominator * x + 440.413_735_824_752
            return gaussian * numerator / denominator
        }
        var fraction = x + 0.65
        fraction = x + 4 / fraction
        fraction = x + 3 / fraction
        fraction = x + 2 / fraction
        fraction = x + 1 / fraction
        return gaussian / fraction / 2.506_628_274_631
    }

    /// N(x), the standard normal CDF.
    @inlinable
    public static func cdf(_ x: Double) -> Double {
        let t = tail(absX: abs(x), gaussian: Double.exp(-0.5 * x * x))
        return x > 0 ? 1 - t : t
    }

    /// n(x), the standard normal density.
    @inlinable
    public static func pdf(_ x: Double) -> Double {
        inverseSqrtTwoPi * Double.exp(-0.5 * x * x)
    }
}

import RealModule

/// The project's one seeded pseudo-random generator: xoshiro256** seeded through SplitMix64, with
/// the draws its users need (uniforms, normals, gamma, χ², Poisson).
///
/// Source: D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators" (2018),
/// reference code at prng.di.unimi.it; SplitMix64 from the same site. Never the system
/// generator: the same seed gives the same sequence on every run and platform, so ES scenarios,
/// the bench book and simulated tapes are reproducible byte for byte.
///
/// Two ways of turning 53 random bits `k` into a uniform are offered, because recorded outputs
/// depend on each: `uniform()` is the midpoint `(k + ½)·2⁻⁵³ ∈ (0, 1)` (Expected Shortfall's
/// Monte Carlo draws, the bench book), `unitInterval()` is `k·2⁻⁵³ ∈ [0, 1)` (the market
/// simulator, tests). Each has its Box–Muller normal: `normal()` and `normalFromUnitInterval()`.
///
/// ```swift
/// var random = SeededRandom(seed: 7)
/// let z = random.normal()           // standard normal
/// let w = random.chiSquared(degreesOfFreedom: 5)
/// ```
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    /// The second normal of the last Box–Muller pair, if unused.
    private var spareNormal: Double?

    public init(seed: UInt64) {
        var state = seed
        func splitMix() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in (0, 1): 53 random bits at the midpoint, `(k + ½)·2⁻⁵³`, never exactly 0 or 1.
    public mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1.0p-53
    }

    /// Uniform in [0, 1): 53 random bits, `k·2⁻⁵³` (may be exactly 0).
    public mutating func unitInterval() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Standard normal by the Box–Muller transform on two `uniform()` draws (pairs cached).
    ///
    /// Source: G. E. P. Box and M. E. Muller, "A note on the generation of random normal
    /// deviates", Ann. Math. Statist. 29 (1958).
    public mutating func normal() -> Double {
        if let spare = takeSpareNormal() { return spare }
        let radiusUniform = uniform()
        return boxMuller(radiusUniform: radiusUniform, angleUniform: uniform())
    }

    /// Standard normal by the Box–Muller transform on `u₁ = 1 − unitInterval() ∈ (0, 1]` and
    /// `u₂ = unitInterval()` (pairs cached): the market simulator's draws.
    public mutating func normalFromUnitInterval() -> Double {
        if let spare = takeSpareNormal() { return spare }
        let radiusUniform = 1 - unitInterval()
        return boxMuller(radiusUniform: radiusUniform, angleUniform: unitInterval())
    }

    /// Gamma(shape, 1) by Marsaglia and Tsang (2000), "A simple method for generating gamma
    /// variables", ACM TOMS 26(3); shape < 1 via the boost Gamma(a+1)·U^(1/a). Uses `normal()`
    /// and `uniform()`.
    public mutating func gamma(shape: Double) -> Double {
        if shape < 1 {
            return gamma(shape: shape + 1) * Double.pow(uniform(), 1 / shape)
        }
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x = 0.0, v = 0.0
            repeat {
                x = normal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = uniform()
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if Double.log(u) < 0.5 * x * x + d * (1 - v + Double.log(v)) { return d * v }
        }
    }

    /// χ²(ν) = 2·Gamma(ν/2).
    public mutating func chiSquared(degreesOfFreedom nu: Double) -> Double {
        2 * gamma(shape: nu / 2)
    }

    /// Poisson(mean) by multiplying `unitInterval()` draws until the product falls to e^−mean
    /// (Knuth, TAOCP vol. 2, §3.4.1): fine for small means such as jumps per step; capped at 100.
    public mutating func poisson(mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        let threshold = Double.exp(-mean)
        var count = 0
        var product = unitInterval()
        while product > threshold, count < 100 {
            count += 1
            product *= unitInterval()
        }
        return count
    }

    private mutating func takeSpareNormal() -> Double? {
        defer { spareNormal = nil }
        return spareNormal
    }

    /// One Box–Muller pair from `u₁ ∈ (0, 1]`, `u₂`: returns √(−2 ln u₁)·cos 2πu₂ and keeps the
    /// sine partner as the spare.
    private mutating func boxMuller(radiusUniform: Double, angleUniform: Double) -> Double {
        let radius = (-2 * Double.log(radiusUniform)).squareRoot()
        let angle = 2 * Double.pi * angleUniform
        spareNormal = radius * Double.sin(angle)
        return radius * Double.cos(angle)
    }
}

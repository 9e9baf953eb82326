import RealModule

/// A seeded pseudo-random generator: xoshiro256** seeded through SplitMix64.
///
/// Source: D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators" (2018),
/// reference code at prng.di.unimi.it. Never the system generator: the same seed gives the same
/// scenarios, so reports are reproducible byte for byte.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    /// A second normal from the last Box–Muller pair, if unused.
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

    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in (0, 1): 53 random bits, never exactly 0.
    public mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1.0p-53
    }

    /// Standard normal by the Box–Muller transform (pairs cached).
    public mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        let radius = (-2 * Double.log(uniform())).squareRoot()
        let angle = 2 * Double.pi * uniform()
        spareNormal = radius * Double.sin(angle)
        return radius * Double.cos(angle)
    }

    /// Gamma(shape, 1) by Marsaglia and Tsang (2000), "A simple method for generating gamma
    /// variables"; shape < 1 via the boost Gamma(a+1)·U^(1/a).
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
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// xoshiro256** (Blackman & Vigna, 2018), seeded through SplitMix64: a small, fast, fully
/// deterministic generator — the same seed gives the same sequence on every run and platform.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    public init(seed: UInt64) {
        var splitMix = seed
        func nextSplitMix() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (nextSplitMix(), nextSplitMix(), nextSplitMix(), nextSplitMix())
    }

    public mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, 7) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = rotateLeft(state.3, 45)
        return result
    }

    /// Uniform in [0, 1) with 53 random bits.
    public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    private func rotateLeft(_ value: UInt64, _ amount: UInt64) -> UInt64 { (value << amount) | (value >> (64 - amount)) }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.state.0 == rhs.state.0 && lhs.state.1 == rhs.state.1 && lhs.state.2 == rhs.state.2 && lhs.state.3 == rhs.state.3
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(state.0); hasher.combine(state.1); hasher.combine(state.2); hasher.combine(state.3)
    }
}

/// Standard normal draws by Box–Muller (deterministic given the generator).
struct GaussianSampler: Sendable {
    var generator: Xoshiro256StarStar
    private var spare: Double?

    init(seed: UInt64) { generator = Xoshiro256StarStar(seed: seed) }

    mutating func next() -> Double {
        if let value = spare {
            spare = nil
            return value
        }
        let u1 = 1 - generator.nextUnit()  // (0, 1]
        let u2 = generator.nextUnit()
        let radius = sqrt(-2 * log(u1))
        let angle = 2 * Double.pi * u2
        spare = radius * sin(angle)
        return radius * cos(angle)
    }

    mutating func uniform() -> Double { generator.nextUnit() }

    /// Poisson draw by inversion (fine for the small means of per-step jump counts).
    mutating func poisson(mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        let threshold = exp(-mean)
        var count = 0
        var product = generator.nextUnit()
        while product > threshold, count < 100 {
            count += 1
            product *= generator.nextUnit()
        }
        return count
    }
}

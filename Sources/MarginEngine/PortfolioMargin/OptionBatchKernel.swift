import RealModule

/// `OptionKernel.priceAndDelta` of one option at many relative moves of its forward, four moves
/// at a time (DESIGN §11): the scenario grids and the risk matrix evaluate each option at 24–35
/// moves, and the scalar kernel spends most of its time in mispredicted branches and serial
/// divisions, not in `exp`. Each move carries its own σ√T, so that the risk matrix prices an
/// option's 35 scenarios (three vol states) in one batch.
///
/// Bit for bit the scalar kernel: every element sees the same operations in the same order.
/// The d1 and the `exp` arguments are computed first, the `exp`s then run back to back (they
/// do not vectorize), and the rest runs on `SIMD4<Double>` lanes with selects for the branches.
/// Hart's continued fraction (7.07 ≤ |d| ≤ 37: deep in or out of the money, common at the risk
/// matrix's extended moves) is evaluated on all four lanes only when one needs it. A group of four
/// with a NaN d1 or d2, or a σ√T ≤ 0 (intrinsic value), is redone by the scalar kernel. The last
/// moves of a count not divisible by four run as one group padded with copies of the last move.
enum OptionBatchKernel {
    typealias Lanes = SIMD4<Double>

    /// One option's inputs: `forward` and `strike` in USD, `logMoneyness` = ln(forward/strike).
    struct Option {
        var forward: Double
        var strike: Double
        var logMoneyness: Double
        var isCall: Bool
    }

    /// The moves, `count` of each: `factors[j]` = 1 + move (the forward moves to `forward · factors[j]`),
    /// `logFactors[j]` = ln(factors[j]) (shared by every option), `sigmaRootT[j]` = σ√T in that move
    /// and `inverseSigmaRootT[j]` = 1/(σ√T) (callers hoist it per option and vol state).
    struct Moves {
        var factors: UnsafePointer<Double>
        var logFactors: UnsafePointer<Double>
        var sigmaRootT: UnsafePointer<Double>
        var inverseSigmaRootT: UnsafePointer<Double>
        var count: Int
    }

    /// Writes, for j in 0..<moves.count, the undiscounted Black-76 price (USD) and dPrice/dF of
    /// `option` in move j into `prices[j]` and `deltas[j]`.
    static func evaluate(_ option: Option, _ moves: Moves, prices: UnsafeMutablePointer<Double>,
                         deltas: UnsafeMutablePointer<Double>) {
        let count = moves.count
        guard count > 0 else { return }
        let whole = count / Lanes.scalarCount * Lanes.scalarCount
        let rest = count - whole
        // Scratch: d1s and gaussians for the whole groups, then the padded last group's four moves
        // (factors, log factors, σ√T, 1/σ√T), prices, deltas, d1s and gaussians.
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * whole + 8 * Lanes.scalarCount) { scratch in
            guard let base = scratch.baseAddress else { return }
            if whole > 0 {
                var head = moves
                head.count = whole
                evaluateLanes(option, head, prices: prices, deltas: deltas, d1s: base, gaussians: base + whole)
            }
            guard rest > 0 else { return }
            let width = Lanes.scalarCount, padded = base + 2 * whole
            let factors = padded, logFactors = padded + width, vsts = padded + 2 * width
            let inverses = padded + 3 * width, lastPrices = padded + 4 * width, lastDeltas = padded + 5 * width
            for i in 0..<width {
                let j = whole + min(i, rest - 1)
                factors[i] = moves.factors[j]
                logFactors[i] = moves.logFactors[j]
                vsts[i] = moves.sigmaRootT[j]
                inverses[i] = moves.inverseSigmaRootT[j]
            }
            let last = Moves(factors: factors, logFactors: logFactors, sigmaRootT: vsts, inverseSigmaRootT: inverses,
                             count: width)
            evaluateLanes(option, last, prices: lastPrices, deltas: lastDeltas, d1s: padded + 6 * width,
                          gaussians: padded + 7 * width)
            for i in 0..<rest {
                prices[whole + i] = lastPrices[i]
                deltas[whole + i] = lastDeltas[i]
            }
        }
    }

    /// The scalar kernel at move j.
    @inline(__always)
    static func scalar(_ option: Option, _ moves: Moves, at j: Int, prices: UnsafeMutablePointer<Double>,
                       deltas: UnsafeMutablePointer<Double>) {
        let result = OptionKernel.priceAndDelta(forward: option.forward * moves.factors[j], strike: option.strike,
                                                logMoneyness: option.logMoneyness + moves.logFactors[j],
                                                sigmaRootT: moves.sigmaRootT[j], inverseSigmaRootT: moves.inverseSigmaRootT[j],
                                                isCall: option.isCall)
        prices[j] = result.price
        deltas[j] = result.delta
    }

    /// The vector path for `moves.count` (a multiple of four) moves; `d1s` and `gaussians` are
    /// scratch for that many values each.
    static func evaluateLanes(_ option: Option, _ moves: Moves, prices: UnsafeMutablePointer<Double>,
                              deltas: UnsafeMutablePointer<Double>, d1s: UnsafeMutablePointer<Double>,
                              gaussians: UnsafeMutablePointer<Double>) {
        let count = moves.count, logMoneyness = option.logMoneyness
        let factors = moves.factors, logFactors = moves.logFactors
        let sigmaRootTs = moves.sigmaRootT, inverses = moves.inverseSigmaRootT
        for j in 0..<count {
            let d1 = (logMoneyness + logFactors[j]) * inverses[j] + 0.5 * sigmaRootTs[j]
            d1s[j] = d1
            gaussians[j] = -0.5 * d1 * d1
        }
        for j in 0..<count { gaussians[j] = Double.exp(gaussians[j]) }
        let forward = Lanes(repeating: option.forward)
        let strike = Lanes(repeating: option.strike), one = Lanes(repeating: 1), zero = Lanes(repeating: 0)
        var j = 0
        while j < count {
            let d1 = load(d1s + j), gaussian1 = load(gaussians + j), vst = load(sigmaRootTs + j)
            let shifted = forward * load(factors + j)
            let d2 = d1 - vst
            let gaussian2 = gaussian1 * shifted / strike
            let x1 = magnitude(d1), x2 = magnitude(d2)
            var tail1 = polynomialTail(x1, gaussian: gaussian1)  // N(−|d1|) where |d1| < 7.07 or > 37
            var tail2 = polynomialTail(x2, gaussian: gaussian2)
            let fraction1 = needsFraction(x1), fraction2 = needsFraction(x2)
            let intrinsic = .!(vst .> zero)
            if any(fraction1 .| fraction2 .| intrinsic) {
                if any((x1 .!= x1) .| (x2 .!= x2) .| intrinsic) {  // NaN or σ√T ≤ 0: the scalar kernel
                    for i in j..<(j + Lanes.scalarCount) { scalar(option, moves, at: i, prices: prices, deltas: deltas) }
                    j += Lanes.scalarCount
                    continue
                }
                if any(fraction1) { tail1.replace(with: fractionTail(x1, gaussian: gaussian1), where: fraction1) }
                if any(fraction2) { tail2.replace(with: fractionTail(x2, gaussian: gaussian2), where: fraction2) }
            }
            let nd1 = tail1.replacing(with: one - tail1, where: d1 .> zero)
            let nd2 = tail2.replacing(with: one - tail2, where: d2 .> zero)
            let value: Lanes, delta: Lanes
            if option.isCall {
                value = shifted * nd1 - strike * nd2
                delta = nd1
            } else {
                value = strike * (one - nd2) - shifted * (one - nd1)
                delta = nd1 - one
            }
            store(zero.replacing(with: value, where: value .>= zero), prices + j)  // max(0, value)
            store(delta, deltas + j)
            j += Lanes.scalarCount
        }
    }

    /// `NormalDistribution.tail(absX:gaussian:)` for lanes with x < 7.07 (Hart's rational function)
    /// or x > 37 (0); other lanes are garbage and flagged by `needsFraction`.
    @inline(__always)
    static func polynomialTail(_ x: Lanes, gaussian: Lanes) -> Lanes {
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
        let tail = gaussian * numerator / denominator
        return tail.replacing(with: 0, where: x .> 37)
    }

    /// `NormalDistribution.tail(absX:gaussian:)` for lanes with 7.07 ≤ x ≤ 37 (its continued fraction).
    @inline(__always)
    static func fractionTail(_ x: Lanes, gaussian: Lanes) -> Lanes {
        var fraction = x + 0.65
        fraction = x + 4 / fraction
        fraction = x + 3 / fraction
        fraction = x + 2 / fraction
        fraction = x + 1 / fraction
        return gaussian / fraction / 2.506_628_274_631
    }

    /// Lanes where the scalar tail takes the continued fraction (7.07 ≤ x ≤ 37, or NaN).
    @inline(__always)
    static func needsFraction(_ x: Lanes) -> SIMDMask<SIMD4<Int64>> {
        .!(x .< 7.071_067_811_865_47) .& .!(x .> 37)
    }

    /// |x| per lane (the sign bit cleared, as `Double.magnitude`).
    @inline(__always)
    static func magnitude(_ x: Lanes) -> Lanes {
        let bits = unsafeBitCast(x, to: SIMD4<UInt64>.self) & SIMD4(repeating: 0x7FFF_FFFF_FFFF_FFFF)
        return unsafeBitCast(bits, to: Lanes.self)
    }

    @inline(__always)
    static func load(_ pointer: UnsafePointer<Double>) -> Lanes {
        UnsafeRawPointer(pointer).loadUnaligned(as: Lanes.self)
    }

    @inline(__always)
    static func load(_ pointer: UnsafeMutablePointer<Double>) -> Lanes { load(UnsafePointer(pointer)) }

    @inline(__always)
    static func store(_ lanes: Lanes, _ pointer: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: lanes, as: Lanes.self)
    }
}

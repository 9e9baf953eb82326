/// `RiskMatrixParameters.termFactor(days:)` remembered for the last few distinct day counts (the
/// options of one expiry share theirs; a book has a handful of expiries).
///
/// The first `inlineCapacity` day counts live inline (no heap allocation: the risk matrix makes a
/// memo per underlying per tick); later ones, up to `capacity` in all, in arrays.
struct TermFactorMemo {
    /// Days to expiry and their term factors, the first `inlineCount` lanes in use.
    private var inlineDays = SIMD16<Double>()
    private var inlineFactors = SIMD16<Double>()
    private var inlineCount = 0
    private var days: [Double] = []
    private var factors: [Double] = []
    /// Distinct day counts remembered; beyond, the factor is computed afresh.
    static let capacity = 64
    /// Distinct day counts remembered without allocating.
    static let inlineCapacity = SIMD16<Double>.scalarCount

    /// The term factor for `days` (bit for bit `parameters.termFactor(days:)`).
    mutating func factor(days value: Double, parameters: RiskMatrixParameters) -> Double {
        for i in 0..<inlineCount where inlineDays[i].bitPattern == value.bitPattern { return inlineFactors[i] }
        for i in days.indices where days[i].bitPattern == value.bitPattern { return factors[i] }
        let factor = parameters.termFactor(days: value)
        if inlineCount < Self.inlineCapacity {
            inlineDays[inlineCount] = value
            inlineFactors[inlineCount] = factor
            inlineCount += 1
        } else if Self.inlineCapacity + days.count < Self.capacity {
            days.append(value)
            factors.append(factor)
        }
        return factor
    }
}

/// `RiskMatrixParameters.termFactor(days:)` remembered for the last few distinct day counts (the
/// options of one expiry share theirs; a book has a handful of expiries).
struct TermFactorMemo {
    private var days: [Double] = []
    private var factors: [Double] = []
    /// Distinct day counts remembered; beyond, the factor is computed afresh.
    static let capacity = 64

    /// The term factor for `days` (bit for bit `parameters.termFactor(days:)`).
    mutating func factor(days value: Double, parameters: RiskMatrixParameters) -> Double {
        for i in days.indices where days[i].bitPattern == value.bitPattern { return factors[i] }
        let factor = parameters.termFactor(days: value)
        if days.count < Self.capacity {
            days.append(value)
            factors.append(factor)
        }
        return factor
    }
}

/// Deribit standard margin for short options (DESIGN §5.2), in coin per contract.
///
/// Source: Deribit knowledge base, "Inverse options margin": long options need no margin beyond
/// the premium. Short call: IM = max(0.15 − OTM/U, 0.1) + mark, MM = 0.075 + mark.
/// Short put: IM = max(max(0.15 − OTM/U, 0.1) + mark, MM), MM = max(0.075, 0.075·mark) + mark,
/// where OTM is how far the strike is out of the money (USD), U the underlying index (USD) and mark
/// the option's price in coin. For linear options the same fractions apply to the index in USD.
public struct DeribitOptionSchedule: Sendable, Equatable {
    /// 0.15: the initial rate before the out-of-the-money reduction.
    public var initialBaseRate: Double
    /// 0.1: the lowest initial rate after the reduction.
    public var initialFloorRate: Double
    /// 0.075: the maintenance rate.
    public var maintenanceRate: Double

    public init(initialBaseRate: Double, initialFloorRate: Double, maintenanceRate: Double) {
        self.initialBaseRate = initialBaseRate
        self.initialFloorRate = initialFloorRate
        self.maintenanceRate = maintenanceRate
    }

    /// Initial and maintenance margin in coin per short contract.
    ///
    /// - Parameters: strike and index in USD; `markCoin` the option's price in coin.
    public func marginPerContract(right: OptionRight, strikeUSD: Double, indexUSD: Double,
                                  markCoin: Double) -> (initialCoin: Double, maintenanceCoin: Double) {
        let outOfMoney = right == .call ? max(strikeUSD - indexUSD, 0) : max(indexUSD - strikeUSD, 0)
        let rate = max(initialBaseRate - outOfMoney / indexUSD, initialFloorRate)
        switch right {
        case .call:
            return (rate + markCoin, maintenanceRate + markCoin)
        case .put:
            let maintenance = max(maintenanceRate, maintenanceRate * markCoin) + markCoin
            return (max(rate + markCoin, maintenance), maintenance)
        }
    }
}

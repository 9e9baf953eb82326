/// One notional bracket of a Binance-style tiered schedule.
public struct BinanceBracket: Sendable, Equatable {
    /// Upper bound of the bracket's position notional, USD (inclusive).
    public var notionalCapUSD: Double
    /// Maintenance margin rate, a fraction (0.004 = 0.4%).
    public var maintenanceMarginRate: Double
    /// Maintenance amount ("cum"), USD.
    public var maintenanceAmountUSD: Double
    /// Maximum leverage allowed in this bracket.
    public var maxLeverage: Double

    public init(notionalCapUSD: Double, maintenanceMarginRate: Double, maintenanceAmountUSD: Double, maxLeverage: Double) {
        self.notionalCapUSD = notionalCapUSD
        self.maintenanceMarginRate = maintenanceMarginRate
        self.maintenanceAmountUSD = maintenanceAmountUSD
        self.maxLeverage = maxLeverage
    }
}

/// Binance USDⓈ-M tiered margin (DESIGN §5.2): `MM = notional·MMR − cum` with the bracket chosen by
/// notional, `IM = notional / leverage`.
///
/// Source: Binance "Leverage and Margin of USDⓈ-M Futures" and "How to Calculate Liquidation Price";
/// `cum_n = floor_n·(MMR_n − MMR_{n−1}) + cum_{n−1}` where `floor_n` is the previous bracket's cap.
public struct BinanceTierSchedule: Sendable, Equatable {
    /// Brackets in increasing notional order.
    public private(set) var brackets: [BinanceBracket]

    /// Builds a schedule; `maintenanceAmountUSD` of each bracket is taken as given when not nil,
    /// otherwise derived with Binance's cum formula.
    public init(caps: [Double], rates: [Double], maxLeverages: [Double], amounts: [Double?]) {
        var result: [BinanceBracket] = []
        var previousCap = 0.0, previousRate = 0.0, previousCum = 0.0
        for index in caps.indices {
            let derived = previousCap * (rates[index] - previousRate) + previousCum
            let cum = amounts[index] ?? derived
            result.append(BinanceBracket(notionalCapUSD: caps[index], maintenanceMarginRate: rates[index],
                                         maintenanceAmountUSD: cum, maxLeverage: maxLeverages[index]))
            previousCap = caps[index]
            previousRate = rates[index]
            previousCum = cum
        }
        brackets = result
    }

    /// The bracket for a position notional (USD, absolute); beyond the last cap, the last bracket.
    public func bracket(forNotionalUSD notional: Double) -> BinanceBracket {
        for bracket in brackets where notional <= bracket.notionalCapUSD { return bracket }
        return brackets[brackets.count - 1]
    }

    /// Maintenance margin in USD for a position of absolute notional `notional` (USD); never negative.
    public func maintenanceMarginUSD(notionalUSD notional: Double) -> Double {
        let bracket = bracket(forNotionalUSD: notional)
        return max(0, notional * bracket.maintenanceMarginRate - bracket.maintenanceAmountUSD)
    }

    /// Initial margin in USD: notional / leverage, with leverage capped by the bracket's maximum.
    public func initialMarginUSD(notionalUSD notional: Double, leverage: Double) -> Double {
        let cap = bracket(forNotionalUSD: notional).maxLeverage
        return notional / max(1, min(leverage, cap))
    }
}

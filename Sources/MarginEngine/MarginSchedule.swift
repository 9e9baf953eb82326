/// A per-position margin rule from the catalogue.
public enum MarginSchedule: Sendable, Equatable {
    /// Binance USDⓈ-M notional brackets.
    case binanceTiers(BinanceTierSchedule)
    /// Deribit size-scaled rates for perpetuals and futures.
    case deribitFuture(DeribitFutureSchedule)
    /// Deribit standard margin for short options.
    case deribitOption(DeribitOptionSchedule)
    /// Hyperliquid margin tiers (MM = half the IM at max leverage).
    case hyperliquid(HyperliquidTierSchedule)
    /// dYdX v4 IMF/MMF of one market, the IMF scaled by open interest.
    case dydx(DydxMarketSchedule)
    /// No margin requirement (spot balances).
    case none

    /// A short human description, for detail views.
    public var summary: String {
        switch self {
        case .binanceTiers(let tiers): return "Binance tiers (\(tiers.brackets.count) brackets)"
        case .deribitFuture(let rule):
            return "Deribit futures: IM \(rule.initialBaseRate * 100)% + \(rule.initialRatePerCoin * 100)%/coin, MM \(rule.maintenanceBaseRate * 100)% + \(rule.maintenanceRatePerCoin * 100)%/coin"
        case .deribitOption(let rule):
            return "Deribit options: IM max(\(rule.initialBaseRate) − OTM/U, \(rule.initialFloorRate)) + mark, MM \(rule.maintenanceRate) + mark"
        case .hyperliquid(let rule):
            let leverages = rule.tiers.map { "\($0.maxLeverage)×" }.joined(separator: "/")
            return "Hyperliquid tiers (max leverage \(leverages)); MM = ½ IM at max leverage"
        case .dydx(let rule):
            return "dYdX v4: IMF \(rule.effectiveInitialMarginFraction * 100)% (base \(rule.initialMarginFraction * 100)%), MMF \(rule.maintenanceMarginFraction * 100)%"
        case .none: return "no margin"
        }
    }
}

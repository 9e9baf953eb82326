/// One Hyperliquid margin tier: from `lowerBoundUSD` of position notional up, at most `maxLeverage`.
public struct HyperliquidTier: Sendable, Equatable {
    /// Lower bound of the tier's position notional, USD(C).
    public var lowerBoundUSD: Double
    /// Maximum leverage in the tier (40 = 40×).
    public var maxLeverage: Double

    public init(lowerBoundUSD: Double, maxLeverage: Double) {
        self.lowerBoundUSD = lowerBoundUSD
        self.maxLeverage = maxLeverage
    }
}

/// Hyperliquid's margin for one perpetual (DESIGN §13).
///
/// Sources: Hyperliquid docs, "Margining" and "Margin tiers"
/// (https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margining,
/// https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers):
/// - IM = notional / leverage, leverage capped by the tier's maximum;
/// - maintenance margin = half the initial margin at maximum leverage: per tier
///   `mmr_n = 1 / (2 · max_leverage_n)` (20× → 2.5%), and
///   `MM = notional · mmr_n − deduction_n` with
///   `deduction_n = deduction_{n−1} + lower_bound_n · (mmr_n − mmr_{n−1})`, so MM is continuous in size.
/// That is Binance's bracket arithmetic with the caps at the next tier's lower bound, so the rule
/// is evaluated by a ``BinanceTierSchedule`` built from the tiers. Money in USD (USDC counted at 1).
public struct HyperliquidTierSchedule: Sendable, Equatable {
    /// Tiers in increasing lower-bound order; the first starts at 0.
    public private(set) var tiers: [HyperliquidTier]
    /// The same rule as brackets (cap = the next tier's lower bound; the last open-ended).
    public private(set) var brackets: BinanceTierSchedule

    /// A schedule from tiers (sorted here by lower bound; an empty list means one 1× tier).
    public init(tiers: [HyperliquidTier]) {
        let sorted = tiers.isEmpty ? [HyperliquidTier(lowerBoundUSD: 0, maxLeverage: 1)]
            : tiers.sorted { $0.lowerBoundUSD < $1.lowerBoundUSD }
        self.tiers = sorted
        var caps: [Double] = []
        for index in sorted.indices {
            caps.append(index + 1 < sorted.count ? sorted[index + 1].lowerBoundUSD : Double.greatestFiniteMagnitude)
        }
        brackets = BinanceTierSchedule(caps: caps, rates: sorted.map { Self.maintenanceRate(maxLeverage: $0.maxLeverage) },
                                       maxLeverages: sorted.map(\.maxLeverage), amounts: sorted.map { _ in nil })
    }

    /// The maintenance margin rate of a tier, a fraction: half the initial rate at maximum leverage.
    public static func maintenanceRate(maxLeverage: Double) -> Double { 1 / (2 * max(1, maxLeverage)) }

    /// Maintenance margin, USD, of a position of absolute notional `notionalUSD`.
    public func maintenanceMarginUSD(notionalUSD: Double) -> Double {
        brackets.maintenanceMarginUSD(notionalUSD: notionalUSD)
    }

    /// Initial margin, USD: notional / leverage with leverage capped by the tier's maximum.
    public func initialMarginUSD(notionalUSD: Double, leverage: Double) -> Double {
        brackets.initialMarginUSD(notionalUSD: notionalUSD, leverage: leverage)
    }

    /// The maximum leverage at a notional (USD, absolute).
    public func maxLeverage(notionalUSD: Double) -> Double {
        brackets.bracket(forNotionalUSD: notionalUSD).maxLeverage
    }
}

/// Hyperliquid's liquidation price (DESIGN §13).
///
/// Source: Hyperliquid docs, "Liquidations"
/// (https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations):
/// `liq_price = price − side · margin_available / position_size / (1 − l · side)` where
/// `l = 1 / MAINTENANCE_LEVERAGE` (maintenance leverage = 2 × max leverage), side = +1 long / −1 short,
/// position_size the absolute size in coin and `margin_available` = account value − maintenance
/// margin (cross) or isolated margin − maintenance margin (isolated), USD.
/// It is where equity + size·(p − price) equals `l · |size| · p`: the engine's general solver
/// (`LiquidationLevels`) finds the same level for a lone position in the first tier.
public enum HyperliquidLiquidationPrice {
    /// The liquidation price in USD, or nil where the formula gives no positive finite price.
    public static func compute(priceUSD: Double, side: Double, marginAvailableUSD: Double, sizeCoin: Double,
                               maintenanceLeverage: Double) -> Double? {
        guard sizeCoin > 0, maintenanceLeverage > 0 else { return nil }
        let l = 1 / maintenanceLeverage
        let correction = 1 - l * side
        guard correction != 0 else { return nil }
        let price = priceUSD - side * marginAvailableUSD / sizeCoin / correction
        return price.isFinite && price > 0 ? price : nil
    }
}

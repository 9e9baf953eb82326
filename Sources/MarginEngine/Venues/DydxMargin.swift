/// dYdX v4's margin for one perpetual market (DESIGN §13).
///
/// Sources: dYdX v4 docs, "Margin" (https://docs.dydx.exchange/concepts-trading/margin) and the
/// help article "Open Interest Initial Margin Fraction"
/// (https://help.dydx.trade/en/articles/228341-open-interest-initial-margin-fraction):
/// - IM = |size| · oracle price · effective IMF, MM = |size| · oracle price · MMF (USD);
/// - open-interest scaling of the IMF (the MMF never scales):
///   `scaling = (open_notional − lower_cap) / (upper_cap − lower_cap)`,
///   `effective_IMF = min(base_IMF + max(scaling · (1 − base_IMF), 0), 1)`,
///   where `open_notional` = the market's open interest × oracle price (USD). Caps of zero (or an
///   upper cap not above the lower) mean no scaling, as the chain's `LiquidityTier` reads them.
/// Fractions are fractions (0.02 = 2%), not ppm; the market's open notional is data the user sets
/// (`open_notional_usd`), the engine does not fetch it.
public struct DydxMarketSchedule: Sendable, Equatable {
    /// Base initial margin fraction (the liquidity tier's `initial_margin_ppm` / 1e6).
    public var initialMarginFraction: Double
    /// Maintenance margin fraction (IMF × `maintenance_fraction_ppm` / 1e6).
    public var maintenanceMarginFraction: Double
    /// Open notional at which the IMF starts to rise, USD.
    public var openInterestLowerCapUSD: Double
    /// Open notional at which the IMF reaches 100%, USD.
    public var openInterestUpperCapUSD: Double
    /// The market's open notional now (open interest × oracle price), USD.
    public var openNotionalUSD: Double

    public init(initialMarginFraction: Double, maintenanceMarginFraction: Double, openInterestLowerCapUSD: Double = 0,
                openInterestUpperCapUSD: Double = 0, openNotionalUSD: Double = 0) {
        self.initialMarginFraction = initialMarginFraction
        self.maintenanceMarginFraction = maintenanceMarginFraction
        self.openInterestLowerCapUSD = openInterestLowerCapUSD
        self.openInterestUpperCapUSD = openInterestUpperCapUSD
        self.openNotionalUSD = openNotionalUSD
    }

    /// The IMF after open-interest scaling, a fraction in [base, 1].
    public var effectiveInitialMarginFraction: Double {
        let width = openInterestUpperCapUSD - openInterestLowerCapUSD
        guard width > 0, openInterestUpperCapUSD > 0 else { return min(initialMarginFraction, 1) }
        let scaling = (openNotionalUSD - openInterestLowerCapUSD) / width
        let increase = scaling * (1 - initialMarginFraction)
        return min(initialMarginFraction + max(increase, 0), 1)
    }

    /// Initial margin, USD, of a position of absolute notional `notionalUSD`.
    public func initialMarginUSD(notionalUSD: Double) -> Double { notionalUSD * effectiveInitialMarginFraction }

    /// Maintenance margin, USD, of a position of absolute notional `notionalUSD`.
    public func maintenanceMarginUSD(notionalUSD: Double) -> Double { notionalUSD * maintenanceMarginFraction }
}

/// dYdX v4's isolated liquidation price (DESIGN §13).
///
/// Source: dYdX v4 docs, "Liquidations" → "Isolated Liquidation Price"
/// (https://docs.dydx.exchange/concepts/trading/liquidations): `p' = (e − s·p) / (|s|·MMF − s)`
/// with e the subaccount's equity (USD), s the signed size (coin), p the current oracle price and
/// MMF the maintenance margin fraction. Their example: e = 1,000, short 3 at 3,000, MMF 5% →
/// p' = 10,000 / 3.15 = 3,174.6032.
public enum DydxLiquidationPrice {
    /// The isolated liquidation price in USD, or nil where the formula gives no positive finite price.
    public static func isolated(equityUSD: Double, sizeCoin: Double, priceUSD: Double,
                                maintenanceMarginFraction: Double) -> Double? {
        let denominator = abs(sizeCoin) * maintenanceMarginFraction - sizeCoin
        guard denominator != 0 else { return nil }
        let price = (equityUSD - sizeCoin * priceUSD) / denominator
        return price.isFinite && price > 0 ? price : nil
    }
}

/// Binance USDⓈ-M liquidation price, one-way mode (DESIGN §5.2).
///
/// Source: Binance, "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts":
/// `LP = (WB − TMM₁ + UPNL₁ + cum − side·q·EP) / (q·MMR − side·q)`, reproduced in freqtrade's tests.
/// All amounts USD; `quantity` q is the absolute size in coin; side +1 long, −1 short.
public enum BinanceLiquidationPrice {
    /// The liquidation price in USD, or nil when the formula gives no positive price (the position
    /// cannot be liquidated by its own price moving).
    ///
    /// - Parameters:
    ///   - walletBalanceUSD: WB — the isolated margin in isolated mode; in cross mode the account's
    ///     collateral (all other positions' PnL goes into `otherUnrealizedPnlUSD`).
    ///   - otherMaintenanceMarginUSD: TMM₁, MM of all other positions (0 in isolated mode).
    ///   - otherUnrealizedPnlUSD: UPNL₁, uPnL of all other positions (0 in isolated mode).
    ///   - maintenanceAmountUSD: cum of this position's bracket.
    ///   - maintenanceMarginRate: MMR of this position's bracket, fraction.
    public static func compute(walletBalanceUSD: Double, otherMaintenanceMarginUSD: Double,
                               otherUnrealizedPnlUSD: Double, maintenanceAmountUSD: Double,
                               maintenanceMarginRate: Double, side: Double, quantity: Double,
                               entryPriceUSD: Double) -> Double? {
        let denominator = quantity * maintenanceMarginRate - side * quantity
        guard denominator != 0 else { return nil }
        let numerator = walletBalanceUSD - otherMaintenanceMarginUSD + otherUnrealizedPnlUSD
            + maintenanceAmountUSD - side * quantity * entryPriceUSD
        let price = numerator / denominator
        return price.isFinite && price > 0 ? price : nil
    }
}

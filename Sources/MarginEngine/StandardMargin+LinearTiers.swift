extension StandardMargin {
    /// Binance's closed-form liquidation price (USDⓈ-M, one-way mode; DESIGN §5.2) for a tiered
    /// linear perp/future, with the bracket of its current notional: `.some(price)` (the price may
    /// be nil when none exists), or nil when the position is not on a Binance tier schedule.
    ///
    /// - Parameters: `walletBalanceUSD` is the isolated margin (isolated) or the account's equity
    ///   less this position's uPnL (cross); `otherMaintenanceUSD` the MM of all other positions
    ///   (0 in isolated mode).
    public static func linearTierLiquidationPrice(_ position: Position, schedule: MarginSchedule, valuation: PositionValuation,
                                                  walletBalanceUSD: Double, otherMaintenanceUSD: Double) -> Double?? {
        let instrument = position.instrument
        guard case .binanceTiers(let tiers) = schedule, instrument.settlement == .linear, instrument.isFutureLike else {
            return nil
        }
        let bracket = tiers.bracket(forNotionalUSD: valuation.notionalUSD)
        return .some(BinanceLiquidationPrice.compute(
            walletBalanceUSD: walletBalanceUSD, otherMaintenanceMarginUSD: otherMaintenanceUSD, otherUnrealizedPnlUSD: 0,
            maintenanceAmountUSD: bracket.maintenanceAmountUSD, maintenanceMarginRate: bracket.maintenanceMarginRate,
            side: position.size > 0 ? 1 : -1, quantity: abs(position.size), entryPriceUSD: position.entryPrice))
    }

    /// A long-delta position loses when prices fall.
    public static func adverseIsDown(_ valuation: PositionValuation) -> Bool { valuation.deltaCoin >= 0 }
}

extension StandardMargin {
    /// For each underlying of the account: the price factors at which the whole account's equity
    /// meets its MM when that underlying's prices (index, marks, forwards and collateral in that
    /// coin) move and all others are held.
    func crossRootsByUnderlying(_ account: Account, market: MarketState) throws(MarginError) -> [String: (down: Double?, up: Double?)] {
        var result: [String: (down: Double?, up: Double?)] = [:]
        for underlying in account.underlyings {
            let moving = account.positions.filter { $0.instrument.underlying == underlying }
            let fixed = account.positions.filter { $0.instrument.underlying != underlying }
            var fixedSurplus = 0.0
            for position in fixed {
                let value = try valuer.value(position, in: market)
                fixedSurplus += value.equityContributionUSD - value.maintenanceMarginUSD
            }
            var collateralFixed = 0.0, collateralMoving = 0.0
            for balance in account.collateral {
                let value = try collateralUSD(Account(name: "", collateral: [balance], positions: []), market: market)
                if balance.coin == underlying { collateralMoving += value } else { collateralFixed += value }
            }
            let instruments = moving.map(\.instrument)
            let valuer = self.valuer
            let base = fixedSurplus + collateralFixed
            let surplus: (Double) -> Double = { factor in
                let shifted = market.scaling(underlying: underlying, by: factor, instruments: instruments)
                var total = base + collateralMoving * factor
                for position in moving {
                    guard let value = try? valuer.value(position, in: shifted) else { return 0 }
                    total += value.equityContributionUSD - value.maintenanceMarginUSD
                }
                return total
            }
            result[underlying] = LiquidationPriceSolver.roots(surplus: surplus)
        }
        return result
    }

    /// Cross liquidation price of one position: Binance's formula for tiered linear contracts (other
    /// positions' MM and PnL held), else the account's root along this underlying in the direction
    /// adverse to the position.
    func crossLiquidationPrice(_ position: Position, valuation: PositionValuation, equityUSD: Double,
                               maintenanceUSD: Double, roots: (down: Double?, up: Double?)?) throws(MarginError) -> Double? {
        let instrument = position.instrument
        if instrument.kind == .spot || position.size == 0 { return nil }
        let schedule = try valuer.catalogue.schedule(for: instrument)
        // WB + UPNL₁ = equity − this position's uPnL; TMM₁ = total MM − this position's MM.
        if let price = Self.linearTierLiquidationPrice(position, schedule: schedule, valuation: valuation,
                                                       walletBalanceUSD: equityUSD - valuation.unrealizedPnlUSD,
                                                       otherMaintenanceUSD: maintenanceUSD - valuation.maintenanceMarginUSD) {
            return price
        }
        guard let roots else { return nil }
        guard let factor = Self.adverseIsDown(valuation) ? roots.down : roots.up else { return nil }
        return (instrument.isOption ? valuation.indexUSD : valuation.mark) * factor
    }
}

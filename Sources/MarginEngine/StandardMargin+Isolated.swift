extension StandardMargin {
    /// A position's isolated collateral: in its settlement currency and in USD at the current index.
    func isolatedState(_ position: Position, valuation: PositionValuation,
                       market: MarketState) throws(MarginError) -> (marginInSettlement: Double, marginUSD: Double) {
        let inverse = position.instrument.settlement == .inverse
        let amount: Double
        if let given = position.isolatedMargin {
            amount = given
        } else {
            amount = try defaultIsolatedMargin(position, valuation: valuation, market: market)
        }
        return (amount, inverse ? amount * valuation.indexUSD : amount)
    }

    /// Default isolated collateral, in the settlement currency: the IM at the entry price for
    /// perps and futures (what an exchange takes when the position opens); for options the current IM
    /// plus, for a long, the premium paid.
    func defaultIsolatedMargin(_ position: Position, valuation: PositionValuation,
                               market: MarketState) throws(MarginError) -> Double {
        let instrument = position.instrument
        let inverse = instrument.settlement == .inverse
        switch instrument.kind {
        case .spot:
            return 0
        case .perpetual, .future:
            let entry = position.entryPrice > 0 ? position.entryPrice : valuation.mark
            let notional = inverse ? abs(position.size) : abs(position.size) * entry
            let schedule = try valuer.catalogue.schedule(for: instrument)
            let initial = valuer.futureMargins(position: position, schedule: schedule, notionalUSD: notional, price: entry).initial
            return inverse ? initial / entry : initial
        case .option:
            let premium = position.size > 0 ? position.size * position.entryPrice : 0
            let initial = inverse ? valuation.initialMarginUSD / valuation.indexUSD : valuation.initialMarginUSD
            return initial + premium
        }
    }
}

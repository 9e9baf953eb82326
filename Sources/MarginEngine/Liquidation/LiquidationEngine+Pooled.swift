extension LiquidationEngine {
    /// Cross and portfolio mode: incremental liquidation of the pooled account.
    mutating func updatePooled(_ account: inout Account, market: MarketState) throws -> [LiquidationEvent] {
        var totals = try measure(account, market)
        let time = market.timestampMicros
        var events = alerts(at: totals.utilization, account: account.name, time: time, totals: totals)
        guard totals.utilization >= thresholds.liquidation else { return events }
        let closer = PositionCloser(valuer: margin.valuer)
        var rounds = 0
        while rounds < policy.maxRoundsPerUpdate, totals.utilization > policy.targetUtilization,
              let (index, fraction) = try nextSlice(account, market: market, wipeOut: totals.equityUSD <= 0) {
            let outcome = try closer.outcome(of: account, index: index, fraction: fraction, market: market,
                                             penaltyRate: policy.penaltyRate)
            let instrument = account.positions[index].instrument.name
            PositionCloser.apply(outcome, index: index, fraction: fraction, delta: outcome.settlementDelta, to: &account)
            let after = try measure(account, market)
            events.append(LiquidationEvent(
                kind: .liquidation, timeMicros: time, mode: mode, account: account.name, level: .liquidation,
                instrument: instrument, quantity: outcome.quantity, price: outcome.price, penaltyUSD: outcome.penaltyUSD,
                realizedPnlUSD: outcome.realizedPnlUSD, equityBeforeUSD: totals.equityUSD, equityAfterUSD: after.equityUSD,
                utilizationBefore: totals.utilization, utilizationAfter: after.utilization,
                closedNotionalUSD: outcome.notionalUSD))
            totals = after
            rounds += 1
        }
        if totals.equityUSD < 0, !account.positions.contains(where: { $0.instrument.kind != .spot }) {
            // Bankrupt: the loss beyond all collateral is the insurance fund's; the account is wiped.
            let shortfall = -totals.equityUSD
            for index in account.collateral.indices { account.collateral[index].amount = 0 }
            account.positions.removeAll()
            let after = try measure(account, market)
            events.append(LiquidationEvent(
                kind: .shortfall, timeMicros: time, mode: mode, account: account.name, level: .liquidation,
                equityBeforeUSD: totals.equityUSD, equityAfterUSD: after.equityUSD, utilizationBefore: totals.utilization,
                utilizationAfter: after.utilization, shortfallUSD: shortfall))
            totals = after
        }
        hysteresis.settle(at: totals.utilization, thresholds: thresholds)
        return events
    }

    /// The position to reduce next and the fraction to close: the one whose slice lowers MM most
    /// (all of every position when equity is gone).
    func nextSlice(_ account: Account, market: MarketState, wipeOut: Bool) throws -> (Int, Double)? {
        var best: (index: Int, fraction: Double, reduction: Double)?
        let base = try measure(account, market).maintenanceMarginUSD
        for (index, position) in account.positions.enumerated() where position.instrument.kind != .spot {
            let value = try margin.valuer.value(position, in: market)
            var fraction = wipeOut ? 1 : policy.sliceFraction
            if value.notionalUSD * (1 - fraction) < policy.minimumSliceUSD { fraction = 1 }
            var reduced = account
            if fraction >= 1 { reduced.positions.remove(at: index) } else { reduced.positions[index].size *= 1 - fraction }
            let reduction = base - (try measure(reduced, market).maintenanceMarginUSD)
            if best == nil || reduction > (best?.reduction ?? 0) + 1e-9 {
                best = (index, fraction, reduction)
            }
        }
        guard let best else { return nil }
        if best.reduction <= 0, !wipeOut {
            // Nothing lowers MM (e.g. only long options left): close the largest position whole.
            return try largestPosition(account, market: market).map { ($0, 1) }
        }
        return (best.index, best.fraction)
    }

    func largestPosition(_ account: Account, market: MarketState) throws -> Int? {
        var best: (Int, Double)?
        for (index, position) in account.positions.enumerated() where position.instrument.kind != .spot {
            let notional = try margin.valuer.value(position, in: market).notionalUSD
            if best == nil || notional > (best?.1 ?? 0) { best = (index, notional) }
        }
        return best?.0
    }
}

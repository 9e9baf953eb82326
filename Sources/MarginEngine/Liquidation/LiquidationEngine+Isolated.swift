extension LiquidationEngine {
    /// Isolated mode: each breached position is closed whole; the rest is untouched.
    mutating func updateIsolated(_ account: inout Account, market: MarketState) throws -> [LiquidationEvent] {
        let time = market.timestampMicros
        var events: [LiquidationEvent] = []
        var worst: (utilization: Double, instrument: String)?
        var breached: [(index: Int, utilization: Double)] = []
        for (index, position) in account.positions.enumerated() where position.instrument.kind != .spot {
            let value = try margin.valuer.value(position, in: market)
            let state = try margin.isolatedState(position, valuation: value, market: market)
            let equity = state.marginUSD + value.unrealizedPnlUSD
            let utilization = StandardMargin.utilization(maintenance: value.maintenanceMarginUSD, equity: equity)
            if worst == nil || utilization > (worst?.utilization ?? 0) { worst = (utilization, position.instrument.name) }
            if value.maintenanceMarginUSD > 0, utilization >= thresholds.liquidation { breached.append((index, utilization)) }
        }
        var totals = try measure(account, market)
        // Notice and warning follow the worst position with hysteresis; the liquidation level is per
        // position: every breached position gets its own alert (it is closed, so it cannot repeat).
        events += alerts(at: worst?.utilization ?? 0, account: account.name, time: time, totals: totals,
                         instrument: worst?.instrument).filter { $0.level < .liquidation }
        for (index, utilization) in breached {
            let position = account.positions[index]
            events.append(LiquidationEvent(kind: .alert, timeMicros: time, mode: mode, account: account.name, level: .liquidation,
                                           instrument: position.instrument.name, equityBeforeUSD: totals.equityUSD,
                                           equityAfterUSD: totals.equityUSD, utilizationBefore: utilization,
                                           utilizationAfter: utilization))
        }
        let closer = PositionCloser(valuer: margin.valuer)
        for index in breached.map(\.index).reversed() {
            let position = account.positions[index]
            let value = try margin.valuer.value(position, in: market)
            let marginUSD = try margin.isolatedState(position, valuation: value, market: market).marginUSD
            let outcome = try closer.outcome(of: account, index: index, fraction: 1, market: market, penaltyRate: policy.penaltyRate)
            // The account loses at most the position's isolated margin; the rest is a shortfall.
            let shortfall = max(0, -(outcome.realizedPnlUSD - outcome.penaltyUSD) - marginUSD)
            PositionCloser.apply(outcome, index: index, fraction: 1,
                                 delta: outcome.settlementDelta + shortfall / outcome.settlementPriceUSD, to: &account)
            let after = try measure(account, market)
            events.append(LiquidationEvent(
                kind: .liquidation, timeMicros: time, mode: mode, account: account.name, level: .liquidation,
                instrument: position.instrument.name, quantity: outcome.quantity, price: outcome.price,
                penaltyUSD: outcome.penaltyUSD, realizedPnlUSD: outcome.realizedPnlUSD, equityBeforeUSD: totals.equityUSD,
                equityAfterUSD: after.equityUSD, utilizationBefore: totals.utilization, utilizationAfter: after.utilization,
                closedNotionalUSD: outcome.notionalUSD))
            if shortfall > 0 {
                events.append(LiquidationEvent(
                    kind: .shortfall, timeMicros: time, mode: mode, account: account.name, level: .liquidation,
                    instrument: position.instrument.name, equityBeforeUSD: after.equityUSD, equityAfterUSD: after.equityUSD,
                    utilizationBefore: after.utilization, utilizationAfter: after.utilization, shortfallUSD: shortfall))
            }
            totals = after
        }
        if !breached.isEmpty {
            // Re-arm alerts the surviving positions' worst utilization is now well below.
            var remainingWorst = 0.0
            for position in account.positions where position.instrument.kind != .spot {
                let value = try margin.valuer.value(position, in: market)
                let equity = try margin.isolatedState(position, valuation: value, market: market).marginUSD + value.unrealizedPnlUSD
                remainingWorst = max(remainingWorst, StandardMargin.utilization(maintenance: value.maintenanceMarginUSD, equity: equity))
            }
            hysteresis.settle(at: remainingWorst, thresholds: thresholds)
        }
        return events
    }
}

/// Liquidation levels solved on the compiled book (DESIGN §6): no market dictionaries are copied,
/// each trial price values only the positions on the moving underlying, so a whole book costs
/// O(positions × solver steps) instead of O(positions²).
///
/// The definitions are `StandardMargin.report`'s, so the dashboard and `xmargin margin` agree:
/// - pooled (cross): per underlying U, the factors f (price / current) at which the account's
///   equity − MM reaches zero when every price on U (index, marks, forwards, collateral in U) is
///   multiplied by f and other underlyings are held;
/// - isolated: per position, the factor at which its isolated margin + uPnL reaches its MM.
/// Tiered linear contracts (Binance USDⓈ-M) keep Binance's closed form, applied by the caller
/// through `StandardMargin` (see `linearTierLiquidationPrice`).
extension CompiledBook {
    /// Factors at which the pooled account reaches MM, per underlying group, in group order.
    public mutating func pooledLiquidationFactors() throws(MarginError) -> [(underlying: String, down: Double?, up: Double?)] {
        let totals = try self.totals()
        let accountSurplus = totals.equityUSD - totals.maintenanceMarginUSD
        var result: [(underlying: String, down: Double?, up: Double?)] = []
        result.reserveCapacity(groups.count)
        for group in groups.indices {
            var collateralMoving = 0.0
            for entry in collateral where entry.amount != 0 && slotGroup[entry.indexSlot] == group {
                collateralMoving += entry.amount * prices[entry.indexSlot] * (1 - entry.haircut)
            }
            let base = accountSurplus - (groups[group].equity - groups[group].maintenance) - collateralMoving
            let members = groups[group].positions
            let roots = LiquidationPriceSolver.roots { factor in
                var total = base + collateralMoving * factor
                for index in members {
                    let value = self.valuePosition(index, scaledBy: factor)
                    total += value.equityContributionUSD - value.maintenanceMarginUSD
                }
                return total
            }
            result.append((groups[group].underlying, roots.down, roots.up))
        }
        return result
    }

    /// Isolated mode: per position, the factor (price / current) at which its isolated margin +
    /// uPnL reaches its MM in the adverse direction (down for long delta), else the other; nil when
    /// there is none in the scanned range, the position has no requirement (spot, size 0) or it
    /// cannot be liquidated (a long option).
    public mutating func isolatedLiquidationFactors() throws(MarginError) -> [Double?] {
        try refresh()
        var result: [Double?] = []
        result.reserveCapacity(inputs.count)
        for index in inputs.indices {
            let position = account.positions[index]
            // A long option's loss is capped at its premium, which its isolated margin covers.
            if position.instrument.kind == .spot || position.size == 0 || (position.instrument.isOption && position.size > 0) {
                result.append(nil)
                continue
            }
            // Tiered linear contracts take Binance's closed form (`StandardMargin.linearTierLiquidationPrice`).
            if case .binanceTiers = schedules[index], position.instrument.settlement == .linear, position.instrument.isFutureLike {
                result.append(nil)
                continue
            }
            let margin = position.isolatedMargin ?? 0
            let inverse = position.instrument.settlement == .inverse
            let book = self
            let surplus: (Double) -> Double = { factor in
                let value = book.valuePosition(index, scaledBy: factor)
                return (inverse ? margin * value.indexUSD : margin) + value.unrealizedPnlUSD - value.maintenanceMarginUSD
            }
            // The adverse side first; the other only when the adverse side has none.
            let down = StandardMargin.adverseIsDown(valuations[index])
            let adverse = LiquidationPriceSolver.root(down: down, surplus: surplus)
            result.append(adverse ?? LiquidationPriceSolver.root(down: !down, surplus: surplus))
        }
        return result
    }

    /// One position valued with every price of its underlying multiplied by `factor` (a missing or
    /// invalid price values to zero surplus change: the solver then sees no crossing there).
    func valuePosition(_ index: Int, scaledBy factor: Double) -> PositionValuation {
        let input = inputs[index]
        let indexPrice = prices[input.indexSlot] * factor
        var mark = indexPrice
        if input.markSlot >= 0, prices[input.markSlot].isFinite { mark = prices[input.markSlot] * factor }
        var forward = indexPrice
        for slot in input.forwardSlots where prices[slot].isFinite {
            forward = prices[slot] * factor
            break
        }
        let vol = input.volSlot >= 0 ? prices[input.volSlot] : 0
        return valuer.value(account.positions[index], schedule: schedules[index], indexUSD: indexPrice, markUSD: mark,
                            forwardUSD: forward, vol: vol, years: input.years)
    }

    /// The margin schedule of position `index` (resolved once at compile time).
    public func schedule(ofPosition index: Int) -> MarginSchedule { schedules[index] }
}

/// Liquidation levels (`LiquidationLevels`, DESIGN §6) solved on the compiled book: no market
/// dictionaries are copied, each trial price values only the positions on the moving underlying,
/// so a whole book costs O(positions × solver steps).
///
/// Every contract takes the same path, Binance's tiered USDⓈ-M contracts included: the solver
/// re-evaluates the bracket at each trial price, so a level lands where the bracket at the lower
/// notional puts it. Where nothing else moves with the contract, this is Binance's closed form
/// (Binance, "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts"; the tests check its
/// published example to the cent).
extension CompiledBook {
    /// Levels in `mode`: pooled (cross) — per underlying, the account's equity − MM reaching zero,
    /// every position on it showing that level; isolated — per position, its isolated margin +
    /// uPnL reaching its MM. Portfolio mode's levels need the risk-based model: see
    /// `ModeReplay.liquidationLevels()`.
    public mutating func liquidationLevels(isolated: Bool) throws(MarginError) -> LiquidationLevels {
        isolated ? try isolatedLevels() : try pooledLevels()
    }

    /// Cross: one root pair per underlying; every position on it (spot excepted) shows that
    /// underlying's nearest level.
    mutating func pooledLevels() throws(MarginError) -> LiquidationLevels {
        let totals = try self.totals()
        let accountSurplus = totals.equityUSD - totals.maintenanceMarginUSD
        var underlyings: [LiquidationLevels.Underlying] = []
        var positions: [LiquidationLevels.PositionLevel?] = Array(repeating: nil, count: inputs.count)
        for group in groups.indices {
            var collateralMoving = 0.0
            for entry in collateral where entry.amount != 0 && slotGroup[entry.indexSlot] == group {
                collateralMoving += entry.amount * prices[entry.indexSlot] * (1 - entry.haircut)
            }
            let base = accountSurplus - (groups[group].equity - groups[group].maintenance) - collateralMoving
            let members = groups[group].positions
            let found = LiquidationPriceSolver.roots { factor in
                var total = base + collateralMoving * factor
                for index in members {
                    let value = self.valuePosition(index, scaledBy: factor)
                    total += value.equityContributionUSD - value.maintenanceMarginUSD
                }
                return total
            }
            let level = LiquidationLevels.Underlying(underlying: groups[group].underlying, indexUSD: groupIndexUSD(group),
                                                     down: found.down, up: found.up)
            underlyings.append(level)
            for index in groups[group].positions where LiquidationLevels.canExist(for: account.positions[index], isolated: false) {
                positions[index] = level.nearest
            }
        }
        return LiquidationLevels(underlyings: underlyings, positions: positions)
    }

    /// Isolated: per position; an underlying's levels are the first reached by any of its
    /// positions each way (the highest down level, the lowest up level).
    mutating func isolatedLevels() throws(MarginError) -> LiquidationLevels {
        try refresh()
        var positions: [LiquidationLevels.PositionLevel?] = []
        var bothSides: [(down: Double?, up: Double?)] = []
        positions.reserveCapacity(inputs.count)
        bothSides.reserveCapacity(inputs.count)
        for index in inputs.indices {
            let position = account.positions[index]
            guard LiquidationLevels.canExist(for: position, isolated: true) else {
                positions.append(nil)
                bothSides.append((nil, nil))
                continue
            }
            let margin = position.isolatedMargin ?? 0
            let inverse = position.instrument.settlement == .inverse
            let book = self
            let surplus: (Double) -> Double = { factor in
                let value = book.valuePosition(index, scaledBy: factor)
                return (inverse ? margin * value.indexUSD : margin) + value.unrealizedPnlUSD - value.maintenanceMarginUSD
            }
            // Both sides: the position shows its adverse one (the other when the adverse side has
            // none), and its underlying's levels take whichever its price reaches first each way.
            let roots = LiquidationPriceSolver.roots(surplus: surplus)
            bothSides.append(roots)
            let adverseDown = StandardMargin.adverseIsDown(valuations[index])
            let adverse = adverseDown ? roots.down.map { LiquidationLevels.PositionLevel(factor: $0, side: .down) }
                : roots.up.map { LiquidationLevels.PositionLevel(factor: $0, side: .up) }
            let other = adverseDown ? roots.up.map { LiquidationLevels.PositionLevel(factor: $0, side: .up) }
                : roots.down.map { LiquidationLevels.PositionLevel(factor: $0, side: .down) }
            positions.append(adverse ?? other)
        }
        var underlyings: [LiquidationLevels.Underlying] = []
        for group in groups.indices {
            var down: Double?, up: Double?
            for index in groups[group].positions {
                if let factor = bothSides[index].down { down = max(down ?? factor, factor) }
                if let factor = bothSides[index].up { up = min(up ?? factor, factor) }
            }
            underlyings.append(LiquidationLevels.Underlying(underlying: groups[group].underlying,
                                                            indexUSD: groupIndexUSD(group), down: down, up: up))
        }
        return LiquidationLevels(underlyings: underlyings, positions: positions)
    }

    /// The index of group `group`'s underlying now, USD.
    func groupIndexUSD(_ group: Int) -> Double {
        guard let first = groups[group].positions.first else { return 0 }
        return prices[inputs[first].indexSlot]
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

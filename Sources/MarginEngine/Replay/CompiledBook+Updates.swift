extension CompiledBook {
    /// Applies a market update; only the underlying it touches is revalued (at the next `totals`).
    /// Prices the book does not use are ignored (`market` mirrors only what the book reads).
    public mutating func apply(_ update: PriceUpdate) {
        applyToSlots(update, slot: resolveSlot(update))
        syncMarket()
    }

    /// Applies the updates of one tape moment in order, as `apply(_:)` one by one would, writing
    /// `market` once per changed price at the end instead of once per update.
    public mutating func apply(_ updates: [PriceUpdate]) {
        for position in updates.indices {
            let update = updates[position]
            applyToSlots(update, slot: predictedSlot(update, at: position))
        }
        syncMarket()
    }

    /// The kind and key an update names.
    static func kindAndKey(_ update: PriceUpdate) -> (SlotKind, String) {
        switch update {
        case .index(let coin, _): return (.index, coin)
        case .mark(let symbol, _): return (.mark, symbol)
        case .impliedVol(let symbol, _): return (.vol, symbol)
        case .forward(let symbol, _): return (.forward, symbol)
        }
    }

    /// The slot `update` moves (nil: a price the book does not read), looked up in the slot tables.
    func resolveSlot(_ update: PriceUpdate) -> Int? {
        switch update {
        case .index(let coin, _): return indexSlots[coin]
        case .mark(let symbol, _): return markSlots[symbol]
        case .impliedVol(let symbol, _): return volSlots[symbol]
        case .forward(let symbol, _): return forwardSlots[symbol]
        }
    }

    /// `resolveSlot(update)`, answered from the prediction for the `position`-th update of a moment
    /// when it names the same kind and key (the same lookup, so the same answer), else looked up
    /// and remembered.
    mutating func predictedSlot(_ update: PriceUpdate, at position: Int) -> Int? {
        let (kind, key) = Self.kindAndKey(update)
        if position < predictedSlots.count {
            let prediction = predictedSlots[position]
            if prediction.kind == kind, prediction.key == key { return prediction.slot }
            let slot = resolveSlot(update)
            predictedSlots[position] = SlotPrediction(kind: kind, key: key, slot: slot)
            return slot
        }
        let slot = resolveSlot(update)
        if position == predictedSlots.count, position < Self.predictionLimit {
            predictedSlots.append(SlotPrediction(kind: kind, key: key, slot: slot))
        }
        return slot
    }

    /// Updates per moment whose slots are remembered (a bound on the cache, not on correctness).
    static let predictionLimit = 4_096

    mutating func applyToSlots(_ update: PriceUpdate, slot: Int?) {
        let value: Double
        switch update {
        case .index(_, let usd), .mark(_, let usd), .forward(_, let usd): value = usd
        case .impliedVol(_, let vol): value = vol
        }
        guard let slot else { return }
        switch update {
        case .index: moveFollowers(of: slot, to: value)
        case .mark(let symbol, _), .forward(let symbol, _): if !fedSlots[slot] { markFed(symbol) }
        case .impliedVol: break
        }
        prices[slot] = value
        markStale(slot)
        let group = slotGroup[slot]
        if group >= 0 {
            dirty[group] = true
            moved[group] = true
        }
    }

    mutating func markStale(_ slot: Int) {
        if !staleSlot[slot] {
            staleSlot[slot] = true
            staleSlots.append(slot)
        }
    }

    /// Writes the prices changed since the last sync into `market`.
    mutating func syncMarket() {
        for slot in staleSlots {
            let key = slotKeys[slot]
            switch slotKinds[slot] {
            case .index: market.indexUSD[key] = prices[slot]
            case .mark: market.marksUSD[key] = prices[slot]
            case .vol: market.impliedVols[key] = prices[slot]
            case .forward: market.forwardsUSD[key] = prices[slot]
            }
            staleSlot[slot] = false
        }
        staleSlots.removeAll(keepingCapacity: true)
    }

    /// Underlyings whose prices moved since the last call or the last `totals()` (a time move
    /// alone does not count), and forgets them: what a portfolio session ticks, without
    /// revaluing the book's standard sums.
    public mutating func takeMovedUnderlyings() -> [String] {
        let underlyings: [String]
        if !moved.contains(false), groupUnderlyings.count == groups.count {
            underlyings = groupUnderlyings
        } else {
            underlyings = groups.indices.filter { moved[$0] }.map { groups[$0].underlying }
        }
        for group in moved.indices where moved[group] { moved[group] = false }
        return underlyings
    }

    /// Scales the unfed marks and forwards that follow an index by the index's move.
    mutating func moveFollowers(of indexSlot: Int, to newIndex: Double) {
        let old = prices[indexSlot]
        guard old.isFinite, old > 0, newIndex.isFinite, newIndex > 0, indexSlot < followers.count else { return }
        let ratio = newIndex / old
        // By position, not a copy of the list (it holds only unfed slots, `pruneFedFollowers`).
        for position in followers[indexSlot].indices {
            let slot = followers[indexSlot][position]
            guard !fedSlots[slot], prices[slot].isFinite else { continue }
            prices[slot] *= ratio
            markStale(slot)
        }
    }

    /// Records that the tape feeds `symbol` itself (its marks and forwards stop following the index).
    mutating func markFed(_ symbol: String) {
        fedSymbols.insert(symbol)
        for slot in slotKeys.indices where slotKeys[slot] == symbol { fedSlots[slot] = true }
        pruneFedFollowers()
    }

    /// Drops fed slots from the follower lists (`moveFollowers` skips them; a slot never stops
    /// being fed), so that an index move visits only the prices that follow it.
    mutating func pruneFedFollowers() {
        for index in followers.indices where followers[index].contains(where: { fedSlots[$0] }) {
            followers[index].removeAll { fedSlots[$0] }
        }
    }

    /// Moves the valuation time: refreshes every position's years to expiry (call on a tape-time
    /// cadence, e.g. each minute of tape time).
    public mutating func setTime(_ micros: Int64) {
        market.timestampMicros = micros
        for index in inputs.indices {
            if let expiry = account.positions[index].instrument.expiryMicros {
                inputs[index].years = max(0, UTCTime.yearsBetween(micros, expiry))
            }
        }
        for group in dirty.indices { dirty[group] = true }
    }

    /// Moves the valuation time without revaluing (tick-level timestamps between cadence refreshes).
    public mutating func stamp(_ micros: Int64) {
        market.timestampMicros = micros
    }

    /// Equity, IM and MM (USD) of the account, revaluing only what changed.
    public mutating func totals() throws(MarginError) -> MarginTotals {
        try refresh()
        var equity = 0.0, initial = 0.0, maintenance = 0.0
        for entry in collateral where entry.amount != 0 {
            let index = prices[entry.indexSlot]
            guard index.isFinite else { throw .missingIndex(coin: "collateral", neededBy: "collateral") }
            equity += entry.amount * index * (1 - entry.haircut)
        }
        for group in groups {
            equity += group.equity
            initial += group.initial
            maintenance += group.maintenance
        }
        return MarginTotals(equityUSD: equity, initialMarginUSD: initial, maintenanceMarginUSD: maintenance)
    }

    /// Isolated mode: the highest MM ÷ (isolated margin + uPnL) over the positions, and which one.
    public mutating func worstIsolatedUtilization() throws(MarginError) -> (utilization: Double, index: Int?) {
        try refresh()
        var worst = 0.0
        var worstIndex: Int?
        for (index, value) in valuations.enumerated() where value.maintenanceMarginUSD > 0 {
            let position = account.positions[index]
            let margin = position.isolatedMargin ?? 0
            let marginUSD = position.instrument.settlement == .inverse ? margin * value.indexUSD : margin
            let utilization = StandardMargin.utilization(maintenance: value.maintenanceMarginUSD,
                                                         equity: marginUSD + value.unrealizedPnlUSD)
            if worstIndex == nil || utilization > worst {
                worst = utilization
                worstIndex = index
            }
        }
        return (worst, worstIndex)
    }

    /// Replaces the account (after a liquidation changed it) and recompiles.
    public mutating func replaceAccount(_ newAccount: Account) throws(MarginError) {
        account = newAccount
        try compile()
    }
}

extension CompiledBook {
    mutating func slot(_ kind: SlotKind, _ key: String, value: Double?, group: Int) -> Int {
        if let existing = slotTable(kind)[key] {
            if group >= 0 { slotGroup[existing] = group }
            return existing
        }
        switch kind {
        case .index: indexSlots[key] = prices.count
        case .mark: markSlots[key] = prices.count
        case .vol: volSlots[key] = prices.count
        case .forward: forwardSlots[key] = prices.count
        }
        slotKinds.append(kind)
        slotKeys.append(key)
        prices.append(value ?? .nan)
        slotGroup.append(group)
        return prices.count - 1
    }

    func slotTable(_ kind: SlotKind) -> [String: Int] {
        switch kind {
        case .index: return indexSlots
        case .mark: return markSlots
        case .vol: return volSlots
        case .forward: return forwardSlots
        }
    }

    /// Resolves schedules and slots for the current account; values everything.
    mutating func compile() throws(MarginError) {
        schedules = []
        indexSlots = [:]
        markSlots = [:]
        volSlots = [:]
        forwardSlots = [:]
        slotKinds = []
        slotKeys = []
        followers = []
        predictedSlots = []
        prices = []
        slotGroup = []
        groups = []
        inputs = []
        collateral = []
        var groupOf: [String: Int] = [:]
        for position in account.positions {
            let instrument = position.instrument
            let schedule = try valuer.catalogue.schedule(for: instrument)
            schedules.append(schedule)
            let group: Int
            if let existing = groupOf[instrument.underlying] {
                group = existing
            } else {
                group = groups.count
                groupOf[instrument.underlying] = group
                groups.append(Group(underlying: instrument.underlying, positions: []))
            }
            groups[group].positions.append(inputs.count)
            let indexSlot = slot(.index, instrument.underlying, value: market.index(of: instrument.underlying), group: group)
            var markSlot = -1, volSlot = -1
            var forwardSlots: [Int] = []
            if instrument.isFutureLike {
                markSlot = slot(.mark, instrument.name, value: market.marksUSD[instrument.name], group: group)
            }
            if instrument.isOption {
                volSlot = slot(.vol, instrument.name, value: market.impliedVols[instrument.name], group: group)
                if let symbol = instrument.forwardSymbol {
                    forwardSlots = [slot(.forward, symbol, value: market.forwardsUSD[symbol], group: group),
                                    slot(.mark, symbol, value: market.marksUSD[symbol], group: group)]
                }
            }
            let years = instrument.expiryMicros.map { max(0, UTCTime.yearsBetween(market.timestampMicros, $0)) } ?? 0
            inputs.append(Inputs(indexSlot: indexSlot, markSlot: markSlot, forwardSlots: forwardSlots, volSlot: volSlot,
                                 years: years, group: group))
        }
        for balance in account.collateral {
            let group = groupOf[balance.coin] ?? -1
            let indexSlot = slot(.index, balance.coin, value: market.index(of: balance.coin), group: group)
            collateral.append((balance.amount, valuer.catalogue.haircut(for: balance.coin), indexSlot))
        }
        valuations = Array(repeating: PositionValuation(mark: 0, indexUSD: 0, forwardUSD: 0, notionalUSD: 0, unrealizedPnlUSD: 0,
                                                        equityContributionUSD: 0, deltaCoin: 0, gamma: 0, vegaUSD: 0, thetaUSD: 0,
                                                        initialMarginUSD: 0, maintenanceMarginUSD: 0, impliedVol: 0, yearsToExpiry: 0),
                           count: inputs.count)
        followers = Array(repeating: [], count: prices.count)
        for index in inputs.indices {
            let input = inputs[index]
            for slot in [input.markSlot] + input.forwardSlots where slot >= 0 && !followers[input.indexSlot].contains(slot) {
                followers[input.indexSlot].append(slot)
            }
        }
        fedSlots = slotKeys.map { fedSymbols.contains($0) }
        pruneFedFollowers()
        staleSlots = []
        staleSlot = Array(repeating: false, count: slotKeys.count)
        dirty = Array(repeating: true, count: groups.count)
        moved = Array(repeating: true, count: groups.count)
        groupUnderlyings = groups.map(\.underlying)
        try refresh()
    }

    /// Revalues every position of the dirty underlyings; throws when a needed price is missing.
    mutating func refresh() throws(MarginError) {
        for group in groups.indices where dirty[group] {
            var equity = 0.0, initial = 0.0, maintenance = 0.0
            for index in groups[group].positions {
                let value = try valuePosition(index)
                valuations[index] = value
                equity += value.equityContributionUSD
                initial += value.initialMarginUSD
                maintenance += value.maintenanceMarginUSD
            }
            groups[group].equity = equity
            groups[group].initial = initial
            groups[group].maintenance = maintenance
            dirty[group] = false
            moved[group] = false
        }
    }

    /// The position is read in place (no copy of its instrument's strings per tick).
    func valuePosition(_ index: Int) throws(MarginError) -> PositionValuation {
        try account.positions.withUnsafeBufferPointer { (positions) throws(MarginError) -> PositionValuation in
            precondition(positions.indices.contains(index), "position index out of range")  // as the array's subscript
            return try valuePosition(index, positions[index])
        }
    }

    private func valuePosition(_ index: Int, _ position: borrowing Position) throws(MarginError) -> PositionValuation {
        let input = inputs[index]
        let indexPrice = prices[input.indexSlot]
        guard indexPrice.isFinite, indexPrice > 0 else {
            throw .missingIndex(coin: position.instrument.underlying, neededBy: position.instrument.name)
        }
        var mark = indexPrice
        if input.markSlot >= 0, prices[input.markSlot].isFinite { mark = prices[input.markSlot] }
        var forward = indexPrice
        for slot in input.forwardSlots where prices[slot].isFinite {
            forward = prices[slot]
            break
        }
        var vol = 0.0
        if input.volSlot >= 0 {
            vol = prices[input.volSlot]
            guard vol.isFinite, vol >= 0 else { throw .missingVol(instrument: position.instrument.name) }
        }
        return valuer.value(position, schedule: schedules[index], indexUSD: indexPrice, markUSD: mark, forwardUSD: forward,
                            vol: vol, years: input.years)
    }
}

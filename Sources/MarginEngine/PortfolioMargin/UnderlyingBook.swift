import RealModule

/// The instruments of one underlying as struct-of-arrays, netted by instrument, with the
/// per-option invariants (√T, ln(F/K), σ√T, base value) hoisted out of the scenario loops.
///
/// Units: prices USD; delta-one sizes as the position's unit (USD notional for inverse, coin for
/// linear); option sizes in contracts (1 = 1 coin).
///
/// The arrays live in two immutable boxes that copies share: `Layout` (the instruments, sizes
/// and strikes, set while the book is built) and `State` (what `update(from:)` derives from the
/// prices). Every reader of a tick (risk matrix, ES grid values, liquidity add-on) takes the book
/// by value, and a copy is two retains instead of one per array. A mutation takes the values out
/// of their box — in place when this book is the box's only owner — and boxes them again; an
/// update touches only `State`.
struct UnderlyingBook: Sendable {
    /// The instruments of the book: what it holds, set while it is built.
    struct Layout: Sendable {
        let coin: String
        // Delta-one instruments (perpetuals and futures).
        var linearInstruments: [Instrument] = []
        var linearInverse: [Bool] = []
        var linearSize: [Double] = []
        // Options.
        var optionInstruments: [Instrument] = []
        var optionInverse: [Bool] = []
        var optionIsCall: [Bool] = []
        var optionSize: [Double] = []
        var optionStrike: [Double] = []
        /// Forward symbol per option (`BTC-27MAR26`), hoisted out of the tick path.
        var optionForwardSymbol: [String] = []
        /// Per option, its expiry group: options sharing a forward symbol and an expiry read one
        /// forward and one year fraction per update.
        var optionGroup: [Int] = []
        fileprivate var groupSlots: [String: Int] = [:]
        /// Daily volume (USD) per instrument for the liquidity add-on; 0 when the catalogue has none.
        var linearDailyVolumeUSD: [Double] = []
        var optionDailyVolumeUSD: [Double] = []
        fileprivate var linearSlots: [String: Int] = [:]
        fileprivate var optionSlots: [String: Int] = [:]
    }

    /// What the last `update(from:)` read and derived, per instrument.
    struct State: Sendable {
        var linearMark: [Double] = []
        /// Years to expiry, 0 for perpetuals.
        var linearYears: [Double] = []
        var optionYears: [Double] = []
        var optionVol: [Double] = []
        var optionForward: [Double] = []
        var optionLogMoneyness: [Double] = []
        var optionSigmaRootT: [Double] = []
        /// Black-76 value at the current forward, USD per contract (undiscounted).
        var optionBasePrice: [Double] = []
        /// Black-76 delta at the current forward.
        var optionBaseDelta: [Double] = []
        /// Per expiry group: its forward (USD) and years to expiry in the current update, and
        /// whether they were read yet (scratch, reused).
        fileprivate var groupForward: [Double] = [], groupYears: [Double] = [], groupRead: [Bool] = []
    }

    /// An immutable value shared by copies of the book.
    private final class Box<Value: Sendable>: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Index price of the underlying, USD (from the last update).
    private(set) var indexUSD: Double = 0
    var spotHaircut: Double = 0
    private var layout: Box<Layout>
    private var state: Box<State>
    /// Held while a mutation has a value out of its box (so that the value is uniquely referenced).
    private static let layoutPlaceholder = Box(Layout(coin: ""))
    private static let statePlaceholder = Box(State())

    init(coin: String) {
        layout = Box(Layout(coin: coin))
        state = Box(State())
    }

    /// Runs `body` on `box`'s value: in place when `box` is its only reference (the value is taken
    /// out and the box released first), else on a copy; then boxes the value again.
    private static func modify<Value, R, E: Error>(_ box: inout Box<Value>, placeholder: Box<Value>,
                                                   _ body: (inout Value) throws(E) -> R) throws(E) -> R {
        var value = box.value
        box = placeholder
        defer { box = Box(value) }
        return try body(&value)
    }

    var coin: String { layout.value.coin }
    /// Delta-one instruments (perpetuals and futures).
    var linearInstruments: [Instrument] { layout.value.linearInstruments }
    var linearInverse: [Bool] { layout.value.linearInverse }
    var linearSize: [Double] { layout.value.linearSize }
    var linearMark: [Double] { state.value.linearMark }
    /// Years to expiry, 0 for perpetuals.
    var linearYears: [Double] { state.value.linearYears }
    /// The options.
    var optionInstruments: [Instrument] { layout.value.optionInstruments }
    var optionInverse: [Bool] { layout.value.optionInverse }
    var optionIsCall: [Bool] { layout.value.optionIsCall }
    var optionSize: [Double] { layout.value.optionSize }
    var optionStrike: [Double] { layout.value.optionStrike }
    var optionYears: [Double] { state.value.optionYears }
    var optionVol: [Double] { state.value.optionVol }
    var optionForward: [Double] { state.value.optionForward }
    var optionLogMoneyness: [Double] { state.value.optionLogMoneyness }
    var optionSigmaRootT: [Double] { state.value.optionSigmaRootT }
    /// Black-76 value at the current forward, USD per contract (undiscounted).
    var optionBasePrice: [Double] { state.value.optionBasePrice }
    /// Black-76 delta at the current forward.
    var optionBaseDelta: [Double] { state.value.optionBaseDelta }
    /// Forward symbol per option (`BTC-27MAR26`).
    var optionForwardSymbol: [String] { layout.value.optionForwardSymbol }
    /// Per option, its expiry group (`Layout.optionGroup`).
    var optionGroup: [Int] { layout.value.optionGroup }
    /// Daily volume (USD) per instrument for the liquidity add-on; 0 when the catalogue has none.
    var linearDailyVolumeUSD: [Double] { layout.value.linearDailyVolumeUSD }
    var optionDailyVolumeUSD: [Double] { layout.value.optionDailyVolumeUSD }

    mutating func addDelta1(_ instrument: Instrument, size: Double) -> Int {
        let (slot, added) = Self.modify(&layout, placeholder: Self.layoutPlaceholder) { $0.addDelta1(instrument, size: size) }
        if added {
            Self.modify(&state, placeholder: Self.statePlaceholder) { state in
                state.linearMark.append(0)
                state.linearYears.append(0)
            }
        }
        return slot
    }

    mutating func addOption(_ instrument: Instrument, size: Double) -> Int {
        let (slot, added, newGroup) = Self.modify(&layout, placeholder: Self.layoutPlaceholder) {
            $0.addOption(instrument, size: size)
        }
        if added {
            Self.modify(&state, placeholder: Self.statePlaceholder) { state in
                state.optionYears.append(0)
                state.optionVol.append(0)
                state.optionForward.append(0)
                state.optionLogMoneyness.append(0)
                state.optionSigmaRootT.append(0)
                state.optionBasePrice.append(0)
                state.optionBaseDelta.append(0)
                if newGroup {
                    state.groupForward.append(0)
                    state.groupYears.append(0)
                    state.groupRead.append(false)
                }
            }
        }
        return slot
    }

    /// Reads index, marks, forwards and IVs for this underlying from `market`.
    mutating func update(from market: MarketState) throws(MarginError) {
        guard let index = market.index(of: coin), index.isFinite, index > 0 else {
            throw .missingIndex(coin: coin, neededBy: (linearInstruments.first ?? optionInstruments.first)?.name ?? coin)
        }
        indexUSD = index
        let layout = layout  // the box, read in place below
        try Self.modify(&state, placeholder: Self.statePlaceholder) { (state) throws(MarginError) in
            try state.update(from: market, index: index, layout: layout.value)
        }
    }

    /// Looks up each instrument's daily volume once (liquidity data is constant for a session).
    mutating func loadDailyVolumes(_ settings: LiquiditySettings) {
        Self.modify(&layout, placeholder: Self.layoutPlaceholder) { layout in
            layout.linearDailyVolumeUSD = layout.linearInstruments.map { settings.volume(for: $0) ?? 0 }
            layout.optionDailyVolumeUSD = layout.optionInstruments.map { settings.volume(for: $0) ?? 0 }
        }
    }

    /// USD value of one contract: coin price × index for inverse options (Deribit's coin price is
    /// USD price ÷ forward), the USD price for linear ones.
    func optionValueUSD(_ slot: Int) -> Double {
        optionInverse[slot] ? optionBasePrice[slot] * indexUSD / optionForward[slot] : optionBasePrice[slot]
    }

    /// USD PnL per unit relative move of this underlying for one unit of size of a delta-one
    /// instrument: inverse N·(1/m − 1/m')·I' = N·s·I/m per USD of N; linear q·m·s per coin.
    func linearUnitExposureUSD(_ slot: Int) -> Double {
        linearInverse[slot] ? indexUSD / linearMark[slot] : linearMark[slot]
    }

    /// Multiplier from a USD Black-76 price change to the USD value change of one contract under a
    /// move where index and forward scale together: I/F for inverse, 1 for linear.
    func optionUSDMultiplier(_ slot: Int) -> Double {
        optionInverse[slot] ? indexUSD / optionForward[slot] : 1
    }

    /// Net USD exposure per unit relative move of all delta-one instruments (one number: a perp and
    /// future book on one underlying collapses to it).
    var netLinearExposureUSD: Double {
        var total = 0.0
        for slot in linearSize.indices { total += linearSize[slot] * linearUnitExposureUSD(slot) }
        return total
    }
}

extension UnderlyingBook.Layout {
    /// Nets `size` into the instrument's slot; `added`: the slot is new.
    fileprivate mutating func addDelta1(_ instrument: Instrument, size: Double) -> (slot: Int, added: Bool) {
        if let slot = linearSlots[instrument.name] {
            linearSize[slot] += size
            return (slot, false)
        }
        let slot = linearInstruments.count
        linearSlots[instrument.name] = slot
        linearInstruments.append(instrument)
        linearInverse.append(instrument.settlement == .inverse)
        linearSize.append(size)
        return (slot, true)
    }

    /// Nets `size` into the option's slot; `added`: the slot is new, `newGroup`: so is its expiry group.
    fileprivate mutating func addOption(_ instrument: Instrument, size: Double) -> (slot: Int, added: Bool, newGroup: Bool) {
        if let slot = optionSlots[instrument.name] {
            optionSize[slot] += size
            return (slot, false, false)
        }
        let slot = optionInstruments.count
        optionSlots[instrument.name] = slot
        optionInstruments.append(instrument)
        optionInverse.append(instrument.settlement == .inverse)
        if case .option(_, let strike, let right) = instrument.kind {
            optionIsCall.append(right == .call)
            optionStrike.append(strike)
        } else {
            optionIsCall.append(true)
            optionStrike.append(1)
        }
        optionSize.append(size)
        let symbol = instrument.forwardSymbol ?? coin
        optionForwardSymbol.append(symbol)
        let key = symbol + "|" + (instrument.expiryMicros.map { String($0) } ?? "-")
        if let group = groupSlots[key] {
            optionGroup.append(group)
            return (slot, true, false)
        }
        let group = groupSlots.count
        groupSlots[key] = group
        optionGroup.append(group)
        return (slot, true, true)
    }
}

extension UnderlyingBook.State {
    /// Reads marks, forwards and IVs of `layout`'s instruments from `market` (`index`: the
    /// underlying's index, USD, already checked).
    fileprivate mutating func update(from market: MarketState, index: Double,
                                     layout: UnderlyingBook.Layout) throws(MarginError) {
        let now = market.timestampMicros
        let coin = layout.coin
        for slot in layout.linearInstruments.indices {
            let instrument = layout.linearInstruments[slot]
            let mark = market.marksUSD[instrument.name] ?? index
            guard mark.isFinite, mark > 0 else { throw .invalidPrice(symbol: instrument.name, value: mark) }
            linearMark[slot] = mark
            linearYears[slot] = instrument.expiryMicros.map { max(0, UTCTime.yearsBetween(now, $0)) } ?? 0
        }
        for group in groupRead.indices { groupRead[group] = false }
        for slot in layout.optionInstruments.indices {
            guard let vol = market.impliedVols[layout.optionInstruments[slot].name], vol.isFinite, vol >= 0 else {
                throw .missingVol(instrument: layout.optionInstruments[slot].name)
            }
            // The group's first option reads its forward and years (and names a missing forward).
            let group = layout.optionGroup[slot]
            if !groupRead[group] {
                let symbol = layout.optionForwardSymbol[slot]
                guard let forward = market.forwardsUSD[symbol] ?? market.marksUSD[symbol] ?? market.index(of: coin),
                      forward.isFinite, forward > 0 else {
                    throw .missingIndex(coin: coin, neededBy: layout.optionInstruments[slot].name)
                }
                groupForward[group] = forward
                groupYears[group] = layout.optionInstruments[slot].expiryMicros.map { max(0, UTCTime.yearsBetween(now, $0)) } ?? 0
                groupRead[group] = true
            }
            let forward = groupForward[group], years = groupYears[group]
            optionYears[slot] = years
            optionVol[slot] = vol
            optionForward[slot] = forward
            optionLogMoneyness[slot] = Double.log(forward / layout.optionStrike[slot])
            optionSigmaRootT[slot] = vol * years.squareRoot()
            let base = OptionKernel.priceAndDelta(forward: forward, strike: layout.optionStrike[slot],
                                                  logMoneyness: optionLogMoneyness[slot],
                                                  sigmaRootT: optionSigmaRootT[slot], isCall: layout.optionIsCall[slot])
            optionBasePrice[slot] = base.price
            optionBaseDelta[slot] = base.delta
        }
    }
}

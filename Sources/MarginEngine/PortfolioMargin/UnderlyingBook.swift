import RealModule

/// The instruments of one underlying as struct-of-arrays, netted by instrument, with the
/// per-option invariants (√T, ln(F/K), σ√T, base value) hoisted out of the scenario loops.
///
/// Units: prices USD; delta-one sizes as the position's unit (USD notional for inverse, coin for
/// linear); option sizes in contracts (1 = 1 coin).
///
/// The stored fields live in one immutable box (`Storage`) that copies share: every reader of a
/// tick (risk matrix, ES grid values, liquidity add-on) takes the book by value, and a copy is one
/// retain instead of one per array. A mutation (building the book, `update(from:)`) takes the
/// fields out of the box — in place when this book is its only owner — and boxes them again.
struct UnderlyingBook: Sendable {
    /// The book's stored values (see the type's doc).
    struct Fields: Sendable {
        let coin: String
        var indexUSD: Double = 0
        var spotHaircut: Double = 0

        // Delta-one instruments (perpetuals and futures).
        var linearInstruments: [Instrument] = []
        var linearInverse: [Bool] = []
        var linearSize: [Double] = []
        var linearMark: [Double] = []
        /// Years to expiry, 0 for perpetuals.
        var linearYears: [Double] = []

        // Options.
        var optionInstruments: [Instrument] = []
        var optionInverse: [Bool] = []
        var optionIsCall: [Bool] = []
        var optionSize: [Double] = []
        var optionStrike: [Double] = []
        var optionYears: [Double] = []
        var optionVol: [Double] = []
        var optionForward: [Double] = []
        var optionLogMoneyness: [Double] = []
        var optionSigmaRootT: [Double] = []
        /// Black-76 value at the current forward, USD per contract (undiscounted).
        var optionBasePrice: [Double] = []
        /// Black-76 delta at the current forward.
        var optionBaseDelta: [Double] = []
        /// Forward symbol per option (`BTC-27MAR26`), hoisted out of the tick path.
        var optionForwardSymbol: [String] = []
        /// Per option, its expiry group: options sharing a forward symbol and an expiry read one
        /// forward and one year fraction per update.
        var optionGroup: [Int] = []
        private var groupSlots: [String: Int] = [:]
        /// Per expiry group: its forward (USD) and years to expiry in the current update, and whether
        /// they were read yet (scratch, reused).
        private var groupForward: [Double] = [], groupYears: [Double] = [], groupRead: [Bool] = []
        /// Daily volume (USD) per instrument for the liquidity add-on; 0 when the catalogue has none.
        var linearDailyVolumeUSD: [Double] = []
        var optionDailyVolumeUSD: [Double] = []

        private var linearSlots: [String: Int] = [:]
        private var optionSlots: [String: Int] = [:]

        init(coin: String) { self.coin = coin }
    }

    /// An immutable box of fields, shared by copies of the book.
    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage
    /// Held while a mutation has the fields out of `storage` (so that they are uniquely referenced).
    private static let placeholder = Storage(Fields(coin: ""))

    init(coin: String) { storage = Storage(Fields(coin: coin)) }

    /// Runs `body` on the fields: in place when this book is the only owner of its storage (the
    /// fields are taken out, the storage released, then the fields boxed again), else on a copy.
    private mutating func modify<R, E: Error>(_ body: (inout Fields) throws(E) -> R) throws(E) -> R {
        var fields = storage.fields
        storage = Self.placeholder
        defer { storage = Storage(fields) }
        return try body(&fields)
    }

    var coin: String { storage.fields.coin }
    /// Index price of the underlying, USD.
    var indexUSD: Double { storage.fields.indexUSD }
    var spotHaircut: Double {
        get { storage.fields.spotHaircut }
        set { modify { $0.spotHaircut = newValue } }
    }
    /// Delta-one instruments (perpetuals and futures).
    var linearInstruments: [Instrument] { storage.fields.linearInstruments }
    var linearInverse: [Bool] { storage.fields.linearInverse }
    var linearSize: [Double] { storage.fields.linearSize }
    var linearMark: [Double] { storage.fields.linearMark }
    /// Years to expiry, 0 for perpetuals.
    var linearYears: [Double] { storage.fields.linearYears }
    /// The options.
    var optionInstruments: [Instrument] { storage.fields.optionInstruments }
    var optionInverse: [Bool] { storage.fields.optionInverse }
    var optionIsCall: [Bool] { storage.fields.optionIsCall }
    var optionSize: [Double] { storage.fields.optionSize }
    var optionStrike: [Double] { storage.fields.optionStrike }
    var optionYears: [Double] { storage.fields.optionYears }
    var optionVol: [Double] { storage.fields.optionVol }
    var optionForward: [Double] { storage.fields.optionForward }
    var optionLogMoneyness: [Double] { storage.fields.optionLogMoneyness }
    var optionSigmaRootT: [Double] { storage.fields.optionSigmaRootT }
    /// Black-76 value at the current forward, USD per contract (undiscounted).
    var optionBasePrice: [Double] { storage.fields.optionBasePrice }
    /// Black-76 delta at the current forward.
    var optionBaseDelta: [Double] { storage.fields.optionBaseDelta }
    /// Forward symbol per option (`BTC-27MAR26`), hoisted out of the tick path.
    var optionForwardSymbol: [String] { storage.fields.optionForwardSymbol }
    /// Per option, its expiry group (`Fields.optionGroup`).
    var optionGroup: [Int] { storage.fields.optionGroup }
    /// Daily volume (USD) per instrument for the liquidity add-on; 0 when the catalogue has none.
    var linearDailyVolumeUSD: [Double] { storage.fields.linearDailyVolumeUSD }
    var optionDailyVolumeUSD: [Double] { storage.fields.optionDailyVolumeUSD }

    mutating func addDelta1(_ instrument: Instrument, size: Double) -> Int { modify { $0.addDelta1(instrument, size: size) } }

    mutating func addOption(_ instrument: Instrument, size: Double) -> Int { modify { $0.addOption(instrument, size: size) } }

    /// Reads index, marks, forwards and IVs for this underlying from `market`.
    mutating func update(from market: MarketState) throws(MarginError) {
        try modify { (fields) throws(MarginError) in try fields.update(from: market) }
    }

    /// Looks up each instrument's daily volume once (liquidity data is constant for a session).
    mutating func loadDailyVolumes(_ settings: LiquiditySettings) { modify { $0.loadDailyVolumes(settings) } }

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

extension UnderlyingBook.Fields {
    mutating func addDelta1(_ instrument: Instrument, size: Double) -> Int {
        if let slot = linearSlots[instrument.name] {
            linearSize[slot] += size
            return slot
        }
        let slot = linearInstruments.count
        linearSlots[instrument.name] = slot
        linearInstruments.append(instrument)
        linearInverse.append(instrument.settlement == .inverse)
        linearSize.append(size)
        linearMark.append(0)
        linearYears.append(0)
        return slot
    }

    mutating func addOption(_ instrument: Instrument, size: Double) -> Int {
        if let slot = optionSlots[instrument.name] {
            optionSize[slot] += size
            return slot
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
        optionYears.append(0)
        optionVol.append(0)
        optionForward.append(0)
        optionLogMoneyness.append(0)
        optionSigmaRootT.append(0)
        optionBasePrice.append(0)
        optionBaseDelta.append(0)
        let symbol = instrument.forwardSymbol ?? coin
        optionForwardSymbol.append(symbol)
        let key = symbol + "|" + (instrument.expiryMicros.map { String($0) } ?? "-")
        if let group = groupSlots[key] {
            optionGroup.append(group)
        } else {
            groupSlots[key] = groupForward.count
            optionGroup.append(groupForward.count)
            groupForward.append(0)
            groupYears.append(0)
            groupRead.append(false)
        }
        return slot
    }

    /// Reads index, marks, forwards and IVs for this underlying from `market`.
    mutating func update(from market: MarketState) throws(MarginError) {
        guard let index = market.index(of: coin), index.isFinite, index > 0 else {
            throw .missingIndex(coin: coin, neededBy: (linearInstruments.first ?? optionInstruments.first)?.name ?? coin)
        }
        indexUSD = index
        let now = market.timestampMicros
        for slot in linearInstruments.indices {
            let instrument = linearInstruments[slot]
            let mark = market.marksUSD[instrument.name] ?? index
            guard mark.isFinite, mark > 0 else { throw .invalidPrice(symbol: instrument.name, value: mark) }
            linearMark[slot] = mark
            linearYears[slot] = instrument.expiryMicros.map { max(0, UTCTime.yearsBetween(now, $0)) } ?? 0
        }
        for group in groupRead.indices { groupRead[group] = false }
        for slot in optionInstruments.indices {
            guard let vol = market.impliedVols[optionInstruments[slot].name], vol.isFinite, vol >= 0 else {
                throw .missingVol(instrument: optionInstruments[slot].name)
            }
            // The group's first option reads its forward and years (and names a missing forward).
            let group = optionGroup[slot]
            if !groupRead[group] {
                let symbol = optionForwardSymbol[slot]
                guard let forward = market.forwardsUSD[symbol] ?? market.marksUSD[symbol] ?? market.index(of: coin),
                      forward.isFinite, forward > 0 else {
                    throw .missingIndex(coin: coin, neededBy: optionInstruments[slot].name)
                }
                groupForward[group] = forward
                groupYears[group] = optionInstruments[slot].expiryMicros.map { max(0, UTCTime.yearsBetween(now, $0)) } ?? 0
                groupRead[group] = true
            }
            let forward = groupForward[group], years = groupYears[group]
            optionYears[slot] = years
            optionVol[slot] = vol
            optionForward[slot] = forward
            optionLogMoneyness[slot] = Double.log(forward / optionStrike[slot])
            optionSigmaRootT[slot] = vol * years.squareRoot()
            let base = OptionKernel.priceAndDelta(forward: forward, strike: optionStrike[slot],
                                                  logMoneyness: optionLogMoneyness[slot],
                                                  sigmaRootT: optionSigmaRootT[slot], isCall: optionIsCall[slot])
            optionBasePrice[slot] = base.price
            optionBaseDelta[slot] = base.delta
        }
    }

    /// Looks up each instrument's daily volume once (liquidity data is constant for a session).
    mutating func loadDailyVolumes(_ settings: LiquiditySettings) {
        linearDailyVolumeUSD = linearInstruments.map { settings.volume(for: $0) ?? 0 }
        optionDailyVolumeUSD = optionInstruments.map { settings.volume(for: $0) ?? 0 }
    }
}

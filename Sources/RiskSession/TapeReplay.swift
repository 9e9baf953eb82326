import MarginEngine
import MarketData

/// Drives `ModeReplay`s (one per mode and account) from tape events: maps each event's symbols to
/// engine updates once, then feeds every replay. Pure: the caller reads the tape and writes the
/// event log. `RiskSession` owns one; use that, not this, from a front end.
public struct TapeReplay: Sendable {
    public private(set) var replays: [ModeReplay]
    public private(set) var accountNames: [String]
    var mapper: PriceUpdateMapper
    var engineUpdates: [PriceUpdate] = []
    /// The session's own vol estimate from the feed (portfolio mode only; nil when it has none or
    /// the catalogue turns it off).
    public private(set) var volatility: LiveVolatility?
    /// Every portfolio replay's `ModeReplay.concurrentTicks`.
    public var concurrentTicks = false {
        didSet { for index in replays.indices { replays[index].concurrentTicks = concurrentTicks } }
    }

    /// - Parameters: the accounts to replay, the market at the tape's first event, the modes, the
    ///   ES `history` for portfolio mode, and optionally a custom margin `measure` per mode.
    ///   `pricesFor` names the accounts whose instruments decide which tape symbols are mapped
    ///   (default: `accounts`); a replay of some of a file's accounts passes all of them, so that
    ///   each account sees the same moments as in a replay of the whole file.
    public init(accounts: [Account], market: MarketState, catalogue: Catalogue, modes: [MarginMode],
                symbolMap: SymbolMap = SymbolMap(), thresholds: AlertThresholds = AlertThresholds(),
                policy: LiquidationPolicy = LiquidationPolicy(), history: ReturnHistory? = nil,
                pricesFor: [Account]? = nil,
                measure: (MarginMode) -> (@Sendable (Account, MarketState) throws -> MarginTotals)? = { _ in nil }) throws {
        var replays: [ModeReplay] = []
        var names: [String] = []
        for mode in modes {
            for account in accounts {
                replays.append(try ModeReplay(account: account, market: market, catalogue: catalogue, mode: mode,
                                              thresholds: thresholds, policy: policy, measure: measure(mode),
                                              history: history))
                names.append(account.name)
            }
        }
        self.replays = replays
        self.accountNames = names
        self.mapper = PriceUpdateMapper(symbolMap: symbolMap, relevantTo: pricesFor ?? accounts)
        let coins = Set(replays.compactMap(\.session).flatMap(\.scenarios.underlyings)).sorted()
        let settings = catalogue.portfolioMargin.liveVolatility
        if settings.enabled, !coins.isEmpty {
            let pm = catalogue.portfolioMargin
            var draws: MonteCarloDraws?
            let seed = ScenarioGenerator.scenarios(underlyings: coins, history: history, settings: pm.expectedShortfall,
                                                   defaults: pm.marketDefaults, draws: &draws).dailyCovariance
            var tracker = LiveVolatility(underlyings: coins, dailyCovariance: seed, settings: settings)
            _ = tracker.observe(micros: market.timestampMicros) { market.indexUSD[$0] }
            volatility = tracker
        }
    }

    /// Samples the live vol at `micros` from the portfolio books' market and offers it to every
    /// portfolio replay, which re-margins when its own underlyings' vols moved materially.
    mutating func sampleVolatility(at micros: Int64) throws {
        // Most moments fall between samples: only then are the books' prices read.
        guard var tracker = volatility, tracker.isSampleDue(at: micros),
              let source = replays.firstIndex(where: { $0.session != nil }) else { return }
        let market = replays[source].book.market
        let changed = tracker.observe(micros: micros) { market.indexUSD[$0] }
        volatility = tracker
        guard changed else { return }
        // Each replay decides on its own underlyings, so an account's result does not depend on
        // which other accounts share its session (parallel parts give the same numbers).
        for index in replays.indices where replays[index].session != nil { try replays[index].updateVolatility(tracker) }
    }

    /// An event that moves no price the books read still counts as a tick, and still moves time
    /// when a full revaluation is due.
    func timeMatters(_ micros: Int64) -> Bool {
        replays.contains { $0.isFullRecomputeDue(at: micros) }
    }

    /// Feeds events that share one timestamp (a snapshot, a simulator step) to every replay: their
    /// updates are applied together and margin is evaluated once for that moment.
    @discardableResult
    mutating func process(_ sameTime: ArraySlice<PriceEvent>) throws -> [LiquidationEvent] {
        guard let time = sameTime.first?.timestampMicros else { return [] }
        engineUpdates.removeAll(keepingCapacity: true)
        for (position, event) in zip(0..., sameTime) {
            mapper.append(event, position: position, to: &engineUpdates)
        }
        var events: [LiquidationEvent] = []
        if engineUpdates.isEmpty, !timeMatters(time) {
            for index in replays.indices { replays[index].skip(timeMicros: time, eventCount: sameTime.count) }
            return events
        }
        for index in replays.indices {
            let produced = try replays[index].process(timeMicros: time, updates: engineUpdates, eventCount: sameTime.count)
            if !produced.isEmpty { events += produced }
        }
        if volatility != nil { try sampleVolatility(at: time) }
        return events
    }

    /// Feeds a batch in tape order, grouping runs of equal timestamps: the one batching policy of
    /// every front end (sources never split a timestamp's run across two batches).
    @discardableResult
    public mutating func processBatch(_ events: [PriceEvent]) throws -> [LiquidationEvent] {
        var produced: [LiquidationEvent] = []
        for moment in Self.moments(of: events) { produced += try process(events[moment]) }
        return produced
    }

    /// The index ranges of `events`' runs of equal timestamps, in order: one tape moment each.
    static func moments(of events: [PriceEvent]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = events.startIndex
        while start < events.endIndex {
            var end = start + 1
            while end < events.endIndex, events[end].timestampMicros == events[start].timestampMicros { end += 1 }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }
}

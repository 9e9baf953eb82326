import MarginEngine
import MarketData

/// The one live/replay risk session behind every front end (DESIGN §2): per mode the book after
/// that mode's own liquidations, its market, portfolio-margin session and liquidation engine (a
/// `ModeReplay` each), the alerts and the series; one batching policy (a timestamp's events are
/// applied together, see `TapeReplay.processBatch`); `snapshot(_:)` hands out plain values.
///
/// `watch` drives it from a `LiveSession` worker, `replay` and `bench` directly; all three feed it
/// through `ingest(_:)`. Pure: no clock, no I/O.
public struct RiskSession: Sendable {
    public let catalogue: Catalogue
    /// The accounts as loaded (before any liquidation): rows are by index in these.
    public let accounts: [Account]
    public private(set) var replay: TapeReplay
    public private(set) var eventCount = 0
    /// Tape time of the last event applied (the starting market's time before any), µs.
    public private(set) var lastEventMicros: Int64
    /// Per replay (mode × account, `replay.replays` order): its events, newest first.
    var events: [[LiquidationEvent]]
    var utilizationHistory: [[Double]]
    /// Per replay: its maintenance margin (USD) at each sample.
    var maintenanceHistory: [[Double]]
    var priceHistory: [String: [Double]] = [:]
    var lastSampleMicros: Int64?
    var firstSampleMicros: Int64?
    /// Points kept per series (then every other one is dropped and the interval doubles).
    public var historyLength = 240
    /// Tape time between series points, µs (starts at one second, doubles as the tape grows).
    public private(set) var sampleEveryMicros: Int64 = 1_000_000
    /// Events kept per mode (newest first).
    public var eventLimit = 500
    /// True: a portfolio tick of a large underlying runs its risk matrix and ES grid values on two
    /// cores, with the same figures (`PortfolioMarginSession.concurrentTicks`). For a front end
    /// that runs this one session (the dashboard, a one-account `replay` with `--jobs` > 1); off
    /// by default.
    public var concurrentTicks: Bool {
        get { replay.concurrentTicks }
        set { replay.concurrentTicks = newValue }
    }
    /// Per mode, each account's replay index (the first, as the accounts are listed): events find
    /// their replay in O(1), not by a scan of every replay (thousands in a many-account file).
    let replayIndices: [MarginMode: [String: Int]]

    /// - Parameters: the accounts, the market at the start, the modes, alert `thresholds`, the ES
    ///   `history` for portfolio mode (nil: the catalogue's default vols), the tape's `symbolMap`;
    ///   `pricesFor`: the accounts whose instruments decide which tape symbols matter (default
    ///   `accounts`; a session over part of a file's accounts passes the whole file's, see
    ///   ``TapeReplay/init(accounts:market:catalogue:modes:symbolMap:thresholds:policy:history:pricesFor:measure:)``).
    public init(accounts: [Account], market: MarketState, catalogue: Catalogue, modes: [MarginMode] = MarginMode.allCases,
                thresholds: AlertThresholds = AlertThresholds(), history: ReturnHistory? = nil,
                symbolMap: SymbolMap = SymbolMap(), pricesFor: [Account]? = nil) throws {
        self.catalogue = catalogue
        self.accounts = accounts
        replay = try TapeReplay(accounts: accounts, market: market, catalogue: catalogue, modes: modes,
                                symbolMap: symbolMap, thresholds: thresholds, history: history, pricesFor: pricesFor)
        lastEventMicros = market.timestampMicros
        var indices: [MarginMode: [String: Int]] = [:]
        for (index, name) in replay.accountNames.enumerated() {
            let mode = replay.replays[index].statistics.mode
            if indices[mode]?[name] == nil { indices[mode, default: [:]][name] = index }
        }
        replayIndices = indices
        events = Array(repeating: [], count: replay.replays.count)
        utilizationHistory = Array(repeating: [], count: replay.replays.count)
        maintenanceHistory = Array(repeating: [], count: replay.replays.count)
        sample()
    }

    /// Applies a batch of tape events (in tape order; runs of one timestamp together); returns the
    /// liquidation engine's events in mode order, for the event log. The series are sampled per
    /// tape moment, so how a feed cuts its batches does not change them.
    @discardableResult
    public mutating func ingest(_ batch: [PriceEvent]) throws -> [LiquidationEvent] {
        guard !batch.isEmpty else { return [] }
        var produced: [LiquidationEvent] = []
        for moment in TapeReplay.moments(of: batch) { produced += try ingest(moment: batch[moment]) }
        return produced
    }

    /// Applies one tape moment (events of one timestamp, in tape order) and samples the series.
    mutating func ingest(moment: ArraySlice<PriceEvent>) throws -> [LiquidationEvent] {
        guard let time = moment.first?.timestampMicros else { return [] }
        let events = try replay.process(moment)
        lastEventMicros = time
        for event in events {
            guard let index = replayIndex(mode: event.mode, account: event.account) else { continue }
            self.events[index].insert(event, at: 0)
            if self.events[index].count > eventLimit { self.events[index].removeLast(self.events[index].count - eventLimit) }
        }
        sample()
        eventCount += moment.count
        return events
    }

    func replayIndex(mode: MarginMode, account: String) -> Int? {
        replayIndices[mode]?[account]
    }

    /// Records one series point per coin and mode, at most once per `sampleEveryMicros` of tape
    /// time. When a series holds `historyLength` points every other one is dropped and the interval
    /// doubles, so a sparkline always spans the whole tape — an hour or a month — at the finest
    /// resolution its width allows (issue 11: a month-long tape draws a full line).
    mutating func sample() {
        if let last = lastSampleMicros {
            let (gap, overflow) = lastEventMicros.subtractingReportingOverflow(last)
            if !overflow, gap < sampleEveryMicros { return }
        }
        lastSampleMicros = lastEventMicros
        if firstSampleMicros == nil { firstSampleMicros = lastEventMicros }
        // The replays are read in place (a `ModeReplay` copy retains its whole book and session).
        replay.replays.withUnsafeBufferPointer { replays in
            if !replays.isEmpty {
                for (coin, price) in replays[0].book.market.indexUSD where !MarketState.stablecoins.contains(coin) {
                    priceHistory[coin, default: []].append(price)
                }
            }
            for index in replays.indices {
                let utilization = Self.alertUtilization(replays[index])
                utilizationHistory[index].append(utilization.isFinite ? min(utilization, 2) : 2)
                if let maintenance = replays[index].session?.figures.maintenanceMarginUSD, maintenance.isFinite {
                    maintenanceHistory[index].append(maintenance)
                }
            }
        }
        let longest = max(priceHistory.values.map(\.count).max() ?? 0, utilizationHistory.map(\.count).max() ?? 0)
        guard longest > max(historyLength, 2) else { return }
        for coin in priceHistory.keys { priceHistory[coin] = Self.halved(priceHistory[coin] ?? []) }
        utilizationHistory = utilizationHistory.map(Self.halved)
        maintenanceHistory = maintenanceHistory.map(Self.halved)
        // New points follow at the kept points' spacing (at least twice the old interval), so the
        // line's time axis stays even when the tape's own step is coarser than the interval.
        let (doubled, overflow) = sampleEveryMicros.multipliedReportingOverflow(by: 2)
        var interval = overflow ? Int64.max : doubled
        let kept = max(priceHistory.values.map(\.count).max() ?? 0, utilizationHistory.map(\.count).max() ?? 0)
        if let first = firstSampleMicros, kept > 1 {
            let (span, spanOverflow) = lastEventMicros.subtractingReportingOverflow(first)
            if !spanOverflow, span > 0 { interval = max(interval, span / Int64(kept - 1)) }
        }
        sampleEveryMicros = interval
    }

    /// Every other point, keeping the newest.
    static func halved(_ series: [Double]) -> [Double] {
        var kept: [Double] = []
        kept.reserveCapacity(series.count / 2 + 1)
        var index = series.count - 1
        while index >= 0 {
            kept.append(series[index])
            index -= 2
        }
        return kept.reversed()
    }

    /// The utilization alerts key off: isolated, the worst position's; pooled, the account's.
    static func alertUtilization(_ replay: ModeReplay) -> Double {
        let isolated = replay.statistics.mode == .isolated
        if !isolated, let figures = replay.session?.figures { return figures.utilization }  // no book copy
        var book = replay.book
        if isolated { return (try? book.worstIsolatedUtilization().utilization) ?? .infinity }
        return (try? book.totals().utilization) ?? .infinity
    }
}

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
    /// Points kept per series.
    public var historyLength = 240
    /// Events kept per mode (newest first).
    public var eventLimit = 500
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
    /// liquidation engine's events in mode order, for the event log.
    @discardableResult
    public mutating func ingest(_ batch: [PriceEvent]) throws -> [LiquidationEvent] {
        guard let last = batch.last else { return [] }
        let produced = try replay.processBatch(batch)
        eventCount += batch.count
        lastEventMicros = last.timestampMicros
        for event in produced {
            guard let index = replayIndex(mode: event.mode, account: event.account) else { continue }
            events[index].insert(event, at: 0)
            if events[index].count > eventLimit { events[index].removeLast(events[index].count - eventLimit) }
        }
        sample()
        return produced
    }

    func replayIndex(mode: MarginMode, account: String) -> Int? {
        replayIndices[mode]?[account]
    }

    /// Records one series point per coin and mode (at most once per tape second).
    mutating func sample() {
        if let last = lastSampleMicros {
            let (gap, overflow) = lastEventMicros.subtractingReportingOverflow(last)
            if !overflow, gap < 1_000_000 { return }
        }
        lastSampleMicros = lastEventMicros
        if let first = replay.replays.first {
            for (coin, price) in first.book.market.indexUSD where !MarketState.stablecoins.contains(coin) {
                append(price, to: &priceHistory[coin, default: []])
            }
        }
        for index in replay.replays.indices {
            let utilization = Self.alertUtilization(replay.replays[index])
            append(utilization.isFinite ? min(utilization, 2) : 2, to: &utilizationHistory[index])
            if let maintenance = replay.replays[index].session?.figures.maintenanceMarginUSD, maintenance.isFinite {
                append(maintenance, to: &maintenanceHistory[index])
            }
        }
    }

    func append(_ value: Double, to series: inout [Double]) {
        series.append(value)
        if series.count > historyLength { series.removeFirst(series.count - historyLength) }
    }

    /// The utilization alerts key off: isolated, the worst position's; pooled, the account's.
    static func alertUtilization(_ replay: ModeReplay) -> Double {
        var book = replay.book
        if replay.statistics.mode == .isolated { return (try? book.worstIsolatedUtilization().utilization) ?? .infinity }
        if let figures = replay.session?.figures { return figures.utilization }
        return (try? book.totals().utilization) ?? .infinity
    }
}

import MarginEngine
import MarketData

/// The engine side of the live dashboard: one replayed account per margin mode fed by the price
/// source, with the history the sparklines and the alerts pane show. Pure; the run loop owns it.
public struct LiveEngine: Sendable {
    public let catalogue: Catalogue
    /// The book as loaded (before any liquidation), for the positions grid's row order.
    public let originalAccount: Account
    public private(set) var replay: TapeReplay
    public private(set) var alerts: [AlertRow] = []
    public private(set) var eventCount = 0
    public private(set) var lastEventMicros: Int64
    var priceHistory: [String: [Double]] = [:]
    var utilizationHistory: [MarginMode: [Double]] = [:]
    var lastSampleMicros: Int64?
    /// Points kept per sparkline.
    public var historyLength = 240
    /// Alerts kept (newest first).
    public var alertLimit = 500
    let modes: [MarginMode]

    /// - Parameters: `history` feeds portfolio margin's ES (nil: the catalogue's default vols).
    public init(account: Account, market: MarketState, catalogue: Catalogue, modes: [MarginMode] = MarginMode.allCases,
                thresholds: AlertThresholds = AlertThresholds(), history: ReturnHistory? = nil) throws {
        self.catalogue = catalogue
        self.originalAccount = account
        self.modes = modes
        replay = try TapeReplay(accounts: [account], market: market, catalogue: catalogue, modes: modes,
                                thresholds: thresholds, history: history)
        lastEventMicros = market.timestampMicros
        sample()
    }

    /// The replay of one mode.
    public func modeReplay(_ mode: MarginMode) -> ModeReplay? {
        replay.replays.first { $0.statistics.mode == mode }
    }

    /// Feeds price events; returns the liquidation engine's events (for the event log).
    public mutating func ingest(_ events: [PriceEvent]) throws -> [LiquidationEvent] {
        let produced = try replay.processBatch(events)
        eventCount += events.count
        if let last = events.last { lastEventMicros = last.timestampMicros }
        for liquidationEvent in produced { alerts.insert(Self.alertRow(liquidationEvent), at: 0) }
        if alerts.count > alertLimit { alerts.removeLast(alerts.count - alertLimit) }
        if !events.isEmpty { sample() }
        return produced
    }

    /// Records one sparkline point per underlying and mode (at most once per tape second).
    mutating func sample() {
        if let last = lastSampleMicros, lastEventMicros - last < 1_000_000 { return }
        lastSampleMicros = lastEventMicros
        for replay in replay.replays {
            for (coin, price) in replay.book.market.indexUSD {
                append(price, to: &priceHistory[coin, default: []])
            }
            if let utilization = try? currentUtilization(replay) {
                append(utilization.isFinite ? utilization : 2, to: &utilizationHistory[replay.statistics.mode, default: []])
            }
        }
    }

    func currentUtilization(_ replay: ModeReplay) throws -> Double {
        if let figures = replay.session?.figures { return figures.utilization }
        var book = replay.book
        return try book.totals().utilization
    }

    func append(_ value: Double, to series: inout [Double]) {
        series.append(value)
        if series.count > historyLength { series.removeFirst(series.count - historyLength) }
    }

    static func alertRow(_ event: LiquidationEvent) -> AlertRow {
        let time = String(UTCTime.iso8601(event.timeMicros).dropFirst(11).dropLast())
        let utilization = event.utilizationBefore.isFinite ? NumberFormat.percent(event.utilizationBefore) : "∞"
        let message: String
        let severity: AlertSeverity
        switch event.kind {
        case .alert:
            severity = event.level == .notice ? .notice : event.level == .warning ? .warning : .danger
            let subject = event.mode == .isolated ? (event.instrument ?? "position") : "account"
            message = "\(event.level.name): \(subject) utilization \(utilization)"
        case .liquidation:
            severity = .liquidation
            let quantity = event.quantity.map { NumberFormat.compact($0) } ?? "?"
            let price = event.price.map { NumberFormat.compact($0) } ?? "?"
            message = "liquidated \(quantity) \(event.instrument ?? "") @ \(price), penalty \(NumberFormat.compact(event.penaltyUSD)) USD"
        case .shortfall:
            severity = .liquidation
            message = "shortfall \(NumberFormat.compact(event.shortfallUSD)) USD beyond collateral" + (event.instrument.map { " (\($0))" } ?? "")
        }
        return AlertRow(time: time, severity: severity, mode: event.mode.rawValue, message: message)
    }
}

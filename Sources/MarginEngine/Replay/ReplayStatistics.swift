/// What happened to one margin mode over a replay. Money USD, utilization fraction, times µs UTC.
public struct ReplayStatistics: Sendable, Equatable, Encodable {
    public var mode: MarginMode
    /// Tape events processed.
    public var ticks: Int = 0
    /// First time each alert level fired (nil: never).
    public var firstAlertMicros: [AlertLevel: Int64] = [:]
    public var liquidations: [LiquidationEvent] = []
    public var minEquityUSD: Double = .infinity
    /// Highest utilization seen (isolated mode: the worst position's MM ÷ its isolated equity).
    public var peakUtilization: Double = 0
    public var finalEquityUSD: Double = 0
    /// Loss crystallized by liquidations: Σ (penalty − realized PnL) over the closes, USD.
    public var realizedLossUSD: Double = 0
    /// Losses beyond collateral (isolated: beyond a position's margin), USD.
    public var shortfallUSD: Double = 0
    /// Time of the first liquidation (nil: never liquidated).
    public var firstLiquidationMicros: Int64?

    public init(mode: MarginMode) {
        self.mode = mode
    }

    /// Folds engine events into the statistics.
    public mutating func record(_ events: [LiquidationEvent]) {
        for event in events {
            switch event.kind {
            case .alert:
                if firstAlertMicros[event.level] == nil { firstAlertMicros[event.level] = event.timeMicros }
            case .liquidation:
                liquidations.append(event)
                realizedLossUSD += event.penaltyUSD - event.realizedPnlUSD
                if firstLiquidationMicros == nil { firstLiquidationMicros = event.timeMicros }
            case .shortfall:
                shortfallUSD += event.shortfallUSD
            }
        }
    }

    /// Folds in the equity after a liquidation changed the account within a tick.
    public mutating func settle(equityUSD: Double) {
        minEquityUSD = min(minEquityUSD, equityUSD)
        finalEquityUSD = equityUSD
    }

    /// Folds one tick's equity and utilization in (before any liquidation acts).
    public mutating func observe(equityUSD: Double, utilization: Double, eventCount: Int = 1) {
        ticks += eventCount
        minEquityUSD = min(minEquityUSD, equityUSD)
        peakUtilization = max(peakUtilization, utilization)
        finalEquityUSD = equityUSD
    }

    enum CodingKeys: String, CodingKey {
        case mode, ticks, liquidations
        case firstAlert = "first_alert"
        case minEquityUSD = "min_equity_usd"
        case peakUtilization = "peak_utilization"
        case finalEquityUSD = "final_equity_usd"
        case realizedLossUSD = "realized_loss_usd"
        case shortfallUSD = "shortfall_usd"
        case firstLiquidation = "first_liquidation"
        case survived
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(mode, forKey: .mode)
        try c.encode(ticks, forKey: .ticks)
        var alerts: [String: String?] = [:]
        for level in [AlertLevel.notice, .warning, .liquidation] {
            alerts[level.name] = firstAlertMicros[level].map(UTCTime.iso8601Micros)
        }
        try c.encode(alerts, forKey: .firstAlert)
        try c.encode(liquidations, forKey: .liquidations)
        try c.encodeFinite(minEquityUSD.isFinite ? minEquityUSD : finalEquityUSD, forKey: .minEquityUSD)
        try c.encodeFinite(peakUtilization, forKey: .peakUtilization)
        try c.encodeFinite(finalEquityUSD, forKey: .finalEquityUSD)
        try c.encodeFinite(realizedLossUSD, forKey: .realizedLossUSD)
        try c.encodeFinite(shortfallUSD, forKey: .shortfallUSD)
        try c.encode(firstLiquidationMicros.map(UTCTime.iso8601Micros), forKey: .firstLiquidation)
        try c.encode(firstLiquidationMicros == nil, forKey: .survived)
    }
}

/// What a replay did to many accounts at once, in one margin mode: the figures a risk desk or an
/// exchange's risk team reads first. Money in USD, time in minutes of tape time.
///
///     let aggregate = ReplayAggregate(statistics: perAccount, tapeMinutes: 90)
///     aggregate.accountsLiquidated   // accounts with at least one liquidation
public struct ReplayAggregate: Sendable, Equatable, Encodable {
    /// Accounts replayed.
    public var accounts: Int
    /// Accounts for which any alert fired (notice, warning or liquidation level) during the tape.
    public var accountsAlerted: Int
    /// Accounts the liquidation engine closed at least one position (or slice) of.
    public var accountsLiquidated: Int
    /// Σ over every liquidation of every account of the absolute notional closed, USD
    /// (``LiquidationEvent/closedNotionalUSD``).
    public var liquidatedNotionalUSD: Double
    /// ``liquidatedNotionalUSD`` ÷ the tape's span in minutes (first to last event, tape time), USD
    /// per minute; nil when the tape spans no time.
    public var liquidatedNotionalUSDPerMinute: Double?
    /// Total shortfall, USD: Σ over accounts of their losses beyond collateral
    /// (``ReplayStatistics/shortfallUSD``: cross/portfolio, the negative equity left once everything
    /// is closed; isolated, a closed position's loss beyond its isolated margin) — what the
    /// insurance fund (or the clearing member) bears.
    public var shortfallUSD: Double
    /// Σ over accounts of the loss crystallized by liquidations (penalties less realized PnL), USD.
    public var realizedLossUSD: Double

    /// - Parameters: each account's statistics for one mode, and the tape's span in minutes.
    public init(statistics: [ReplayStatistics], tapeMinutes: Double) {
        accounts = statistics.count
        accountsAlerted = statistics.filter { !$0.firstAlertMicros.isEmpty }.count
        accountsLiquidated = statistics.filter { $0.firstLiquidationMicros != nil }.count
        var notional = 0.0
        for account in statistics {
            for event in account.liquidations where event.kind == .liquidation { notional += abs(event.closedNotionalUSD) }
        }
        liquidatedNotionalUSD = notional
        liquidatedNotionalUSDPerMinute = tapeMinutes > 0 ? notional / tapeMinutes : nil
        shortfallUSD = statistics.reduce(0) { $0 + $1.shortfallUSD }
        realizedLossUSD = statistics.reduce(0) { $0 + $1.realizedLossUSD }
    }

    /// Minutes between two tape times in µs (0 when `last` is not after `first`).
    public static func minutes(fromMicros first: Int64, toMicros last: Int64) -> Double {
        last > first ? (Double(last) - Double(first)) / 60_000_000 : 0
    }

    enum CodingKeys: String, CodingKey {
        case accounts
        case accountsAlerted = "accounts_alerted"
        case accountsLiquidated = "accounts_liquidated"
        case liquidatedNotionalUSD = "liquidated_notional_usd"
        case liquidatedNotionalUSDPerMinute = "liquidated_notional_usd_per_minute"
        case shortfallUSD = "shortfall_usd"
        case realizedLossUSD = "realized_loss_usd"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(accounts, forKey: .accounts)
        try c.encode(accountsAlerted, forKey: .accountsAlerted)
        try c.encode(accountsLiquidated, forKey: .accountsLiquidated)
        try c.encodeFinite(liquidatedNotionalUSD, forKey: .liquidatedNotionalUSD)
        try c.encodeFinite(liquidatedNotionalUSDPerMinute, forKey: .liquidatedNotionalUSDPerMinute)
        try c.encodeFinite(shortfallUSD, forKey: .shortfallUSD)
        try c.encodeFinite(realizedLossUSD, forKey: .realizedLossUSD)
    }
}

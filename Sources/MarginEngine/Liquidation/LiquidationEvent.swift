/// One thing the liquidation engine did or saw, for the event log (JSONL) and the alerts pane.
/// Money in USD, utilization as a fraction, time in µs UTC.
public struct LiquidationEvent: Sendable, Equatable, Encodable {
    public enum Kind: String, Sendable, Codable {
        /// Utilization rose into a higher alert level.
        case alert
        /// A position (or a slice of one) was closed.
        case liquidation
        /// Losses went beyond the collateral available (isolated: beyond the position's margin).
        case shortfall
    }

    public var kind: Kind
    public var timeMicros: Int64
    public var mode: MarginMode
    public var account: String
    public var level: AlertLevel
    public var instrument: String?
    /// Size closed, in the instrument's size unit (signed like the position).
    public var quantity: Double?
    /// Price of the close: the mark (coin for inverse options).
    public var price: Double?
    public var penaltyUSD: Double
    /// PnL realized by the close before the penalty, USD.
    public var realizedPnlUSD: Double
    public var equityBeforeUSD: Double
    public var equityAfterUSD: Double
    public var utilizationBefore: Double
    public var utilizationAfter: Double
    public var shortfallUSD: Double
    /// Liquidations: absolute notional closed, USD (perps and futures: |size| in USD; options:
    /// |size| × index). Summed by the many-accounts aggregate; not written to the event log, whose
    /// lines stay as they were.
    public var closedNotionalUSD: Double

    public init(kind: Kind, timeMicros: Int64, mode: MarginMode, account: String, level: AlertLevel,
                instrument: String? = nil, quantity: Double? = nil, price: Double? = nil, penaltyUSD: Double = 0,
                realizedPnlUSD: Double = 0, equityBeforeUSD: Double, equityAfterUSD: Double,
                utilizationBefore: Double, utilizationAfter: Double, shortfallUSD: Double = 0, closedNotionalUSD: Double = 0) {
        self.kind = kind
        self.timeMicros = timeMicros
        self.mode = mode
        self.account = account
        self.level = level
        self.instrument = instrument
        self.quantity = quantity
        self.price = price
        self.penaltyUSD = penaltyUSD
        self.realizedPnlUSD = realizedPnlUSD
        self.equityBeforeUSD = equityBeforeUSD
        self.equityAfterUSD = equityAfterUSD
        self.utilizationBefore = utilizationBefore
        self.utilizationAfter = utilizationAfter
        self.shortfallUSD = shortfallUSD
        self.closedNotionalUSD = closedNotionalUSD
    }

    enum CodingKeys: String, CodingKey {
        case kind, mode, account, level, instrument, quantity, price
        case time = "time"
        case timeMicros = "time_us"
        case penaltyUSD = "penalty_usd"
        case realizedPnlUSD = "realized_pnl_usd"
        case equityBeforeUSD = "equity_before_usd"
        case equityAfterUSD = "equity_after_usd"
        case utilizationBefore = "utilization_before"
        case utilizationAfter = "utilization_after"
        case shortfallUSD = "shortfall_usd"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(UTCTime.iso8601(timeMicros), forKey: .time)
        try c.encode(timeMicros, forKey: .timeMicros)
        try c.encode(mode, forKey: .mode)
        try c.encode(account, forKey: .account)
        try c.encode(level, forKey: .level)
        try c.encodeIfPresent(instrument, forKey: .instrument)
        try c.encodeIfPresent(quantity, forKey: .quantity)
        try c.encodeIfPresent(price, forKey: .price)
        try c.encode(penaltyUSD, forKey: .penaltyUSD)
        try c.encode(realizedPnlUSD, forKey: .realizedPnlUSD)
        try c.encode(equityBeforeUSD, forKey: .equityBeforeUSD)
        try c.encode(equityAfterUSD, forKey: .equityAfterUSD)
        try c.encode(Self.finiteOrNil(utilizationBefore), forKey: .utilizationBefore)
        try c.encode(Self.finiteOrNil(utilizationAfter), forKey: .utilizationAfter)
        try c.encode(shortfallUSD, forKey: .shortfallUSD)
    }

    static func finiteOrNil(_ value: Double) -> Double? { value.isFinite ? value : nil }
}

/// Alerts and liquidation for one account (DESIGN §6), as exchanges do it.
///
/// Feed it every market update with `update(_:market:)`: it raises an alert when utilization
/// crosses a level upward (one event per level crossed, in order), with hysteresis
/// (``AlertHysteresis``: the same level fires again only after utilization has fallen below its
/// threshold minus ``AlertThresholds/hysteresisBand``, or a higher level has fired), and at 100% acts:
/// - cross and portfolio mode: closes, a slice at a time, the position whose reduction lowers MM
///   most, at mark plus a penalty, until utilization is back at the policy's target; if equity is
///   gone it closes everything and books the shortfall beyond collateral;
/// - isolated mode: closes only the breached position, whole; its loss beyond its isolated margin is
///   a shortfall (borne by the insurance fund, not the account).
/// Pure: no clock, no I/O; the caller writes the events to the log.
public struct LiquidationEngine: Sendable {
    public var mode: MarginMode
    public var thresholds: AlertThresholds
    public var policy: LiquidationPolicy
    /// Which alert levels are latched, and the utilization seen last.
    public internal(set) var hysteresis = AlertHysteresis()
    /// The alert level after the last update, for callers that consult the engine only when the
    /// level of the utilization differs from it (``ModeReplay``): the last utilization's level, or a
    /// latched level while utilization sits in the band below it (``AlertHysteresis/gateLevel(thresholds:)``).
    public var level: AlertLevel { hysteresis.gateLevel(thresholds: thresholds) }
    let margin: StandardMargin
    var measure: @Sendable (Account, MarketState) throws -> MarginTotals

    /// - Parameter measure: equity and MM of an account in this mode; default (nil) the standard
    ///   cross/isolated sums. Portfolio mode passes the risk-based model here.
    public init(mode: MarginMode, catalogue: Catalogue, thresholds: AlertThresholds = AlertThresholds(),
                policy: LiquidationPolicy = LiquidationPolicy(),
                measure: (@Sendable (Account, MarketState) throws -> MarginTotals)? = nil) {
        self.mode = mode
        self.thresholds = thresholds
        self.policy = policy
        let margin = StandardMargin(catalogue: catalogue)
        self.margin = margin
        self.measure = measure ?? { account, market in try margin.totals(account, market: market) }
    }

    /// Fixes each position's isolated margin at its default (IM at entry) where the book gives none,
    /// so that it does not drift with the market during a replay.
    public func pinIsolatedMargins(_ account: inout Account, market: MarketState) throws(MarginError) {
        for index in account.positions.indices where account.positions[index].isolatedMargin == nil {
            let position = account.positions[index]
            let value = try margin.valuer.value(position, in: market)
            account.positions[index].isolatedMargin = try margin.defaultIsolatedMargin(position, valuation: value, market: market)
        }
    }

    /// Current totals of the account in this mode.
    public func totals(_ account: Account, market: MarketState) throws -> MarginTotals {
        try measure(account, market)
    }

    /// Processes one market update; mutates the account when it liquidates. Returns the events in order.
    public mutating func update(_ account: inout Account, market: MarketState) throws -> [LiquidationEvent] {
        switch mode {
        case .isolated: return try updateIsolated(&account, market: market)
        case .cross, .portfolio: return try updatePooled(&account, market: market)
        }
    }

    /// Alerts for every level that fires as utilization moves to `utilization` (``AlertHysteresis``).
    /// `instrument` names the position (isolated mode reports the worst position's utilization).
    mutating func alerts(at utilization: Double, account: String, time: Int64, totals: MarginTotals,
                         instrument: String? = nil) -> [LiquidationEvent] {
        hysteresis.observe(utilization, thresholds: thresholds).map { fired in
            LiquidationEvent(kind: .alert, timeMicros: time, mode: mode, account: account, level: fired,
                             instrument: instrument, equityBeforeUSD: totals.equityUSD, equityAfterUSD: totals.equityUSD,
                             utilizationBefore: utilization, utilizationAfter: utilization)
        }
    }
}

import MarginEngine

/// Everything a front end shows at one moment, as plain values (DESIGN §2): the screen, the JSON
/// and the alerts all read this. Money in USD, utilization as a fraction, times in µs UTC.
public struct SessionSnapshot: Sendable {
    /// Tape time of the last event applied, µs UTC.
    public var tapeMicros: Int64
    /// Events applied so far.
    public var eventCount: Int
    /// One per mode the session runs, in `MarginMode.allCases` order (first account only when a
    /// session replays several accounts).
    public var modes: [ModeSnapshot]
    /// Portfolio mode's model detail (risk matrices, ES, attribution); nil when not computed yet.
    public var portfolioDetail: PortfolioMarginDetail?
    /// Named stress scenarios on the cross book; nil when not computed yet.
    public var stress: [StressSnapshot]?
    /// Recent index prices per coin (oldest first, one point per tape second at most).
    public var priceSeries: [(coin: String, values: [Double])]
    /// The cross book under every venue's rules (DESIGN §13); nil when not computed yet.
    public var venues: [VenueSnapshot]? = nil

    /// The snapshot of `mode`, if the session runs it.
    public func mode(_ mode: MarginMode) -> ModeSnapshot? { modes.first { $0.mode == mode } }
}

/// One mode's account after its own liquidations.
public struct ModeSnapshot: Sendable {
    public var mode: MarginMode
    public var account: String
    public var figures: MarginTotals
    /// The mode's worst alert level now (isolated: its worst position's).
    public var level: AlertLevel
    /// The utilization the level keys off (isolated: the worst position's), fraction; +∞ when
    /// equity ≤ 0 with a requirement.
    public var alertUtilization: Double
    /// One row per position of the book as loaded, by index (closed ones marked).
    public var positions: [PositionSnapshot]
    /// Liquidation levels per underlying (DESIGN §6; factors of the index shown here); nil when
    /// not computed for this snapshot.
    public var levels: [LiquidationLevels.Underlying]?
    /// This mode's alerts and liquidations, newest first.
    public var events: [LiquidationEvent]
    /// Recent utilization (oldest first), capped at 2 where unbounded.
    public var utilizationSeries: [Double]
    /// Recent maintenance margin, USD (oldest first; sampled with the utilization).
    public var maintenanceSeries: [Double] = []
}

/// One position of the book in one mode.
public struct PositionSnapshot: Sendable {
    /// Index in the book as loaded.
    public var bookIndex: Int
    public var instrument: Instrument
    /// Closed by this mode's liquidation engine (size 0 here, figures zero).
    public var isClosed: Bool
    /// Current size in this mode (USD for inverse perps/futures, coin otherwise; signed).
    public var size: Double
    public var entryPrice: Double
    /// Valuation in this mode's book (nil when closed).
    public var valuation: PositionValuation?
    /// Standard modes: the schedule's IM and MM, USD. Portfolio: 0 (see the two fields below).
    public var initialMarginUSD: Double
    public var maintenanceMarginUSD: Double
    /// Portfolio mode: the Euler ES contribution and the PnL in the risk matrix's worst scenario, USD.
    public var esContributionUSD: Double?
    public var worstCasePnlUSD: Double?
    /// This instrument's own price (mark for perps/futures, index for options) at its
    /// underlying's level (DESIGN §6); nil where none can exist, none lies in range, or not computed.
    public var liquidationPrice: Double?
    /// Which way the price moves to reach it.
    public var liquidationSide: LiquidationLevels.Side?
    /// Signed distance to it, fraction of the current price: negative once past it.
    public var liquidationDistance: Double?
    /// Isolated: MM ÷ (isolated margin + uPnL); pooled: MM ÷ account equity; nil without a requirement.
    public var utilization: Double?

    /// Sets the liquidation price (reached from `side`) and its signed distance from the
    /// instrument's reference price now (mark; index for options).
    mutating func setLiquidationPrice(_ price: Double?, side: LiquidationLevels.Side?) {
        liquidationPrice = price
        liquidationSide = price == nil ? nil : side
        guard let price, let side, let value = valuation else {
            liquidationDistance = nil
            return
        }
        let reference = instrument.isOption ? value.indexUSD : value.mark
        liquidationDistance = reference > 0 ? LiquidationLevels.distance(to: price, from: reference, side: side) : nil
    }
}

/// A named stress scenario applied to the cross book, in every mode.
public struct StressSnapshot: Sendable {
    public var result: StressResult
    /// Isolated mode after the shock: the sum of MM and the worst position's utilization (+∞ for
    /// a position whose isolated equity is gone).
    public var isolatedMaintenanceMarginUSD: Double
    public var isolatedWorstUtilization: Double
}

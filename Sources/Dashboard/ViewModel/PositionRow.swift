/// One position's margin figures in one mode.
public struct PositionMarginFigures: Sendable, Equatable {
    public var initialMarginUSD: Double
    public var maintenanceMarginUSD: Double
    /// Index price at which this position (isolated) or the account (cross/portfolio) is liquidated;
    /// nil when there is none (e.g. a long option).
    public var liquidationPrice: Double?
    /// Relative move of the underlying to the liquidation price, as a fraction (0.12 = 12% away).
    public var distanceToLiquidation: Double?
    /// The position's utilization (isolated: its MM ÷ its isolated equity; other modes: its share
    /// of the account's), a fraction; nil to hide the bar.
    public var utilization: Double?
    /// The slow figures (liquidation price; portfolio: ES contribution and worst-case PnL) are not
    /// computed yet: the grid shows a placeholder instead of a number.
    public var isPending = false

    public init(initialMarginUSD: Double, maintenanceMarginUSD: Double, liquidationPrice: Double? = nil,
                distanceToLiquidation: Double? = nil, utilization: Double? = nil) {
        self.initialMarginUSD = initialMarginUSD
        self.maintenanceMarginUSD = maintenanceMarginUSD
        self.liquidationPrice = liquidationPrice
        self.distanceToLiquidation = distanceToLiquidation
        self.utilization = utilization
    }
}

/// Greeks of the position (size-weighted), in the engine's units (DESIGN §4).
public struct PositionGreeks: Sendable, Equatable {
    /// Coin-equivalent delta, in coin of the underlying.
    public var delta: Double
    /// Coin of delta per USD of the underlying's price.
    public var gamma: Double
    /// USD per vol point.
    public var vega: Double
    /// USD per day.
    public var theta: Double

    public init(delta: Double, gamma: Double = 0, vega: Double = 0, theta: Double = 0) {
        self.delta = delta
        self.gamma = gamma
        self.vega = vega
        self.theta = theta
    }
}

/// One row of the positions grid, display-ready.
public struct PositionRow: Sendable, Equatable {
    /// The instrument name, e.g. `BTC-27MAR26-90000-C` (sanitized when drawn).
    public var instrument: String
    /// The underlying whose stress matrix and sparkline go with this row, e.g. `BTC`.
    public var underlying: String
    /// `perp`, `future`, `option`, … (for the detail view).
    public var kindLabel: String
    /// Signed size in `sizeUnit` (negative = short).
    public var size: Double
    /// `USD` for inverse contracts, `BTC`/`ETH` (coin) otherwise.
    public var sizeUnit: String
    public var entryPrice: Double?
    public var markPrice: Double
    public var unrealizedPnlUSD: Double
    public var notionalUSD: Double
    public var greeks: PositionGreeks
    public var margin: PerMode<PositionMarginFigures>
    /// The margin schedule in words, one line each (detail view), e.g. `MM = 1% + 0.005%/BTC`.
    public var scheduleLines: [String]
    /// Closed by liquidation in the mode on screen (size 0, shown as `closed`).
    public var isClosed = false

    public init(instrument: String, underlying: String, kindLabel: String, size: Double, sizeUnit: String,
                entryPrice: Double?, markPrice: Double, unrealizedPnlUSD: Double, notionalUSD: Double,
                greeks: PositionGreeks, margin: PerMode<PositionMarginFigures>, scheduleLines: [String] = []) {
        self.instrument = instrument
        self.underlying = underlying
        self.kindLabel = kindLabel
        self.size = size
        self.sizeUnit = sizeUnit
        self.entryPrice = entryPrice
        self.markPrice = markPrice
        self.unrealizedPnlUSD = unrealizedPnlUSD
        self.notionalUSD = notionalUSD
        self.greeks = greeks
        self.margin = margin
        self.scheduleLines = scheduleLines
    }
}

import MarginEngine
/// Account-level figures of one margin mode, in USD.
public struct ModeFigures: Sendable, Equatable {
    /// Collateral value after haircuts + uPnL + options at mark.
    public var equityUSD: Double
    public var initialMarginUSD: Double
    public var maintenanceMarginUSD: Double
    /// All zero (nothing computed yet).
    public static let zero = ModeFigures(equityUSD: 0, initialMarginUSD: 0, maintenanceMarginUSD: 0, freeCollateralUSD: 0,
                                         utilization: 0)

    /// Equity − initial margin.
    public var freeCollateralUSD: Double
    /// Maintenance margin ÷ equity, as a fraction (1.0 = liquidation).
    public var utilization: Double

    public init(equityUSD: Double, initialMarginUSD: Double, maintenanceMarginUSD: Double,
                freeCollateralUSD: Double, utilization: Double) {
        self.equityUSD = equityUSD
        self.initialMarginUSD = initialMarginUSD
        self.maintenanceMarginUSD = maintenanceMarginUSD
        self.freeCollateralUSD = freeCollateralUSD
        self.utilization = utilization
    }
}

/// The header pane: feed status and the account figures for every mode.
public struct HeaderModel: Sendable, Equatable {
    /// e.g. `sim seed 42`, `tape ftx-2022.csv`, `tail prices.csv`.
    public var feedName: String
    /// Tape time, display-ready, e.g. `2022-11-09 14:03:22 UTC`.
    public var clock: String
    /// The account on screen (its name in the portfolio file), e.g. `main`; empty: none shown.
    public var accountName = ""
    /// Replay speed, display-ready, e.g. `×60`, `max`.
    public var speed: String
    public var isPaused: Bool
    /// A short status note (e.g. `3 bad rows skipped`), empty for none.
    public var status: String
    public var figures: PerMode<ModeFigures>
    /// The utilization each mode's status keys off (isolated: its worst position's), fraction;
    /// nil: the account's.
    public var alertUtilization: PerMode<Double>?
    /// The alert levels (DESIGN §6), from the engine's configurable thresholds.
    public var thresholds = AlertThresholds()
    /// Whether each mode still holds the same positions as isolated mode (no mode has liquidated
    /// anything the other kept): only then is "saved vs isolated" a like-for-like comparison.
    public var sameBookAsIsolated = PerMode(isolated: true, cross: true, portfolio: true)

    public init(feedName: String, clock: String, speed: String, isPaused: Bool, status: String = "",
                figures: PerMode<ModeFigures>) {
        self.feedName = feedName
        self.clock = clock
        self.speed = speed
        self.isPaused = isPaused
        self.status = status
        self.figures = figures
    }
}

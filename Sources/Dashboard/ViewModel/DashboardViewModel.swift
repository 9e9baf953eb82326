import MarginEngine

/// Everything the dashboard draws, as plain display-ready values (btop style: collect → draw).
///
/// The run loop fills this from the engine's reports (a small mapping function) and hands it to
/// ``DashboardRenderer/compose(_:state:width:height:glyphs:)`` together with the UI state.
public struct DashboardViewModel: Sendable, Equatable {
    public var header: HeaderModel
    /// In the book's natural order; sorting and filtering are UI state.
    public var positions: [PositionRow]
    /// nil while portfolio mode's detail is not computed yet (the pane shows a placeholder).
    public var risk: RiskModel?
    /// Newest first.
    public var alerts: [AlertRow]
    /// Price per underlying and account utilization, oldest value first.
    public var sparklines: [SparklineSeries]
    public var stressScenarios: [StressScenarioRow]
    /// Liquidation levels per underlying in each mode (DESIGN §6); nil while not computed yet.
    public var liquidationLevels: PerMode<[LiquidationLevels.Underlying]?>
    /// The book under each venue's rules (the risk pane's venues view); nil while not computed yet.
    public var venues: [VenueRow]?

    public init(header: HeaderModel, positions: [PositionRow], risk: RiskModel?, alerts: [AlertRow],
                sparklines: [SparklineSeries], stressScenarios: [StressScenarioRow],
                liquidationLevels: PerMode<[LiquidationLevels.Underlying]?> = PerMode(isolated: nil, cross: nil, portfolio: nil),
                venues: [VenueRow]? = nil) {
        self.header = header
        self.positions = positions
        self.risk = risk
        self.alerts = alerts
        self.sparklines = sparklines
        self.stressScenarios = stressScenarios
        self.liquidationLevels = liquidationLevels
        self.venues = venues
    }
}

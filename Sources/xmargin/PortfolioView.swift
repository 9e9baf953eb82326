import Dashboard
import MarginEngine

/// The portfolio-margin side of the dashboard: the risk-based measure for portfolio mode and the
/// risk pane's figures (stress matrices, VaR/ES, contributors, named stress scenarios).
struct PortfolioView {
    let catalogue: Catalogue
    var risk: RiskModel?
    var contributions: [String: Double] = [:]
    var stress: [StressScenarioRow] = []

    init(catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    /// The portfolio-mode maintenance measure (nil until the portfolio model is wired).
    var measure: (@Sendable (Account, MarketState) throws -> MarginTotals)? { nil }

    /// Recomputes the risk pane from the engine's portfolio-mode account.
    mutating func refresh(engine: LiveEngine) {}
}

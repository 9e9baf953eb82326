import Dashboard
import MarginEngine

/// The portfolio-margin side of the dashboard: the risk pane's figures (stress matrices, VaR/ES
/// and which model binds, top ES contributors) and the named stress scenarios for `x`.
struct PortfolioView {
    let catalogue: Catalogue
    var risk: RiskModel?
    var contributions: [String: Double] = [:]
    var stress: [StressScenarioRow] = []
    var lastStressWall: Int64 = 0

    /// Named stress tests are full revaluations in three modes: refreshed at most this often.
    static let stressEveryMicros: Int64 = 2_000_000

    init(catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    /// Recomputes the risk pane from the portfolio-mode session, and the stress rows on their cadence.
    mutating func refresh(engine: LiveEngine, wallMicros: Int64) {
        if let session = engine.modeReplay(.portfolio)?.session, let report = try? session.report() {
            let detail = report.detail
            let matrices = detail.riskMatrix.map(Self.matrix)
            var byInstrument: [String: Double] = [:]
            for attribution in detail.expectedShortfall.contributions {
                byInstrument[attribution.instrument, default: 0] += attribution.esContributionUSD
            }
            contributions = byInstrument
            let top = byInstrument.sorted { abs($0.value) > abs($1.value) || (abs($0.value) == abs($1.value) && $0.key < $1.key) }
                .prefix(6).map { ExpectedShortfallContributor(instrument: $0.key, contributionUSD: $0.value) }
            let es = detail.expectedShortfall
            let days = es.horizonDays == es.horizonDays.rounded() ? "\(Int(es.horizonDays))d" : "\(es.horizonDays)d"
            risk = RiskModel(stressMatrices: matrices, confidence: es.confidence, horizon: days, valueAtRiskUSD: es.varUSD,
                             expectedShortfallUSD: es.esUSD, riskMatrixMarginUSD: detail.figures.riskMatrixMaintenanceMarginUSD,
                             expectedShortfallMarginUSD: detail.figures.esMaintenanceMarginUSD, contributors: Array(top))
        }
        if wallMicros - lastStressWall >= Self.stressEveryMicros, let cross = engine.modeReplay(.cross) {
            stress = catalogue.portfolioMargin.stressTests.compactMap { scenario in
                Self.row(scenario, account: cross.book.account, market: cross.book.market, catalogue: catalogue)
            }
            lastStressWall = wallMicros
        }
    }

    /// The 9 × 3 matrix (price moves × vol up / flat / down) of one currency, PnL in USD.
    static func matrix(_ matrix: CurrencyRiskMatrix) -> StressMatrixModel {
        let core = matrix.scenarios.filter { !$0.extended }
        let moves = Array(Set(core.map(\.priceMove))).sorted()
        let shocks = Array(Set(core.map(\.volShock))).sorted(by: >)
        let labels = shocks.map { $0 > 0 ? "up" : $0 < 0 ? "down" : "flat" }
        let grid = shocks.map { shock in
            moves.map { move in core.first { $0.priceMove == move && $0.volShock == shock }?.pnlUSD ?? 0 }
        }
        return StressMatrixModel(underlying: matrix.currency, priceMoves: moves, volScenarios: labels, pnlUSD: grid)
    }

    /// One named scenario in every mode (isolated: the worst position's utilization after the shock).
    static func row(_ scenario: StressScenario, account: Account, market: MarketState, catalogue: Catalogue) -> StressScenarioRow? {
        guard let result = try? StressTester.run(scenario, account: account, market: market, catalogue: catalogue) else { return nil }
        let shocked = StressTester.shocked(market, scenario: scenario, instruments: account.positions.map(\.instrument))
        let isolated = try? StandardMargin(catalogue: catalogue).report(account, market: shocked, mode: .isolated)
        // Unbounded (equity ≤ 0) shows as 999%.
        let worstIsolated = min(isolated?.positions.compactMap(\.isolatedUtilization).max() ?? 0, 9.99)
        func outcome(_ mode: MarginMode) -> StressOutcome {
            let line = result.modes.first { $0.mode == mode }
            return StressOutcome(pnlUSD: result.pnlUSD, equityUSD: line?.equityUSD ?? result.equityAfterUSD,
                                 maintenanceMarginUSD: line?.maintenanceMarginUSD ?? 0, utilization: line?.utilization ?? 0)
        }
        let isolatedOutcome = StressOutcome(pnlUSD: result.pnlUSD, equityUSD: result.equityAfterUSD,
                                            maintenanceMarginUSD: isolated?.maintenanceMarginUSD ?? 0, utilization: worstIsolated)
        return StressScenarioRow(name: scenario.name, shockDescription: scenario.description,
                                 outcome: PerMode(isolated: isolatedOutcome, cross: outcome(.cross), portfolio: outcome(.portfolio)),
                                 liquidatedInstruments: result.liquidatedIsolated)
    }
}

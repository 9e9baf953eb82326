import MarginEngine
import RiskSession

extension RiskModel {
    /// The risk pane from portfolio mode's model detail: the 9 × 3 matrix per currency, VaR/ES,
    /// which model binds, and the six largest ES contributors (summed per instrument).
    public init(detail: PortfolioMarginDetail) {
        var byInstrument: [String: Double] = [:]
        for attribution in detail.expectedShortfall.contributions {
            byInstrument[attribution.instrument, default: 0] += attribution.esContributionUSD
        }
        let top = byInstrument.sorted { abs($0.value) > abs($1.value) || (abs($0.value) == abs($1.value) && $0.key < $1.key) }
            .prefix(6).map { ExpectedShortfallContributor(instrument: $0.key, contributionUSD: $0.value) }
        let es = detail.expectedShortfall
        let days = es.horizonDays == es.horizonDays.rounded() ? "\(Int(es.horizonDays))d" : "\(es.horizonDays)d"
        self.init(stressMatrices: detail.riskMatrix.map(StressMatrixModel.init(matrix:)), confidence: es.confidence, horizon: days,
                  valueAtRiskUSD: es.varUSD, expectedShortfallUSD: es.esUSD,
                  riskMatrixMarginUSD: detail.figures.riskMatrixMaintenanceMarginUSD,
                  expectedShortfallMarginUSD: detail.figures.esMaintenanceMarginUSD, contributors: Array(top))
    }
}

extension StressMatrixModel {
    /// The 9 × 3 matrix (price moves × vol up / flat / down) of one currency, PnL in USD.
    public init(matrix: CurrencyRiskMatrix) {
        let core = matrix.scenarios.filter { !$0.extended }
        let moves = Array(Set(core.map(\.priceMove))).sorted()
        let shocks = Array(Set(core.map(\.volShock))).sorted(by: >)
        let labels = shocks.map { $0 > 0 ? "up" : $0 < 0 ? "down" : "flat" }
        let grid = shocks.map { shock in
            moves.map { move in core.first { $0.priceMove == move && $0.volShock == shock }?.pnlUSD ?? 0 }
        }
        self.init(underlying: matrix.currency, priceMoves: moves, volScenarios: labels, pnlUSD: grid,
                  dailyVol: matrix.dailyVol, scanRange: matrix.scanRange, scanRangeFloor: matrix.scanRangeFloor)
    }
}

extension StressScenarioRow {
    /// One named scenario in every mode (isolated: the worst position's utilization after the
    /// shock, on isolated's own book; unbounded stays +∞ and is drawn as such).
    public init(snapshot: StressSnapshot) {
        let result = snapshot.result
        func outcome(_ mode: MarginMode) -> StressOutcome {
            let line = result.modes.first { $0.mode == mode }
            return StressOutcome(pnlUSD: result.pnlUSD, equityUSD: line?.equityUSD ?? result.equityAfterUSD,
                                 maintenanceMarginUSD: line?.maintenanceMarginUSD ?? 0, utilization: line?.utilization ?? 0)
        }
        let isolated = StressOutcome(pnlUSD: result.pnlUSD, equityUSD: result.equityAfterUSD,
                                     maintenanceMarginUSD: snapshot.isolatedMaintenanceMarginUSD,
                                     utilization: snapshot.isolatedWorstUtilization)
        self.init(name: result.scenario, shockDescription: result.description,
                  outcome: PerMode(isolated: isolated, cross: outcome(.cross), portfolio: outcome(.portfolio)),
                  liquidatedInstruments: result.liquidatedIsolated)
    }
}

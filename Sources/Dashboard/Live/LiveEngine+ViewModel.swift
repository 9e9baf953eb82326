import MarginEngine

extension LiveEngine {
    /// Builds the dashboard's view model from the engine's state and the latest reports.
    ///
    /// - Parameters: feed label, tape clock text, speed text and pause state for the header;
    ///   `risk` and `stress` from the portfolio model (nil/empty when unavailable).
    public func viewModel(reports: LiveReports, feedName: String, speed: String, isPaused: Bool, status: String,
                          risk: RiskModel?, positionRiskUSD: [String: Double] = [:],
                          stress: [StressScenarioRow] = []) -> DashboardViewModel {
        let figures = PerMode(isolated: figures(.isolated), cross: figures(.cross), portfolio: figures(.portfolio))
        let clock = UTCTime.iso8601(lastEventMicros).replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: "")
        let header = HeaderModel(feedName: feedName, clock: clock, speed: speed, isPaused: isPaused, status: status,
                                 figures: figures)
        let rows = originalAccount.positions.map { position in
            row(for: position, reports: reports, figures: figures, positionRiskUSD: positionRiskUSD)
        }
        var sparklines: [SparklineSeries] = []
        for coin in priceHistory.keys.sorted() where !MarketState.stablecoins.contains(coin) {
            sparklines.append(SparklineSeries(label: coin, kind: .price, values: priceHistory[coin] ?? []))
        }
        for mode in modes {
            let label = mode == .isolated ? "U iso" : mode == .cross ? "U crs" : "U pm"
            sparklines.append(SparklineSeries(label: label, kind: .utilization,
                                              values: utilizationHistory[mode] ?? []))
        }
        let emptyRisk = RiskModel(stressMatrices: [], confidence: 0.99, horizon: "1d", valueAtRiskUSD: 0, expectedShortfallUSD: 0,
                                  riskMatrixMarginUSD: 0, expectedShortfallMarginUSD: 0, contributors: [])
        return DashboardViewModel(header: header, positions: rows, risk: risk ?? emptyRisk, alerts: alerts,
                                  sparklines: sparklines, stressScenarios: stress)
    }

    func row(for position: Position, reports: LiveReports, figures: PerMode<ModeFigures>,
             positionRiskUSD: [String: Double]) -> PositionRow {
        let name = position.instrument.name
        func line(_ mode: MarginMode) -> PositionMarginReport? {
            reports.byMode[mode]?.positions.first { $0.instrument == name }
        }
        let base = line(.cross) ?? line(.isolated) ?? line(.portfolio)
        func marginFigures(_ mode: MarginMode, equity: Double) -> PositionMarginFigures {
            guard let line = line(mode) else {
                return PositionMarginFigures(initialMarginUSD: 0, maintenanceMarginUSD: 0)
            }
            switch mode {
            case .isolated:
                return PositionMarginFigures(initialMarginUSD: line.initialMarginUSD, maintenanceMarginUSD: line.maintenanceMarginUSD,
                                             liquidationPrice: line.liquidationPrice,
                                             distanceToLiquidation: line.liquidationDistancePercent.map { $0 / 100 },
                                             utilization: line.maintenanceMarginUSD > 0 ? line.isolatedUtilization : nil)
            case .cross:
                return PositionMarginFigures(initialMarginUSD: line.initialMarginUSD, maintenanceMarginUSD: line.maintenanceMarginUSD,
                                             liquidationPrice: line.liquidationPrice,
                                             distanceToLiquidation: line.liquidationDistancePercent.map { $0 / 100 },
                                             utilization: equity > 0 && line.maintenanceMarginUSD > 0 ? line.maintenanceMarginUSD / equity : nil)
            case .portfolio:
                // Risk-based margin is not a sum of positions: show each position's ES contribution.
                let contribution = positionRiskUSD[name] ?? 0
                return PositionMarginFigures(initialMarginUSD: contribution, maintenanceMarginUSD: contribution,
                                             utilization: equity > 0 && contribution > 0 ? contribution / equity : nil)
            }
        }
        let instrument = position.instrument
        let kind: String
        switch instrument.kind {
        case .spot: kind = "spot"
        case .perpetual: kind = "\(instrument.settlement.rawValue) perpetual"
        case .future: kind = "\(instrument.settlement.rawValue) future"
        case .option(_, _, let right): kind = "\(instrument.settlement.rawValue) \(right.rawValue)"
        }
        let unit = instrument.settlement == .inverse && instrument.isFutureLike ? "USD" : instrument.underlying
        let schedule = (try? catalogue.schedule(for: instrument))?.summary ?? "no schedule"
        var scheduleLines = [schedule]
        if base == nil { scheduleLines.append("closed by liquidation in every mode") }
        return PositionRow(
            instrument: name, underlying: instrument.underlying, kindLabel: kind, size: base?.size ?? position.size,
            sizeUnit: unit, entryPrice: position.entryPrice, markPrice: base?.mark ?? 0,
            unrealizedPnlUSD: base?.unrealizedPnlUSD ?? 0, notionalUSD: base?.notionalUSD ?? 0,
            greeks: PositionGreeks(delta: base?.delta ?? 0, gamma: base?.gamma ?? 0, vega: base?.vega ?? 0, theta: base?.theta ?? 0),
            margin: PerMode(isolated: marginFigures(.isolated, equity: figures.isolated.equityUSD),
                            cross: marginFigures(.cross, equity: figures.cross.equityUSD),
                            portfolio: marginFigures(.portfolio, equity: figures.portfolio.equityUSD)),
            scheduleLines: scheduleLines)
    }
}

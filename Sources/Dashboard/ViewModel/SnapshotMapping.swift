import MarginEngine
import RiskSession

/// The header's feed line, as the run loop knows it.
public struct FeedLine: Sendable, Equatable {
    public var label: String
    public var speed: String
    public var isPaused: Bool
    public var status: String

    public init(label: String, speed: String, isPaused: Bool, status: String) {
        self.label = label
        self.speed = speed
        self.isPaused = isPaused
        self.status = status
    }
}

extension DashboardViewModel {
    /// The view model of `mode` from a session snapshot (pure): the grid shows that mode's own
    /// book — its sizes (closed positions marked), uPnL, margins and liquidation prices; the
    /// header shows every mode's figures and the mode's worst level.
    public init(snapshot: SessionSnapshot, mode: MarginMode, feed: FeedLine, catalogue: Catalogue? = nil) {
        let figures = PerMode(isolated: Self.figures(snapshot.mode(.isolated)), cross: Self.figures(snapshot.mode(.cross)),
                              portfolio: Self.figures(snapshot.mode(.portfolio)))
        let clock = UTCTime.iso8601(snapshot.tapeMicros).replacingOccurrences(of: "T", with: " ")
            .replacingOccurrences(of: "Z", with: " UTC")
        var header = HeaderModel(feedName: feed.label, clock: clock, speed: feed.speed, isPaused: feed.isPaused,
                                 status: feed.status, figures: figures)
        header.alertUtilization = PerMode(isolated: snapshot.mode(.isolated)?.alertUtilization ?? 0,
                                          cross: snapshot.mode(.cross)?.alertUtilization ?? 0,
                                          portfolio: snapshot.mode(.portfolio)?.alertUtilization ?? 0)
        header.accountName = (snapshot.mode(mode) ?? snapshot.modes.first)?.account ?? ""
        let isolatedSizes = snapshot.mode(.isolated)?.positions.map(\.size)
        func sameBook(_ other: MarginMode) -> Bool { snapshot.mode(other)?.positions.map(\.size) == isolatedSizes }
        header.sameBookAsIsolated = PerMode(isolated: true, cross: sameBook(.cross), portfolio: sameBook(.portfolio))
        let shown = snapshot.mode(mode) ?? snapshot.modes.first
        var rows: [PositionRow] = []
        if let shown {
            rows.reserveCapacity(shown.positions.count)
            for position in shown.positions {
                rows.append(Self.row(position, mode: mode, snapshot: snapshot, catalogue: catalogue))
            }
        }
        var sparklines = snapshot.priceSeries.map { SparklineSeries(label: $0.coin, kind: .price, values: $0.values) }
        for modeSnapshot in snapshot.modes {
            let label = modeSnapshot.mode == .isolated ? "U iso" : modeSnapshot.mode == .cross ? "U crs" : "U pm"
            sparklines.append(SparklineSeries(label: label, kind: .utilization, values: modeSnapshot.utilizationSeries))
        }
        // Portfolio MM (USD): it rises with the session's live vol estimate, not only with prices.
        if let portfolio = snapshot.mode(.portfolio), !portfolio.maintenanceSeries.isEmpty {
            sparklines.append(SparklineSeries(label: "PM MM", kind: .amount, values: portfolio.maintenanceSeries))
        }
        let events = shown?.events ?? []
        let times = TapeTimeFormat(tapeMicros: snapshot.tapeMicros, times: events.map(\.timeMicros))
        let alerts = events.map { Self.alertRow($0, times: times) }
        self.init(header: header, positions: rows, risk: snapshot.portfolioDetail.map(RiskModel.init(detail:)), alerts: alerts,
                  sparklines: sparklines, stressScenarios: snapshot.stress.map { $0.map(StressScenarioRow.init(snapshot:)) } ?? [],
                  liquidationLevels: PerMode(isolated: snapshot.mode(.isolated)?.levels, cross: snapshot.mode(.cross)?.levels,
                                             portfolio: snapshot.mode(.portfolio)?.levels),
                  venues: snapshot.venues.map(VenueRow.rows))
    }

    static func figures(_ mode: ModeSnapshot?) -> ModeFigures {
        guard let totals = mode?.figures else {
            return ModeFigures(equityUSD: 0, initialMarginUSD: 0, maintenanceMarginUSD: 0, freeCollateralUSD: 0, utilization: 0)
        }
        return ModeFigures(equityUSD: totals.equityUSD, initialMarginUSD: totals.initialMarginUSD,
                           maintenanceMarginUSD: totals.maintenanceMarginUSD,
                           freeCollateralUSD: totals.equityUSD - totals.initialMarginUSD, utilization: totals.utilization)
    }

    static func margin(_ position: PositionSnapshot?, mode: MarginMode, levelsReady: Bool) -> PositionMarginFigures {
        guard let position, !position.isClosed else { return PositionMarginFigures(initialMarginUSD: 0, maintenanceMarginUSD: 0) }
        if mode == .portfolio {
            // Risk-based margin is not a sum of positions: ES contribution and worst-case PnL.
            var figures = PositionMarginFigures(initialMarginUSD: position.esContributionUSD ?? 0,
                                                maintenanceMarginUSD: position.worstCasePnlUSD ?? 0,
                                                liquidationPrice: position.liquidationPrice,
                                                distanceToLiquidation: position.liquidationDistance,
                                                utilization: position.utilization)
            figures.isPending = position.esContributionUSD == nil || !levelsReady
            return figures
        }
        var figures = PositionMarginFigures(initialMarginUSD: position.initialMarginUSD, maintenanceMarginUSD: position.maintenanceMarginUSD,
                                            liquidationPrice: position.liquidationPrice, distanceToLiquidation: position.liquidationDistance,
                                            utilization: position.utilization)
        figures.isPending = !levelsReady
        return figures
    }

    static func row(_ position: PositionSnapshot, mode: MarginMode, snapshot: SessionSnapshot, catalogue: Catalogue?) -> PositionRow {
        func line(_ mode: MarginMode) -> PositionSnapshot? {
            guard let rows = snapshot.mode(mode)?.positions, rows.indices.contains(position.bookIndex) else { return nil }
            return rows[position.bookIndex]
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
        var scheduleLines: [String] = []
        if let catalogue { scheduleLines.append((try? catalogue.schedule(for: instrument))?.summary ?? "no schedule") }
        let closedIn = MarginMode.allCases.filter { line($0)?.isClosed == true }.map(\.rawValue)
        if !closedIn.isEmpty { scheduleLines.append("closed by liquidation in \(closedIn.joined(separator: ", "))") }
        let value = position.valuation
        var row = PositionRow(
            instrument: instrument.name, underlying: instrument.underlying, kindLabel: kind, size: position.size,
            sizeUnit: unit, entryPrice: position.entryPrice, markPrice: value?.mark ?? 0,
            unrealizedPnlUSD: value?.unrealizedPnlUSD ?? 0, notionalUSD: value?.notionalUSD ?? 0,
            greeks: PositionGreeks(delta: value?.deltaCoin ?? 0, gamma: value?.gamma ?? 0, vega: value?.vegaUSD ?? 0,
                                   theta: value?.thetaUSD ?? 0),
            margin: PerMode(isolated: margin(line(.isolated), mode: .isolated, levelsReady: snapshot.mode(.isolated)?.levels != nil),
                            cross: margin(line(.cross), mode: .cross, levelsReady: snapshot.mode(.cross)?.levels != nil),
                            portfolio: margin(line(.portfolio), mode: .portfolio, levelsReady: snapshot.mode(.portfolio)?.levels != nil)),
            scheduleLines: scheduleLines)
        row.isClosed = position.isClosed
        return row
    }

    /// One alert or liquidation event as an alerts-pane row, its time written by `times`.
    public static func alertRow(_ event: LiquidationEvent, times: TapeTimeFormat = TapeTimeFormat(showsDate: false)) -> AlertRow {
        let utilization = NumberFormat.percent(event.utilizationBefore)
        let message: String
        let severity: AlertSeverity
        switch event.kind {
        case .alert:
            severity = event.level == .notice ? .notice : event.level == .warning ? .warning : .danger
            let subject = event.mode == .isolated ? (event.instrument ?? "position") : "account"
            message = "\(event.level.name): \(subject) utilization \(utilization)"
        case .liquidation:
            severity = .liquidation
            let quantity = event.quantity.map { NumberFormat.compact($0) } ?? "?"
            let price = event.price.map { NumberFormat.compact($0) } ?? "?"
            message = "liquidated \(quantity) \(event.instrument ?? "") @ \(price), penalty \(NumberFormat.compact(event.penaltyUSD)) USD"
        case .shortfall:
            severity = .liquidation
            message = "shortfall \(NumberFormat.compact(event.shortfallUSD)) USD beyond collateral" + (event.instrument.map { " (\($0))" } ?? "")
        }
        return AlertRow(time: times.string(event.timeMicros), severity: severity, mode: event.mode.rawValue, message: message,
                        details: alertDetails(event))
    }

    /// The event's figures, labelled, for the alerts view.
    static func alertDetails(_ event: LiquidationEvent) -> [AlertDetail] {
        var details = [AlertDetail("mode", event.mode.rawValue), AlertDetail("level", event.level.name)]
        if let instrument = event.instrument { details.append(AlertDetail("instrument", instrument)) }
        if let quantity = event.quantity { details.append(AlertDetail("quantity", NumberFormat.compact(quantity, signed: true))) }
        if let price = event.price { details.append(AlertDetail("price", NumberFormat.price(price))) }
        if event.kind == .liquidation { details.append(AlertDetail("penalty", NumberFormat.compact(event.penaltyUSD) + " USD")) }
        // Before → after where the event changed it (an alert changes nothing: one value).
        func change(_ before: String, _ after: String) -> String { before == after ? before : before + " → " + after }
        details.append(AlertDetail("equity", change(NumberFormat.compact(event.equityBeforeUSD),
                                                    NumberFormat.compact(event.equityAfterUSD)) + " USD"))
        details.append(AlertDetail("utilization", change(NumberFormat.percent(event.utilizationBefore),
                                                         NumberFormat.percent(event.utilizationAfter))))
        if event.shortfallUSD > 0 { details.append(AlertDetail("shortfall", NumberFormat.compact(event.shortfallUSD) + " USD")) }
        return details
    }
}

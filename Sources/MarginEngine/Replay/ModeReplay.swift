/// Replays market updates against one account in one margin mode: fast margining on every
/// event (only the ticking underlying is revalued), the liquidation engine's slow path only when
/// the alert level changes or the account is in liquidation, a full revaluation (years to expiry)
/// on a tape-time cadence.
public struct ModeReplay: Sendable {
    public private(set) var book: CompiledBook
    public private(set) var engine: LiquidationEngine
    public private(set) var statistics: ReplayStatistics
    /// Tape time between full revaluations, µs (default one minute).
    public var fullRecomputeEveryMicros: Int64 = 60_000_000
    public private(set) var lastFullMicros: Int64
    /// Portfolio mode: the risk-based model, ticked per underlying as prices move.
    public private(set) var session: PortfolioMarginSession?
    var portfolioMeasure: PortfolioMeasure?
    /// Portfolio mode: the path of its risk figures over the replay (scan range, ES, MM).
    public private(set) var riskPath = RiskPath()
    /// Portfolio mode: the session's `PortfolioMarginSession.concurrentTicks` (kept when a
    /// liquidation rebuilds the session).
    public var concurrentTicks = false {
        didSet { session?.concurrentTicks = concurrentTicks }
    }

    /// - Parameters: `measure` overrides the mode's margin measure for the liquidation engine
    ///   (default: standard sums; portfolio mode: portfolio margin with `history`).
    public init(account: Account, market: MarketState, catalogue: Catalogue, mode: MarginMode,
                thresholds: AlertThresholds = AlertThresholds(), policy: LiquidationPolicy = LiquidationPolicy(),
                measure: (@Sendable (Account, MarketState) throws -> MarginTotals)? = nil,
                history: ReturnHistory? = nil) throws {
        var portfolioMeasure: PortfolioMeasure?
        if mode == .portfolio, measure == nil {
            portfolioMeasure = try PortfolioMeasure(account: account, market: market, catalogue: catalogue, history: history)
        }
        let engine = LiquidationEngine(mode: mode, catalogue: catalogue, thresholds: thresholds, policy: policy,
                                       measure: measure ?? portfolioMeasure?.closure)
        var pinned = account
        if mode == .isolated { try engine.pinIsolatedMargins(&pinned, market: market) }
        self.engine = engine
        self.book = try CompiledBook(account: pinned, market: market, catalogue: catalogue)
        self.statistics = ReplayStatistics(mode: mode)
        self.lastFullMicros = market.timestampMicros
        self.portfolioMeasure = portfolioMeasure
        self.session = try portfolioMeasure?.session(pinned, market: market)
        recordRiskPath()
    }

    /// Processes tape events at one time (`eventCount` of them, their `updates` combined): margin
    /// is evaluated once for the moment; returns the liquidation engine's events.
    @discardableResult
    public mutating func process(timeMicros: Int64, updates: [PriceUpdate], eventCount: Int = 1) throws -> [LiquidationEvent] {
        book.apply(updates)
        let touched = session == nil ? [] : book.takeMovedUnderlyings()
        let full = isFullRecomputeDue(at: timeMicros)
        if full {
            book.setTime(timeMicros)
            lastFullMicros = timeMicros
        } else {
            book.stamp(timeMicros)
        }
        var totals: MarginTotals
        if session != nil {
            // Portfolio mode margins with the session's figures; the book's standard sums would
            // be thrown away, so they are not computed (its valuations refresh when next read).
            if full {
                _ = try session?.recompute(market: book.market, freshTail: false)
            } else {
                if !touched.isEmpty { _ = try session?.tick(underlyings: touched, market: book.market) }
            }
            totals = try portfolioTotals() ?? book.totals()
            if full { recordRiskPath() }
        } else {
            totals = try book.totals()
        }
        let alertUtilization = try currentAlertUtilization(totals)
        // Observe the tick as the market left it, before any liquidation acts on it.
        statistics.observe(equityUSD: totals.equityUSD, utilization: alertUtilization, eventCount: eventCount)
        var events: [LiquidationEvent] = []
        let level = engine.thresholds.level(utilization: alertUtilization)
        // The engine is consulted when the level moved, at the liquidation level (it acts there),
        // and not while utilization only wanders between the same thresholds and re-arm points
        // (`AlertHysteresis.reacts(to:)`: the engine would do nothing, and nothing later differs).
        if level == .liquidation || (level != engine.level && engine.hysteresis.reacts(to: alertUtilization, thresholds: engine.thresholds)) {
            var account = book.account
            events = try engine.update(&account, market: book.market)
            if events.contains(where: { $0.kind != .alert }) {
                try book.replaceAccount(account)
                totals = try book.totals()
                if let portfolioMeasure {
                    session = try portfolioMeasure.session(book.account, market: book.market)
                    session?.concurrentTicks = concurrentTicks
                    recordRiskPath()
                    totals = portfolioTotals() ?? totals
                }
                statistics.settle(equityUSD: totals.equityUSD)
            }
            statistics.record(events)
            if session != nil, !riskPath.alerted, !statistics.firstAlertMicros.isEmpty { recordRiskPath() }
        }
        return events
    }

    /// Portfolio mode: re-margins with the live daily covariance of its underlyings (`LiveVolatility`). The liquidation engine's measure uses it too, so
    /// what triggers a liquidation and what it closes are judged with the same vols. Other modes:
    /// nothing (their requirements do not depend on vol).
    /// Nothing happens unless one of its own underlyings' vols (or correlations) moved by the
    /// catalogue's `apply_threshold` since the covariance in use.
    public mutating func updateVolatility(_ volatility: LiveVolatility) throws {
        guard let current = session?.scenarios, var measure = portfolioMeasure,
              let dailyCovariance = volatility.covariance(for: current.underlyings),
              LiveVolatility.differsMaterially(dailyCovariance, from: current.dailyCovariance,
                                               threshold: volatility.settings.applyThreshold) else { return }
        measure.liveCovariance = dailyCovariance
        portfolioMeasure = measure
        engine.measure = measure.closure
        try session?.updateCovariance(dailyCovariance)
        recordRiskPath()
    }

    /// Appends the portfolio session's current scan ranges, ES and MM to `riskPath`.
    mutating func recordRiskPath() {
        guard let session else { return }
        riskPath.observe(session, firstAlert: !statistics.firstAlertMicros.isEmpty)
    }

    /// Counts an event that moved no price this book reads (its margin is unchanged) as a tick.
    /// Whether `timeMicros` is at least `fullRecomputeEveryMicros` after the last full
    /// revaluation (overflow-safe for any timestamps).
    public func isFullRecomputeDue(at timeMicros: Int64) -> Bool {
        let (elapsed, overflow) = timeMicros.subtractingReportingOverflow(lastFullMicros)
        return overflow ? timeMicros > lastFullMicros : elapsed >= fullRecomputeEveryMicros
    }

    public mutating func skip(timeMicros: Int64, eventCount: Int = 1) {
        book.stamp(timeMicros)
        statistics.ticks += eventCount
    }

    /// Portfolio mode: the session's equity, IM and MM.
    func portfolioTotals() -> MarginTotals? {
        guard let figures = session?.figures else { return nil }
        return MarginTotals(equityUSD: figures.equityUSD, initialMarginUSD: figures.initialMarginUSD,
                            maintenanceMarginUSD: figures.maintenanceMarginUSD)
    }

    /// Isolated: the worst position's utilization; pooled modes: the account's.
    mutating func currentAlertUtilization(_ totals: MarginTotals) throws -> Double {
        if engine.mode == .isolated { return try book.worstIsolatedUtilization().utilization }
        if engine.mode == .portfolio, session == nil { return try engine.totals(book.account, market: book.market).utilization }
        return totals.utilization
    }
}

import MarginEngine

/// Per-mode margin reports with liquidation prices, refreshed on a wall-time cadence by the run
/// loop (solving liquidation prices on every tick would be wasted work at 30 frames a second).
public struct LiveReports: Sendable {
    public var byMode: [MarginMode: AccountMarginReport] = [:]
    /// Tape time the reports were computed at, µs.
    public var asOfMicros: Int64 = .min

    public init() {}
}

extension LiveEngine {
    /// Isolated and cross reports (with liquidation prices) for each mode's current account.
    public func computeReports() -> LiveReports {
        var reports = LiveReports()
        let margin = StandardMargin(catalogue: catalogue)
        for replay in replay.replays {
            let mode = replay.statistics.mode
            let standardMode: MarginMode = mode == .isolated ? .isolated : .cross
            if let report = try? margin.report(replay.book.account, market: replay.book.market, mode: standardMode) {
                var tagged = report
                tagged.mode = mode
                reports.byMode[mode] = tagged
            }
        }
        reports.asOfMicros = lastEventMicros
        return reports
    }

    /// Equity, IM, MM, free collateral and utilization of each mode's account now.
    public func figures(_ mode: MarginMode) -> ModeFigures {
        guard let replay = modeReplay(mode) else {
            return ModeFigures(equityUSD: 0, initialMarginUSD: 0, maintenanceMarginUSD: 0, freeCollateralUSD: 0, utilization: 0)
        }
        var book = replay.book
        var totals = (try? book.totals()) ?? MarginTotals(equityUSD: 0, initialMarginUSD: 0, maintenanceMarginUSD: 0)
        if let figures = replay.session?.figures {
            totals = MarginTotals(equityUSD: figures.equityUSD, initialMarginUSD: figures.initialMarginUSD,
                                  maintenanceMarginUSD: figures.maintenanceMarginUSD)
        }
        return ModeFigures(equityUSD: totals.equityUSD, initialMarginUSD: totals.initialMarginUSD,
                           maintenanceMarginUSD: totals.maintenanceMarginUSD,
                           freeCollateralUSD: totals.equityUSD - totals.initialMarginUSD, utilization: totals.utilization)
    }
}

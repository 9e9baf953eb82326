import MarginEngine

/// Human-readable margin reports: one block per mode and account.
enum ReportTable {
    static func render(byMode: [(MarginMode, ReportJSON.ModeReports)], asOfSource: String) -> String {
        var out = ""
        for (mode, reports) in byMode {
            for entry in reports.entries + (reports.group.map { [$0] } ?? []) {
                out += block(entry.report, mode: mode, asOfSource: asOfSource, saved: entry.saved)
                if let detail = entry.portfolio { out += PortfolioTable.render(detail) }
                out += "\n"
            }
            if let aggregate = reports.aggregate { out += aggregateLine(aggregate, mode: mode) + "\n" }
        }
        return out
    }

    /// `--csv`: one row per position, mode and account (a `--group` report under its group name),
    /// with the account's totals on every row; numbers unrounded, in USD unless the column says.
    static func csv(byMode: [(MarginMode, ReportJSON.ModeReports)]) -> String {
        var rows: [[String]] = [["mode", "account", "equity_usd", "initial_margin_usd", "maintenance_margin_usd", "utilization",
                                 "instrument", "size", "entry", "mark", "upnl_usd", "position_initial_margin_usd",
                                 "position_maintenance_margin_usd", "liquidation_price", "liquidation_distance_pct", "delta"]]
        for (mode, reports) in byMode {
            for entry in reports.entries + (reports.group.map { [$0] } ?? []) {
                let report = entry.report
                let totals = [mode.rawValue, report.account, CSVTable.number(report.equityUSD), CSVTable.number(report.initialMarginUSD),
                              CSVTable.number(report.maintenanceMarginUSD), CSVTable.number(report.utilization)]
                for line in report.positions {
                    rows.append(totals + [line.instrument, CSVTable.number(line.size), CSVTable.number(line.entry),
                                          CSVTable.number(line.mark), CSVTable.number(line.unrealizedPnlUSD),
                                          CSVTable.number(line.initialMarginUSD), CSVTable.number(line.maintenanceMarginUSD),
                                          CSVTable.number(line.liquidationPrice), CSVTable.number(line.liquidationDistancePercent),
                                          CSVTable.number(line.delta)])
                }
            }
        }
        return CSVTable.render(rows)
    }

    /// The many-accounts summary of one mode (``MarginAggregate``).
    static func aggregateLine(_ aggregate: MarginAggregate, mode: MarginMode) -> String {
        let thresholds = AlertThresholds()
        var out = "\(mode.rawValue.uppercased()) margin — \(aggregate.accounts) accounts: "
        out += "\(aggregate.accountsAlerted) alerted (utilization ≥ \(TextFormat.fixed(thresholds.notice * 100, 0))%), "
        out += "\(aggregate.accountsInLiquidation) in liquidation (≥ \(TextFormat.fixed(thresholds.liquidation * 100, 0))%)\n"
        out += "  equity \(TextFormat.usd(aggregate.equityUSD))  MM \(TextFormat.usd(aggregate.maintenanceMarginUSD))"
        out += "  maintenance shortfall Σ max(0, MM − equity) \(TextFormat.usd(aggregate.maintenanceShortfallUSD))\n"
        return out
    }

    /// `  saved vs isolated: IM +157,780.36  MM +88,394.20` (USD; negative: this mode needs more).
    static func savedLine(_ saved: CapitalSaved) -> String {
        func signed(_ value: Double) -> String { value > 0 ? "+" + TextFormat.usd(value) : TextFormat.usd(value) }
        return "  saved vs isolated: IM \(signed(saved.initialMarginUSD))  MM \(signed(saved.maintenanceMarginUSD))\n"
    }

    static func block(_ report: AccountMarginReport, mode: MarginMode, asOfSource: String, saved: CapitalSaved? = nil) -> String {
        var out = "\(mode.rawValue.uppercased()) margin — account \(report.account) — as of \(UTCTime.iso8601(report.asOfMicros))"
        out += asOfSource == "now" ? " (now: the portfolio gives no as_of)\n" : "\n"
        let utilization = report.utilization.isFinite ? TextFormat.fixed(report.utilization * 100, 2) + "%" : "∞ (equity ≤ 0)"
        out += "  equity \(TextFormat.usd(report.equityUSD))  IM \(TextFormat.usd(report.initialMarginUSD))"
        out += "  MM \(TextFormat.usd(report.maintenanceMarginUSD))  utilization \(utilization)"
        out += "  free \(TextFormat.usd(report.freeCollateralUSD))\n"
        if let saved { out += savedLine(saved) }
        let header = ["instrument", "size", "entry", "mark", "uPnL USD", "IM USD", "MM USD", "liq price", "dist %", "delta"]
        var rows: [[String]] = [header]
        for line in report.positions {
            rows.append([
                line.instrument, TextFormat.number(line.size), TextFormat.number(line.entry), TextFormat.number(line.mark),
                TextFormat.fixed(line.unrealizedPnlUSD, 2), TextFormat.fixed(line.initialMarginUSD, 2),
                TextFormat.fixed(line.maintenanceMarginUSD, 2),
                line.liquidationPrice.map { TextFormat.fixed($0, 2) } ?? "—",
                line.liquidationDistancePercent.map { TextFormat.fixed($0, 1) } ?? "—",
                TextFormat.fixed(line.delta, 4),
            ])
        }
        out += TextFormat.table(rows, rightAligned: Set(1..<header.count))
        return out
    }
}

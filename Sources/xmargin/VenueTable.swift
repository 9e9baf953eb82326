import MarginEngine

/// Human-readable and CSV venue reports (DESIGN §13).
enum VenueTable {
    /// `margin --venue`: per account one row per venue — equity, IM, MM, utilization, liquidation
    /// levels per underlying (index USD), positions not listed — the cheapest marked `*`.
    static func render(_ comparisons: [VenueComparison], asOfMicros: Int64, asOfSource: String) -> String {
        var out = ""
        for comparison in comparisons {
            out += "VENUES — account \(comparison.account) — as of \(UTCTime.iso8601(asOfMicros))"
            out += asOfSource == "now" ? " (now: the portfolio gives no as_of)\n" : "\n"
            out += rows(comparison.reports, cheapest: comparison.cheapest)
            out += footnote(comparison)
            out += "\n"
        }
        return out
    }

    /// The rows of one comparison (or of any list of venue reports), as an aligned table.
    static func rows(_ reports: [VenueMarginReport], cheapest: Venue?, names: [String]? = nil) -> String {
        let header = ["", names == nil ? "venue" : "account", "equity USD", "IM USD", "MM USD", "util", "liquidation (index USD)", "not listed"]
        var rows: [[String]] = [header]
        for (index, report) in reports.enumerated() {
            let account = report.report
            let name = names.map { $0.indices.contains(index) ? "\($0[index]) (\(report.venue.rawValue))" : report.venue.rawValue }
            rows.append([report.venue == cheapest ? "*" : "", name ?? report.venue.rawValue,
                         TextFormat.usd(account.equityUSD), TextFormat.usd(account.initialMarginUSD),
                         TextFormat.usd(account.maintenanceMarginUSD), utilization(account.utilization),
                         levels(account.liquidationLevels), unlisted(report)])
        }
        return TextFormat.table(rows, rightAligned: [2, 3, 4, 5])
    }

    static func utilization(_ value: Double) -> String {
        value.isFinite ? TextFormat.fixed(value * 100, 2) + "%" : "∞"
    }

    /// `BTC ↓71,203 ↑— · ETH ↓2,101 ↑4,480` (index USD; — where none in range).
    static func levels(_ levels: [LiquidationLevels.Underlying]) -> String {
        guard !levels.isEmpty else { return "—" }
        return levels.map { level in
            "\(level.underlying) ↓\(level.downUSD.map { TextFormat.fixed($0, 0) } ?? "—") ↑\(level.upUSD.map { TextFormat.fixed($0, 0) } ?? "—")"
        }.joined(separator: " · ")
    }

    /// `—`, or `2 (184,200.00 USD): incomplete`.
    static func unlisted(_ report: VenueMarginReport) -> String {
        report.isComplete ? "—" : "\(report.unlisted.count) (\(TextFormat.usd(report.unlistedNotionalUSD)) USD): incomplete"
    }

    static func footnote(_ comparison: VenueComparison) -> String {
        var out = comparison.cheapest.map { "  * cheapest: \($0.rawValue) (lowest IM among venues that list the whole book)\n" }
            ?? "  no venue lists the whole book: none is marked cheapest\n"
        for report in comparison.reports where !report.isComplete {
            out += "  \(report.venue.rawValue): book incomplete — not listed on \(report.venue.rawValue): \(unlistedNames(report.unlisted))\n"
        }
        return out
    }

    /// The unlisted instruments, each once in book order (`×3` when held several times), the
    /// first `limit` of them and how many more (`--json` lists every one with its reason).
    static func unlistedNames(_ unlisted: [UnlistedPosition], limit: Int = 8) -> String {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for position in unlisted {
            if counts[position.instrument] == nil { order.append(position.instrument) }
            counts[position.instrument, default: 0] += 1
        }
        let shown = order.prefix(limit).map { name in (counts[name] ?? 1) > 1 ? "\(name) ×\(counts[name] ?? 1)" : name }
        let more = order.count - shown.count
        return shown.joined(separator: ", ") + (more > 0 ? " and \(more) more (--json lists each)" : "")
    }

    /// The venue sections a file's venue tags add to `margin`: each account on its own venue and,
    /// with `--group`, the cross-venue group and what netting across venues would save.
    static func sections(_ sections: VenueSections) -> String {
        var out = "VENUE ACCOUNTS — each account margined by its own venue's rules\n"
        out += rows(sections.accounts, cheapest: nil, names: sections.accounts.map(\.report.account))
        for report in sections.accounts where !report.isComplete {
            out += "  \(report.report.account): not listed on \(report.venue.rawValue): \(unlistedNames(report.unlisted))\n"
        }
        guard let group = sections.group else { return out + "\n" }
        out += "\nCROSS-VENUE GROUP — all accounts as one portfolio under \(group.groupVenue.rawValue), collateral after custodian haircuts\n"
        out += rows([group.group], cheapest: nil, names: [group.group.report.account])
        out += "  separately: IM \(TextFormat.usd(group.separateInitialMarginUSD))  MM \(TextFormat.usd(group.separateMaintenanceMarginUSD))"
        let byVenue = group.custodianHaircutByVenueUSD.sorted { $0.key < $1.key }.map { "\($0.key) \(TextFormat.usd($0.value))" }
        out += "  custodian haircuts \(TextFormat.usd(group.custodianHaircutUSD))"
        out += byVenue.isEmpty ? "\n" : " (" + byVenue.joined(separator: ", ") + ")\n"
        out += "  capital cross-venue netting would save: IM \(signed(group.saved.initialMarginUSD))  MM \(signed(group.saved.maintenanceMarginUSD))\n"
        if !group.isComplete { out += "  incomplete: some positions are not listed where they are margined (see above)\n" }
        return out + "\n"
    }

    static func signed(_ value: Double) -> String { value > 0 ? "+" + TextFormat.usd(value) : TextFormat.usd(value) }

    /// `margin --venue --csv`: one row per account, venue and underlying (an account without
    /// positions: one row with an empty underlying); numbers unrounded, USD unless named.
    static func csv(_ comparisons: [VenueComparison]) -> String {
        var rows: [[String]] = [["account", "venue", "cheapest", "complete", "equity_usd", "initial_margin_usd", "maintenance_margin_usd",
                                 "utilization", "unlisted_count", "unlisted_notional_usd", "underlying", "liquidation_down_usd",
                                 "liquidation_up_usd"]]
        for comparison in comparisons {
            for report in comparison.reports {
                let account = report.report
                let totals = [comparison.account, report.venue.rawValue, report.venue == comparison.cheapest ? "true" : "false",
                              report.isComplete ? "true" : "false", CSVTable.number(account.equityUSD),
                              CSVTable.number(account.initialMarginUSD), CSVTable.number(account.maintenanceMarginUSD),
                              CSVTable.number(account.utilization), String(report.unlisted.count),
                              CSVTable.number(report.unlistedNotionalUSD)]
                let levels = account.liquidationLevels
                if levels.isEmpty { rows.append(totals + ["", "", ""]) }
                for level in levels {
                    rows.append(totals + [level.underlying, CSVTable.number(level.downUSD), CSVTable.number(level.upUSD)])
                }
            }
        }
        return CSVTable.render(rows)
    }
}

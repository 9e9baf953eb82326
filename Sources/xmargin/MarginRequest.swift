import Foundation
import MarginConfig
import MarginEngine

/// A portfolio with its market, ready to margin; prints reports as tables or JSON.
struct MarginRequest {
    var document: PortfolioDocument
    var market: MarketState
    /// Where the valuation time came from: `file` (as_of) or `now`.
    var asOfSource: String
    /// Daily return history for portfolio margin's ES (nil: catalogue defaults, and the report says so).
    var history: ReturnHistory?
    /// Also margin all accounts as one cross-margined group.
    var group = false

    init(document: PortfolioDocument, marks: MarketInputs?, fallbackNowMicros: Int64, marksFile: String = DemoPortfolio.label) throws {
        self.document = document
        let inputs = marks.map { document.market.overlaid(with: $0) } ?? document.market
        asOfSource = inputs.asOfMicros == nil ? "now" : "file"
        market = try MarketBuilder.build(inputs, for: document.portfolio, at: inputs.asOfMicros ?? fallbackNowMicros,
                                         file: marksFile)
    }

    /// Margins every account (and, with `group`, all of them as one group) in `mode`.
    func reports(mode: MarginMode) throws -> ReportJSON.ModeReports {
        let accounts = document.portfolio.accounts
        let groupName = "group(" + accounts.map(\.name).joined(separator: "+") + ")"
        if mode == .portfolio {
            var entries: [ReportJSON.Entry] = []
            for account in accounts {
                let report = try PortfolioMargin.report(account, market: market, catalogue: document.catalogue, history: history)
                entries.append(ReportJSON.Entry(report: report.account, portfolio: report.detail))
            }
            var groupEntry: ReportJSON.Entry?
            if group {
                let report = try PortfolioMargin.groupReport(accounts, name: groupName, market: market,
                                                             catalogue: document.catalogue, history: history)
                groupEntry = ReportJSON.Entry(report: report.account, portfolio: report.detail)
            }
            return ReportJSON.ModeReports(entries: entries, group: groupEntry)
        }
        let margin = StandardMargin(catalogue: document.catalogue)
        var entries: [ReportJSON.Entry] = []
        for account in accounts {
            entries.append(ReportJSON.Entry(report: try margin.report(account, market: market, mode: mode)))
        }
        var groupEntry: ReportJSON.Entry?
        if group {
            let combined = document.portfolio.combinedAccount(name: groupName)
            groupEntry = ReportJSON.Entry(report: try margin.report(combined, market: market, mode: mode))
        }
        return ReportJSON.ModeReports(entries: entries, group: groupEntry)
    }

    func printReport(modes: [MarginMode], json: Bool) throws {
        var byMode: [(MarginMode, ReportJSON.ModeReports)] = []
        for mode in modes { byMode.append((mode, try reports(mode: mode))) }
        if modes.contains(where: { $0 != .isolated }) {
            let isolated = try byMode.first { $0.0 == .isolated }?.1 ?? reports(mode: .isolated)
            byMode = byMode.map { mode, reports in (mode, mode == .isolated ? reports : reports.withSavings(against: isolated)) }
        }
        if json {
            print(try ReportJSON.render(byMode: byMode, asOfSource: asOfSource, single: modes.count == 1))
        } else {
            print(ReportTable.render(byMode: byMode, asOfSource: asOfSource), terminator: "")
        }
    }
}

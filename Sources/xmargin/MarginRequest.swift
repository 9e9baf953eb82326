import Foundation
import MarginConfig
import MarginEngine
import RiskSession

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
    /// The rule a cross-venue group is margined under (`--group-venue`; nil: the default).
    var groupVenue: Venue?

    init(document: PortfolioDocument, marks: MarketInputs?, fallbackNowMicros: Int64, marksFile: String = DemoPortfolio.label) throws {
        self.document = document
        let inputs = marks.map { document.market.overlaid(with: $0) } ?? document.market
        asOfSource = inputs.asOfMicros == nil ? "now" : "file"
        market = try MarketBuilder.build(inputs, for: document.portfolio, at: inputs.asOfMicros ?? fallbackNowMicros,
                                         file: marksFile)
    }

    /// Margins every account (and, with `group`, all of them as one group) in `mode`: the accounts
    /// on up to `jobs` cores at once (``OrderedFanOut``), each by the one engine path of a single
    /// account, the results in the file's order whatever `jobs` is. An error is the first failing
    /// account's in file order.
    func reports(mode: MarginMode, jobs: Int = 1) async throws -> ReportJSON.ModeReports {
        let accounts = document.portfolio.accounts
        let groupName = "group(" + accounts.map(\.name).joined(separator: "+") + ")"
        let market = market, catalogue = document.catalogue, history = history
        let entries = try await OrderedFanOut.mapThrowing(count: accounts.count, jobs: jobs) { index in
            try Self.entry(accounts[index], mode: mode, market: market, catalogue: catalogue, history: history)
        }
        var groupEntry: ReportJSON.Entry?
        if group {
            if mode == .portfolio {
                let report = try PortfolioMargin.groupReport(accounts, name: groupName, market: market,
                                                             catalogue: catalogue, history: history)
                groupEntry = ReportJSON.Entry(report: report.account, portfolio: report.detail)
            } else {
                let combined = document.portfolio.combinedAccount(name: groupName)
                groupEntry = ReportJSON.Entry(report: try StandardMargin(catalogue: catalogue).report(combined, market: market, mode: mode))
            }
        }
        let aggregate = entries.count > 1 ? MarginAggregate(reports: entries.map(\.report)) : nil
        return ReportJSON.ModeReports(entries: entries, group: groupEntry, aggregate: aggregate)
    }

    /// One account's report in `mode` (portfolio: with its risk-based detail).
    static func entry(_ account: Account, mode: MarginMode, market: MarketState, catalogue: Catalogue,
                      history: ReturnHistory?) throws -> ReportJSON.Entry {
        if mode == .portfolio {
            let report = try PortfolioMargin.report(account, market: market, catalogue: catalogue, history: history)
            return ReportJSON.Entry(report: report.account, portfolio: report.detail)
        }
        return ReportJSON.Entry(report: try StandardMargin(catalogue: catalogue).report(account, market: market, mode: mode))
    }

    /// Prints every mode's reports (accounts on up to `jobs` cores), as JSON or tables.
    func printReport(modes: [MarginMode], json: Bool, csv: Bool = false, jobs: Int = 1) async throws {
        var byMode: [(MarginMode, ReportJSON.ModeReports)] = []
        for mode in modes { byMode.append((mode, try await reports(mode: mode, jobs: jobs))) }
        if modes.contains(where: { $0 != .isolated }) {
            var isolated = byMode.first { $0.0 == .isolated }?.1
            if isolated == nil { isolated = try await reports(mode: .isolated, jobs: jobs) }
            if let isolated {
                byMode = byMode.map { mode, reports in (mode, mode == .isolated ? reports : reports.withSavings(against: isolated)) }
            }
        }
        // Venue-tagged accounts (or --group-venue): each on its own venue, and the cross-venue group.
        let venues = tagsVenues || groupVenue != nil ? try venueSections(groupVenue: groupVenue) : nil
        if json {
            print(try ReportJSON.render(byMode: byMode, asOfSource: asOfSource, single: modes.count == 1, venues: venues))
        } else if csv {
            print(ReportTable.csv(byMode: byMode), terminator: "")
        } else {
            print(ReportTable.render(byMode: byMode, asOfSource: asOfSource), terminator: "")
            if let venues { print(VenueTable.sections(venues), terminator: "") }
        }
    }
}

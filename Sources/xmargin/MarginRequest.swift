import Foundation
import MarginConfig
import MarginEngine

/// A portfolio with its market, ready to margin; prints reports as tables or JSON.
struct MarginRequest {
    var document: PortfolioDocument
    var market: MarketState
    /// Where the valuation time came from: `file` (as_of) or `now`.
    var asOfSource: String

    init(document: PortfolioDocument, marks: MarketInputs?, fallbackNowMicros: Int64, marksFile: String = DemoPortfolio.label) throws {
        self.document = document
        let inputs = marks.map { document.market.overlaid(with: $0) } ?? document.market
        asOfSource = inputs.asOfMicros == nil ? "now" : "file"
        market = try MarketBuilder.build(inputs, for: document.portfolio, at: inputs.asOfMicros ?? fallbackNowMicros,
                                         file: marksFile)
    }

    /// Margins every account in each mode.
    func reports(mode: MarginMode) throws -> [AccountMarginReport] {
        let margin = StandardMargin(catalogue: document.catalogue)
        var result: [AccountMarginReport] = []
        for account in document.portfolio.accounts {
            result.append(try margin.report(account, market: market, mode: mode))
        }
        return result
    }

    func printReport(modes: [MarginMode], json: Bool) throws {
        var byMode: [(MarginMode, [AccountMarginReport])] = []
        for mode in modes { byMode.append((mode, try reports(mode: mode))) }
        if json {
            print(try ReportJSON.render(byMode: byMode, asOfSource: asOfSource, single: modes.count == 1))
        } else {
            print(ReportTable.render(byMode: byMode, asOfSource: asOfSource), terminator: "")
        }
    }
}

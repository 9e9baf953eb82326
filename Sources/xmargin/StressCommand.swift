import ArgumentParser
import MarginConfig
import MarginEngine

/// `xmargin stress`: named stress tests from the catalogue applied to each account of a portfolio.
struct StressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stress",
        abstract: "Apply named stress scenarios (catalogue data) to a portfolio: PnL, post-shock utilization, liquidations."
    )

    @OptionGroup var book: BookOptions

    @Option(name: .long, help: "Scenario name, or all.")
    var scenario = "all"

    @OptionGroup var output: OutputOptions

    func run() throws {
        let request = try book.request()
        let document = request.document
        let library = document.catalogue.portfolioMargin.stressTests
        let chosen: [StressScenario]
        if scenario == "all" {
            chosen = library
        } else if let one = library.first(where: { $0.name == scenario }) {
            chosen = [one]
        } else {
            throw ValidationError("unknown scenario '\(scenario)' (known: \(library.map(\.name).joined(separator: ", ")), or all)")
        }
        let history = try book.returnHistory()
        var results: [StressResult] = []
        for scenario in chosen {
            for account in document.portfolio.accounts {
                results.append(try BookError.locating(file: book.portfolioLabel, portfolio: document.portfolio) {
                    try StressTester.run(scenario, account: account, market: request.market,
                                         catalogue: document.catalogue, history: history)
                })
            }
        }
        if output.csv {
            print(StressTable.csv(results), terminator: "")
        } else if output.json {
            print(String(decoding: try ReportJSON.encoder().encode(StressOutput(asOf: UTCTime.iso8601(request.market.timestampMicros),
                                                                                 results: results)), as: UTF8.self))
        } else {
            print(StressTable.render(results), terminator: "")
        }
    }
}

struct StressOutput: Encodable {
    var asOf: String
    var results: [StressResult]

    enum CodingKeys: String, CodingKey {
        case results
        case asOf = "as_of"
    }
}

/// Text rendering of stress results.
enum StressTable {
    static func render(_ results: [StressResult]) -> String {
        var out = ""
        for result in results {
            out += "STRESS \(result.scenario) — \(result.description) — account \(result.account)\n"
            out += "  equity \(TextFormat.usd(result.equityBeforeUSD)) → \(TextFormat.usd(result.equityAfterUSD))"
            out += "  (PnL \(TextFormat.usd(result.pnlUSD)))\n"
            for mode in result.modes {
                out += "  \(mode.mode.rawValue): MM \(TextFormat.usd(mode.maintenanceMarginUSD))  utilization "
                out += "\(percent(mode.utilizationBefore)) → \(percent(mode.utilization))\(mode.liquidated ? "  LIQUIDATED" : "")\n"
            }
            var rows: [[String]] = [["instrument", "size", "PnL USD", "isolated"]]
            for line in result.positions {
                rows.append([line.instrument, TextFormat.number(line.size), TextFormat.usd(line.pnlUSD),
                             line.liquidatedIsolated ? "liquidated" : ""])
            }
            out += TextFormat.table(rows, rightAligned: [1, 2])
            out += "\n"
        }
        return out
    }

    /// `--csv`: one row per scenario, account and mode; utilization as a fraction (empty when
    /// unbounded), money in USD.
    static func csv(_ results: [StressResult]) -> String {
        var rows: [[String]] = [["scenario", "account", "mode", "equity_before_usd", "equity_after_usd", "pnl_usd",
                                 "maintenance_margin_usd", "utilization_before", "utilization_after", "liquidated"]]
        for result in results {
            for mode in result.modes {
                rows.append([result.scenario, result.account, mode.mode.rawValue, CSVTable.number(result.equityBeforeUSD),
                             CSVTable.number(result.equityAfterUSD), CSVTable.number(result.pnlUSD),
                             CSVTable.number(mode.maintenanceMarginUSD), CSVTable.number(mode.utilizationBefore),
                             CSVTable.number(mode.utilization), mode.liquidated ? "true" : "false"])
            }
        }
        return CSVTable.render(rows)
    }

    static func percent(_ value: Double) -> String {
        value.isFinite ? TextFormat.fixed(value * 100, 2) + "%" : "∞"
    }
}

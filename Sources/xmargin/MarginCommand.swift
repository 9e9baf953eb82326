import ArgumentParser
import MarginConfig
import MarginEngine

/// `xmargin margin`: one-shot margin report for a portfolio file.
struct MarginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "margin",
        abstract: "Compute margin for a portfolio file, as a table or JSON."
    )

    @Option(name: .long, help: "Portfolio file (TOML).")
    var portfolio: String

    @Option(name: .long, help: "Marks file (TOML with as_of, [marks], [iv], [forwards]); overrides the portfolio's.")
    var marks: String?

    @Option(name: .long, help: "isolated, cross, portfolio or all.")
    var mode: ModeChoice = .cross

    @Flag(help: "Also margin all accounts of the file as one cross-margined group.")
    var group = false

    @Option(name: .long, parsing: .singleValue,
            help: "Price history for portfolio margin's ES: a native CSV tape, or COIN=FILE for a Binance kline CSV (repeatable).")
    var history: [String] = []

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let document = try PortfolioFile.load(path: portfolio)
        let marksInputs = try marks.map { path throws(ConfigError) in try MarksFile.load(path: path) }
        let request = try MarginRequest(document: document, marks: marksInputs, fallbackNowMicros: WallClock.nowMicros(),
                                    marksFile: marks ?? portfolio)
        var configured = request
        configured.group = group
        if !history.isEmpty { configured.history = try HistoryFile.load(history) }
        try configured.printReport(modes: mode.modes, json: json)
    }
}

/// `--mode` values.
enum ModeChoice: String, ExpressibleByArgument, CaseIterable {
    case isolated, cross, portfolio, all

    var modes: [MarginMode] {
        switch self {
        case .isolated: return [.isolated]
        case .cross: return [.cross]
        case .portfolio: return [.portfolio]
        case .all: return [.isolated, .cross, .portfolio]
        }
    }
}

import ArgumentParser
import Foundation
import MarginConfig
import MarginEngine
import MarketData

/// `xmargin replay`: a tape against a book at max speed, in one or all margin modes.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a price tape against a portfolio at max speed: alerts, liquidations, losses per mode."
    )

    @Argument(help: "Tape file (native CSV/JSONL, Binance kline, Tardis trades/derivative_ticker/options_chain, Deribit snapshot, recorded Deribit or Binance mark-price stream).")
    var tape: String

    @Option(name: .long, help: "Portfolio file (TOML).")
    var portfolio: String

    @Option(name: .long, help: "isolated, cross, portfolio or all.")
    var mode: ModeSelection = .all

    @Option(name: .long, help: "Tape format (default: detected from the first line): \(TapeFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: TapeFormat?

    @Option(name: .long, help: "Symbol for tapes whose rows carry none (Binance klines); default: from the file name.")
    var symbol: String?

    @Option(name: .customLong("map"), help: "Map a tape symbol to a book instrument, TAPE=INSTRUMENT (repeatable).")
    var mappings: [String] = []

    @Option(name: .long, help: "Append every alert and liquidation to this JSONL file.")
    var events: String?

    @Option(name: .long, parsing: .singleValue,
            help: "Price history for portfolio margin's ES: any tape, or COIN=FILE for a Binance kline CSV (repeatable).")
    var history: [String] = []

    @Flag(help: "Stop at the first bad row, naming file and line (default: skip and count).")
    var strict = false

    @OptionGroup var output: OutputOptions

    @OptionGroup var jobs: JobsOption

    func run() async throws {
        let document = try PortfolioFile.load(path: portfolio)
        var symbolMap = SymbolMap()
        for mapping in mappings {
            let parts = mapping.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw CLIError("--map '\(mapping)': expected TAPE_SYMBOL=INSTRUMENT")
            }
            symbolMap.instrumentOverrides[parts[0]] = parts[1]
        }
        let options = TapeReaderOptions(mode: strict ? .strict : .lenient, symbolOverride: symbol,
                                        referencePrices: StartingMarket.referencePrices(document, symbolMap: symbolMap))
        let reader = try TapeFileReader(path: tape, format: format, options: options)
        let log = try events.map { try EventLog(path: $0) }
        let returns = history.isEmpty ? nil : try HistoryFile.load(history)
        let run = ReplayRun(document: document, portfolioPath: portfolio, reader: reader, modes: mode.modes,
                            symbolMap: symbolMap, log: log, history: returns)
        let summary = try await run.execute(jobs: jobs.count)
        if output.json {
            print(try summary.json())
        } else if output.csv {
            print(summary.csv(), terminator: "")
        } else {
            print(summary.table(), terminator: "")
        }
    }
}

extension TapeFormat: ExpressibleByArgument {}

import ArgumentParser
import MarginConfig
import MarginEngine

/// The options `margin` and `stress` share: the book, its marks and the ES history.
struct BookOptions: ParsableArguments {
    @Option(name: .long, help: "Portfolio file (TOML).")
    var portfolio: String

    @Option(name: .long, help: "Marks file (TOML with as_of, [marks], [iv], [forwards]); overrides the portfolio's.")
    var marks: String?

    @Option(name: .long, parsing: .singleValue,
            help: "Price history for portfolio margin's ES: any tape, or COIN=FILE for a Binance kline CSV (repeatable).")
    var history: [String] = []

    /// The portfolio with its market (marks laid over the file's), ready to margin.
    func request() throws -> MarginRequest {
        let document = try PortfolioFile.load(path: portfolio)
        let marksInputs = try marks.map { path throws(ConfigError) in try MarksFile.load(path: path) }
        return try MarginRequest(document: document, marks: marksInputs, fallbackNowMicros: WallClock.nowMicros(),
                                 marksFile: marks ?? portfolio)
    }

    /// The `--history` returns, or nil when none was given.
    func returnHistory() throws -> ReturnHistory? {
        history.isEmpty ? nil : try HistoryFile.load(history)
    }
}

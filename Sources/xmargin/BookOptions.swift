import ArgumentParser
import Foundation
import MarginConfig
import MarginEngine

/// The options `margin` and `stress` share: the book, its marks and the ES history.
struct BookOptions: ParsableArguments {
    @Option(name: .long, parsing: .singleValue,
            help: "Portfolio file: TOML, or an exchange export (JSON; repeatable: several exports combine into one book, each may be ACCOUNT=FILE).")
    var portfolio: [String] = []

    @Option(name: .long, help: "Marks file (TOML with as_of, [marks], [iv], [forwards]); overrides the portfolio's.")
    var marks: String?

    @Option(name: .long, parsing: .singleValue,
            help: "Price history for portfolio margin's ES: any tape, or COIN=FILE for a Binance kline CSV (repeatable).")
    var history: [String] = []

    /// The files as one label for messages (`a.json+b.json`).
    var portfolioLabel: String { portfolio.joined(separator: "+") }

    func validate() throws {
        guard !portfolio.isEmpty else { throw ValidationError("Missing expected argument '--portfolio <portfolio>'") }
    }

    /// The portfolio with its market (marks laid over the file's), ready to margin; an import's
    /// notes (what it assumed) go to stderr.
    func request() throws -> MarginRequest {
        let document = try PortfolioFile.load(paths: portfolio)
        for note in document.notes { FileHandle.standardError.write(Data("xmargin: note: \(note)\n".utf8)) }
        let marksInputs = try marks.map { path throws(ConfigError) in try MarksFile.load(path: path) }
        return try MarginRequest(document: document, marks: marksInputs, fallbackNowMicros: WallClock.nowMicros(),
                                 marksFile: marks ?? portfolioLabel)
    }

    /// The `--history` returns, or nil when none was given.
    func returnHistory() throws -> ReturnHistory? {
        history.isEmpty ? nil : try HistoryFile.load(history)
    }
}

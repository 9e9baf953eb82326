import ArgumentParser
import Foundation
import MarginConfig
import MarginEngine

/// `xmargin import FILE…`: exchange exports (Deribit, Binance, OKX, Bybit API responses saved as
/// JSON) → one portfolio TOML book on stdout, which every command reads back as the same book.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn exchange exports (JSON API responses) into a portfolio TOML book on stdout.",
        discussion: """
        Formats are detected by content: Deribit private/get_positions and get_account_summary(ies) \
        (with or without the JSON-RPC envelope), Binance USDⓈ-M positionRisk and account, OKX \
        account/positions and account/balance, Bybit v5 position/list and account/wallet-balance. \
        Files of one venue make one account named after it; ACCOUNT=FILE names the account instead. \
        Notes on what the import assumed go to stderr.
        """
    )

    @Argument(help: "Export files (JSON), each optionally ACCOUNT=FILE.")
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give at least one export file.") }
    }

    func run() throws {
        let document = try ExchangeImport.load(files)
        for note in document.notes { FileHandle.standardError.write(Data("xmargin: note: \(note)\n".utf8)) }
        let sources = files.map { "#   \($0)" }.joined(separator: "\n")
        let header = "# Imported by `xmargin import` from:\n\(sources)"
        print(BookWriter.toml(accounts: document.portfolio.accounts, market: document.market, header: header), terminator: "")
    }
}

import Foundation
import MarginEngine

/// Exchange exports (API responses saved as JSON) → a portfolio document, the same value a
/// portfolio TOML file gives (`xmargin import`, and `--portfolio FILE.json` for every command).
///
/// Files of one venue make one account named after it (`deribit`, `binance`, `okx`, `bybit`):
/// Deribit positions plus its BTC and ETH account summaries are one account; a Deribit account
/// plus a Binance account are two. `ACCOUNT=FILE` names the account a file belongs to instead,
/// which also splits two accounts of one venue. The kinds read and the fields taken are
/// documented per venue (``DeribitExport``, ``BinanceExport``, ``OKXExport``, ``BybitExport``)
/// and in the README's "Importing exchange exports"; unknown fields are ignored, missing ones are
/// errors naming the file and the JSON path (`book.json: result[2].size: missing`).
///
/// The book's market is the prices the exports state: marks per instrument, the index per coin
/// (an index the file states; else the first perpetual's or future's mark on that coin, with a
/// note), Bybit's response time as `as_of`. Options get their implied vol solved from their mark.
public enum ExchangeImport {
    /// One input: a file path, or `ACCOUNT=PATH` (when no file is named the whole argument).
    public struct Source: Sendable, Equatable {
        public var account: String?
        public var path: String

        public init(account: String?, path: String) {
            self.account = account
            self.path = path
        }

        /// `NAME=PATH` (NAME of letters, digits, `-`, `_`) unless `argument` is itself a file.
        public init(argument: String, fileExists: (String) -> Bool) {
            if !fileExists(argument), let equals = argument.firstIndex(of: "="), equals != argument.startIndex {
                let name = String(argument[..<equals])
                if name.unicodeScalars.allSatisfy({ ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z")
                    || ($0 >= "0" && $0 <= "9") || $0 == "-" || $0 == "_" }) {
                    self.init(account: name, path: String(argument[argument.index(after: equals)...]))
                    return
                }
            }
            self.init(account: nil, path: argument)
        }
    }

    /// Whether text is JSON rather than TOML: its first non-blank character is `{`, or `[` followed
    /// (after blanks) by `{` or `]` — a TOML file starts with a key or a `[table]` / `[[array]]` header.
    public static func looksLikeJSON(_ text: String) -> Bool {
        let blanks = " \t\r\n\u{FEFF}".unicodeScalars
        var scalars = text.unicodeScalars.lazy.filter { !blanks.contains($0) }.makeIterator()
        switch scalars.next() {
        case "{": return true
        case "[": return scalars.next().map { $0 == "{" || $0 == "]" } ?? false
        default: return false
        }
    }

    /// Reads and combines export files (paths as given, each optionally `ACCOUNT=PATH`).
    public static func load(_ arguments: [String]) throws(ConfigError) -> PortfolioDocument {
        var inputs: [(account: String?, file: String, text: String)] = []
        for argument in arguments {
            let source = Source(argument: argument) { FileManager.default.fileExists(atPath: $0) }
            inputs.append((source.account, source.path, try PortfolioFile.readText(source.path)))
        }
        return try parse(inputs)
    }

    /// One export's text (`file` names it in errors): the entry point for fuzzing imports.
    public static func parse(text: String, file: String) throws(ConfigError) -> PortfolioDocument {
        try parse([(nil, file, text)])
    }

    /// Combines exports given as text, in order; each names its account or takes its venue's.
    public static func parse(_ inputs: [(account: String?, file: String, text: String)]) throws(ConfigError) -> PortfolioDocument {
        guard !inputs.isEmpty else { throw ConfigError(file: "<import>", location: "", message: "no export files given") }
        let catalogue = try CatalogueFile.bundled()
        var order: [String] = []
        var parts: [String: [ExportPart]] = [:]
        for input in inputs {
            let root = JSONCursor(value: try JSONValue.parse(input.text, file: input.file), file: input.file, path: "")
            let part = try ExchangeExport.read(root, catalogue: catalogue)
            let name = input.account ?? part.venue.rawValue
            if parts[name] == nil { order.append(name) }
            parts[name, default: []].append(part)
        }
        var accounts: [Account] = []
        var market = MarketInputs()
        var standIns: [String: (price: Double, instrument: String)] = [:]
        var notes: [String] = []
        for name in order {
            var account = Account(name: name, collateral: [], positions: [])
            for part in parts[name] ?? [] {
                for balance in part.collateral {
                    guard !account.collateral.contains(where: { $0.coin == balance.coin }) else {
                        throw ConfigError(file: part.file, location: "", message:
                            "account '\(name)' already has a \(balance.coin) balance from another file: name the accounts apart with ACCOUNT=FILE")
                    }
                    account.collateral.append(balance)
                }
                account.positions += part.positions
                notes += part.notes
                for (coin, price) in part.indexUSD.sorted(by: { $0.key < $1.key }) {
                    if let known = market.indexUSD[coin], known != price {
                        notes.append("\(part.file): \(coin) index \(price) differs from \(known) stated earlier; \(known) is used")
                    } else {
                        market.indexUSD[coin] = price
                    }
                }
                for (symbol, price) in part.marks.sorted(by: { $0.key < $1.key }) where market.marks[symbol] == nil {
                    market.marks[symbol] = price
                }
                for (coin, price) in part.markIndexUSD.sorted(by: { $0.key < $1.key }) where standIns[coin] == nil {
                    let instrument = part.positions.first { $0.instrument.underlying == coin && !$0.instrument.isOption }?.instrument.name ?? coin
                    standIns[coin] = (price, instrument)
                }
                if market.asOfMicros == nil { market.asOfMicros = part.asOfMicros }
            }
            account.collateral.sort { $0.coin < $1.coin }  // as a portfolio file's table reads back
            if account.collateral.isEmpty, !account.positions.isEmpty {
                let files = (parts[name] ?? []).map(\.file).joined(separator: ", ")
                notes.append("account '\(name)' has positions but no balances (\(files) states none): it is margined with no "
                             + "collateral; add the venue's balance export (README § xmargin import) or a [[accounts]] collateral table")
            }
            accounts.append(account)
        }
        for (coin, standIn) in standIns.sorted(by: { $0.key < $1.key })
        where market.indexUSD[coin] == nil && !MarketState.stablecoins.contains(coin) {
            market.indexUSD[coin] = standIn.price
            notes.append("no export states an index for \(coin): \(standIn.instrument)'s mark \(standIn.price) stands in for it (--marks overrides)")
        }
        var document = PortfolioDocument(portfolio: Portfolio(accounts: accounts), catalogue: catalogue, market: market)
        document.notes = notes
        return document
    }
}

import Foundation
import MarginEngine

/// A parsed portfolio file: accounts, inline market data and catalogue overrides.
public struct PortfolioDocument: Sendable {
    public var portfolio: Portfolio
    /// The bundled catalogue with the file's `[catalogue]` laid over it.
    public var catalogue: Catalogue
    public var market: MarketInputs
    /// What an import had to assume (a mark standing in for an index, positions it could not
    /// read from a file that states none), one line each, for the CLI to print on stderr.
    public var notes: [String] = []
}

/// Reads portfolio files (TOML). Every key is documented in the README; unknown keys are errors;
/// sizes, prices and balances beyond ``MarginBounds`` are errors naming the key path.
public enum PortfolioFile {
    static let topKeys = ["accounts", "catalogue"] + MarketInputs.keys
    static let accountKeys = ["name", "collateral", "positions", "venue"]
    static let positionKeys = ["instrument", "size", "entry", "leverage", "isolated_margin"]

    /// Reads and parses a portfolio file from disk: TOML, or an exchange export (JSON, detected
    /// by content: ``ExchangeImport``).
    public static func load(path: String) throws(ConfigError) -> PortfolioDocument {
        let text = try readText(path)
        return ExchangeImport.looksLikeJSON(text) ? try ExchangeImport.parse(text: text, file: path)
            : try parse(text: text, file: path)
    }

    /// One portfolio file, or several exchange exports combined into one book (``ExchangeImport``;
    /// each may be `ACCOUNT=PATH`). Several TOML books are not merged: that is an error.
    public static func load(paths: [String]) throws(ConfigError) -> PortfolioDocument {
        guard paths.count > 1 else {
            guard let path = paths.first else { throw ConfigError(file: "<portfolio>", location: "", message: "no portfolio file given") }
            return ExchangeImport.Source(argument: path) { FileManager.default.fileExists(atPath: $0) }.account == nil
                ? try load(path: path) : try ExchangeImport.load(paths)
        }
        for argument in paths {
            let source = ExchangeImport.Source(argument: argument) { FileManager.default.fileExists(atPath: $0) }
            guard ExchangeImport.looksLikeJSON(try readText(source.path)) else {
                throw ConfigError(file: source.path, location: "", message:
                    "several --portfolio files combine only as exchange exports (JSON); this one is TOML")
            }
        }
        return try ExchangeImport.load(paths)
    }

    /// Reads a whole text file, with a clear error when it is missing, unreadable, over 64 MiB or
    /// not UTF-8 (naming the line and column of the first bad byte).
    public static func readText(_ path: String) throws(ConfigError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ConfigError(file: path, location: "", message: "no such file")
        }
        guard !isDirectory.boolValue else { throw ConfigError(file: path, location: "", message: "is a directory, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, location: "", message: "cannot read the file")
        }
        guard data.count <= 64 << 20 else { throw ConfigError(file: path, location: "", message: "file is larger than 64 MiB") }
        let bytes = [UInt8](data)
        if let bad = TOMLUTF8.firstInvalidOffset(bytes) {
            let place = TOMLParseError.at(bad, in: bytes, "")
            throw ConfigError(file: path, location: "line \(place.line), column \(place.column)", message: "not valid UTF-8 text")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses portfolio TOML text; `file` names it in errors. Any text gives a document or a
    /// ``ConfigError`` — never a trap (the entry point for fuzzing portfolios).
    public static func parse(text: String, file: String) throws(ConfigError) -> PortfolioDocument {
        let root = try TOMLNode.parse(text, file: file)
        try root.rejectUnknownKeys(allowed: topKeys)
        var catalogue = try CatalogueFile.bundled()
        if let overrides = try root.optionalTable("catalogue") {
            let extra = try CatalogueFile.parse(overrides)
            catalogue = catalogue.merged(with: extra, otherSetsLeverage: overrides.contains("default_leverage"))
        }
        try CatalogueFile.validateAssignments(catalogue, file: file)
        let accountNodes = try root.tableArray("accounts")
        guard !accountNodes.isEmpty else { throw root.error("accounts", "missing: add at least one [[accounts]] table") }
        var accounts: [Account] = []
        var names: Set<String> = []
        for node in accountNodes {
            let account = try parseAccount(node, catalogue: catalogue)
            guard names.insert(account.name).inserted else { throw node.error("name", "duplicate account name '\(account.name)'") }
            accounts.append(account)
        }
        return PortfolioDocument(portfolio: Portfolio(accounts: accounts), catalogue: catalogue,
                                 market: try MarketInputs.parse(root))
    }

    static func parseAccount(_ node: TOMLNode, catalogue: Catalogue) throws(ConfigError) -> Account {
        try node.rejectUnknownKeys(allowed: accountKeys)
        let name = try node.optionalString("name") ?? "main"
        var venue: Venue?
        if let text = try node.optionalString("venue") {
            guard let named = Venue(name: text) else { throw node.error("venue", "unknown venue '\(text)' (expected one of: \(Venue.namesList))") }
            venue = named
        }
        var collateral: [CollateralBalance] = []
        if let balances = try node.optionalTable("collateral") {
            for coin in balances.keys {
                let amount = try balances.finite(coin)
                try balances.checkMagnitude(amount, key: coin, limit: MarginBounds.maxBalance)
                guard (try? InstrumentParser.parse(coin))?.kind == .spot else {
                    throw balances.error(coin, "collateral keys are coins such as BTC or USDT")
                }
                collateral.append(CollateralBalance(coin: coin, amount: amount))
            }
        }
        var positions: [Position] = []
        for positionNode in try node.tableArray("positions") {
            positions.append(try parsePosition(positionNode, catalogue: catalogue))
        }
        return Account(name: name, collateral: collateral, positions: positions, venue: venue)
    }

    static func parsePosition(_ node: TOMLNode, catalogue: Catalogue) throws(ConfigError) -> Position {
        try node.rejectUnknownKeys(allowed: positionKeys)
        let name = try node.string("instrument")
        let instrument: Instrument
        do { instrument = try InstrumentParser.parse(name) } catch { throw node.error("instrument", error.description) }
        do { _ = try catalogue.schedule(for: instrument) } catch { throw node.error("instrument", error.description) }
        let size = try node.finite("size")
        guard size != 0 else { throw node.error("size", "must not be zero") }
        try node.checkMagnitude(size, key: "size", limit: MarginBounds.maxSize)
        let entry = try node.positive("entry")
        try node.checkMagnitude(entry, key: "entry", limit: MarginBounds.maxPrice)
        let leverage = try node.optionalPositive("leverage")
        if let leverage, leverage < 1 { throw node.error("leverage", "must be ≥ 1, got \(leverage)") }
        let isolated = try node.optionalPositive("isolated_margin", allowZero: true)
        if let isolated { try node.checkMagnitude(isolated, key: "isolated_margin", limit: MarginBounds.maxBalance) }
        return Position(instrument: instrument, size: size, entryPrice: entry, leverage: leverage, isolatedMargin: isolated)
    }
}

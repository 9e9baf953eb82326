import MarginEngine

/// Reads a `--marks FILE`: TOML with `as_of`, `[marks]`, `[iv]` and `[forwards]` as in a portfolio.
public enum MarksFile {
    /// Reads and parses the marks file at `path` (errors name `path` as given).
    public static func load(path: String) throws(ConfigError) -> MarketInputs {
        try parse(text: try PortfolioFile.readText(path), file: path)
    }

    /// Parses marks TOML text; `file` names it in errors. Any text gives inputs or a
    /// ``ConfigError`` — never a trap.
    public static func parse(text: String, file: String) throws(ConfigError) -> MarketInputs {
        let root = try TOMLNode.parse(text, file: file)
        try root.rejectUnknownKeys(allowed: MarketInputs.keys)
        return try MarketInputs.parse(root)
    }
}

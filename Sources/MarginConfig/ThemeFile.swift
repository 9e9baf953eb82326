/// A theme file (`themes/*.toml`, `$XDG_CONFIG_HOME/xmargin/themes/*.toml`) read as TOML: top-level
/// `key = "string"` assignments, btop-style.
///
///     # comments are allowed
///     gain      = "#9ece6a"
///     bar_start = "#9ece6a"
///
/// Only the TOML is checked here (syntax, and that every value is a string); which keys are colour
/// roles and whether a value is a valid `#RRGGBB` is decided by the Dashboard's
/// `Theme(name:entries:file:)`, which keeps this module free of colour types.
public enum ThemeFile {
    /// The file's assignments, sorted by key. Any text gives entries or a ``ConfigError`` — never a trap.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: how to name the file in errors.
    /// - Throws: ``ConfigError`` naming the line and column of a TOML syntax error, or the key path of
    ///   a value that is not a string (a number, a table such as `[colors]`, …).
    public static func entries(text: String, file: String) throws(ConfigError) -> [(key: String, value: String)] {
        let root = try TOMLNode.parse(text, file: file)
        var entries: [(key: String, value: String)] = []
        for key in root.keys {
            guard let value = root.table[key] else { continue }
            guard let string = value.string else {
                throw root.error(key, "expected a colour string \"#RRGGBB\", got \(TOMLNode.describe(value))")
            }
            entries.append((key: key, value: string))
        }
        return entries
    }

    /// Reads and parses the theme file at `path` (errors name `path` as given).
    public static func read(_ path: String) throws(ConfigError) -> [(key: String, value: String)] {
        try entries(text: try PortfolioFile.readText(path), file: path)
    }
}

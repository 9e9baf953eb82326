/// A problem in a theme file, naming the file and key.
///
///     themes/x.toml: key 'gain': expected "#RRGGBB", got "green"
public enum ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The value of a known key is not a `#RRGGBB` string; `got` is the value as written, without quotes.
    case invalidColor(file: String, key: String, got: String)
    /// A key that is not a colour role (typo?).
    case unknownKey(file: String, key: String)
    /// The file could not be read as a theme file: missing, not UTF-8, malformed TOML, or a value
    /// that is not a string. `reason` is the reader's message, naming the line or key where it can.
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case let .invalidColor(file, key, got):
            return "\(file): key '\(key)': expected \"#RRGGBB\", got \"\(got)\""
        case let .unknownKey(file, key):
            let known = ColorRole.allCases.map(\.themeKey).joined(separator: ", ")
            return "\(file): unknown key '\(key)' (known keys: \(known))"
        case let .unreadable(file, reason):
            return "\(file): \(reason)"
        }
    }
}

import Foundation

/// Dashboard settings from `$XDG_CONFIG_HOME/xmargin/config.toml` (default `~/.config/…`); command
/// flags win over them. Keys: `portfolio`, `feed`, `speed`, `mode`, `theme`, `events` (strings),
/// `seed` (integer) and `mouse` (boolean; false turns mouse reporting off). Unknown keys are errors naming the file and key.
public struct UserConfig: Sendable, Equatable {
    public var portfolio: String?
    public var feed: String?
    public var speed: String?
    public var mode: String?
    public var theme: String?
    public var events: String?
    public var seed: UInt64?
    public var mouse: Bool?

    public init() {}

    static let keys = ["portfolio", "feed", "speed", "mode", "theme", "events", "seed", "mouse"]

    /// `config.toml` in ``ConfigDirectory/xmargin(environment:)``, or nil when neither
    /// a usable XDG_CONFIG_HOME nor HOME is set.
    public static func path(environment: [String: String]) -> String? {
        ConfigDirectory.xmargin(environment: environment).map { $0 + "/config.toml" }
    }

    /// Loads the config file if it exists (no file: empty settings).
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError) -> UserConfig {
        guard let path = path(environment: environment), FileManager.default.fileExists(atPath: path) else { return UserConfig() }
        return try parse(text: try PortfolioFile.readText(path), file: path)
    }

    /// Parses config TOML text; `file` names it in errors. Any text gives settings or a
    /// ``ConfigError`` — never a trap.
    public static func parse(text: String, file: String) throws(ConfigError) -> UserConfig {
        let root = try TOMLNode.parse(text, file: file)
        try root.rejectUnknownKeys(allowed: keys)
        var config = UserConfig()
        config.portfolio = try root.optionalString("portfolio")
        config.feed = try root.optionalString("feed")
        config.mode = try root.optionalString("mode")
        config.theme = try root.optionalString("theme")
        config.events = try root.optionalString("events")
        config.mouse = try root.optionalBool("mouse")
        if let speed = root.table["speed"] {
            if let text = speed.string { config.speed = text } else if let number = speed.int { config.speed = String(number) } else {
                throw root.error("speed", "expected a number or \"max\", got \(TOMLNode.describe(speed))")
            }
        }
        if let seed = root.table["seed"] {
            guard let value = seed.int, value >= 0 else { throw root.error("seed", "expected a non-negative integer") }
            config.seed = UInt64(value)
        }
        return config
    }
}

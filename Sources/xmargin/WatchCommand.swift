import ArgumentParser
import Dashboard
import Foundation
import MarginConfig
import MarginEngine
import MarketData

/// `xmargin` / `xmargin watch`: the live dashboard.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "The live dashboard (default): a book margined in every mode as prices move."
    )

    @Option(name: .long, help: "Portfolio file (TOML); default: the bundled demo book.")
    var portfolio: String?

    @Option(name: .long, help: "Price feed: sim, replay:FILE or tail:FILE — any tape format, recorded Deribit/Binance streams included (default sim).")
    var feed: String?

    @Option(name: .long, parsing: .unconditional, help: "Replay speed, 1…3600 or max (default 60 for sim; a replay plays the whole tape in about 2 minutes).")
    var speed: String?

    @Option(name: .long, help: "Starting mode: isolated, cross or portfolio (default cross).")
    var mode: String?

    @Option(name: .long, help: "Theme name (dark, light, high-contrast, colorblind, or a user theme) or a theme file.")
    var theme: String?

    @Option(name: .long, help: "Append alerts and liquidations to this JSONL file.")
    var events: String?

    @Flag(name: .customLong("no-mouse"), help: "Do not enable mouse reporting (clicks on tabs and rows, the wheel).")
    var noMouse = false

    @Option(name: .long, parsing: .unconditional, help: "Simulator seed (default 42).")
    var seed: UInt64?

    func run() async throws {
        let config = try UserConfig.load()
        let settings = try WatchSettings(
            portfolio: portfolio ?? config.portfolio, feed: feed ?? config.feed ?? "sim", speed: speed ?? config.speed,
            mode: mode ?? config.mode ?? "cross", theme: theme ?? config.theme, events: events ?? config.events,
            seed: seed ?? config.seed ?? 42, mouse: !noMouse && (config.mouse ?? true))
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            FileHandle.standardError.write(Data("xmargin: not a terminal — showing the margin report instead (the dashboard needs a TTY; see xmargin --help)\n".utf8))
            let report = try DemoCommand.parse([])
            try await report.run()
            return
        }
        var loop = try WatchLoop(settings: settings)
        let status = loop.run()
        if status != 0 { throw ExitCode(status) }
    }
}

/// Resolved dashboard settings (flags over the config file over defaults).
struct WatchSettings {
    let document: PortfolioDocument
    let documentLabel: String
    let feedSpec: String
    /// nil: the feed's default (×60 sim, a replay paced to about two minutes, ×1 tail).
    let speed: ReplaySpeed?
    let mode: MarginMode
    let themeName: String?
    let eventsPath: String?
    let seed: UInt64

    /// Mouse reporting on (`--no-mouse` or the config key `mouse = false` turn it off).
    let mouse: Bool

    init(portfolio: String?, feed: String, speed: String?, mode: String, theme: String?, events: String?, seed: UInt64,
         mouse: Bool = true) throws {
        self.mouse = mouse
        if let portfolio {
            document = try PortfolioFile.load(path: portfolio)
            documentLabel = portfolio
        } else {
            document = try PortfolioFile.parse(text: DemoPortfolio.toml, file: DemoPortfolio.label)
            documentLabel = DemoPortfolio.label
        }
        feedSpec = feed
        if let speed {
            guard let parsed = ReplaySpeed.parse(speed) else { throw CLIError("--speed '\(speed)': expected 1…3600 or max") }
            self.speed = parsed
        } else {
            self.speed = nil
        }
        guard let selection = ModeSelection(rawValue: mode), let single = selection.single else {
            throw CLIError("--mode '\(mode)': expected isolated, cross or portfolio")
        }
        self.mode = single
        themeName = theme
        eventsPath = events
        self.seed = seed
    }
}

import ArgumentParser
import MarginConfig
import MarginEngine

/// `xmargin` with no arguments: the bundled demo portfolio's margin report in every mode.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Show the bundled demo portfolio's margin report (all modes)."
    )

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() async throws {
        let document = try PortfolioFile.parse(text: DemoPortfolio.toml, file: DemoPortfolio.label)
        let request = try MarginRequest(document: document, marks: nil, fallbackNowMicros: WallClock.nowMicros())
        try await request.printReport(modes: MarginMode.allCases, json: json)
    }
}

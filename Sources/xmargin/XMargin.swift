import ArgumentParser
import MarginEngine

@main
struct XMargin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xmargin",
        abstract: "Cross-margining engine and terminal dashboard for crypto derivatives.",
        version: MarginEngineInfo.version,
        subcommands: [WatchCommand.self, DemoCommand.self, MarginCommand.self, ReplayCommand.self, SimulateCommand.self,
                      StressCommand.self, ImportCommand.self, BenchCommand.self],
        defaultSubcommand: WatchCommand.self
    )
}

import ArgumentParser
import MarginEngine

@main
struct XMargin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xmargin",
        abstract: "Cross-margining engine and terminal dashboard for crypto derivatives."
    )
    func run() throws {
        print("xmargin \(MarginEngineInfo.version)")
    }
}

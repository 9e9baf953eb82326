import ArgumentParser
import MarginConfig
import MarginEngine

/// `xmargin margin`: one-shot margin report for a portfolio file.
struct MarginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "margin",
        abstract: "Compute margin for a portfolio file, as a table, JSON or CSV."
    )

    @OptionGroup var book: BookOptions

    @Option(name: .long, help: "isolated, cross, portfolio or all.")
    var mode: ModeSelection = .cross

    @Flag(help: "Also margin all accounts of the file as one cross-margined group (with venue-tagged accounts: also as one cross-venue group).")
    var group = false

    @OptionGroup var venues: VenueOptions

    @OptionGroup var output: OutputOptions

    @OptionGroup var jobs: JobsOption

    func run() async throws {
        var configured = try book.request()
        configured.group = group
        configured.history = try book.returnHistory()
        configured.groupVenue = venues.groupVenue
        try await BookError.locating(file: book.portfolioLabel, portfolio: configured.document.portfolio) {
            if let selection = venues.venue {
                try await configured.printVenueComparison(selection.venues, json: output.json, csv: output.csv, jobs: jobs.count)
            } else {
                try await configured.printReport(modes: mode.modes, json: output.json, csv: output.csv, jobs: jobs.count)
            }
        }
    }
}

/// `--mode` values.

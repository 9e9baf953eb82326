import ArgumentParser

/// `--json` or `--csv` instead of the human-readable table (`margin`, `replay`, `stress`).
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Flag(help: "Print the table as CSV (RFC 4180: comma-separated, a header row, numbers unrounded).")
    var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("--json and --csv: choose one") }
    }
}

import ArgumentParser
import Foundation
import MarginEngine
import MarketData

/// `xmargin simulate`: a seeded synthetic tape in the native format.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Write a seeded simulated tape (correlated jumps, vol regimes, perps, futures, an IV surface)."
    )

    @Option(parsing: .unconditional, help: "Random seed; the same seed gives the same bytes.")
    var seed: UInt64 = 42

    @Option(parsing: .unconditional, help: "Length of the tape, e.g. 90s, 30m, 6h, 2d.")
    var duration: DurationArgument = DurationArgument(micros: 3_600_000_000)

    @Option(parsing: .unconditional, help: "Time between steps, e.g. 1s, 250ms, 1m.")
    var step: DurationArgument = DurationArgument(micros: 1_000_000)

    @Option(help: "Comma-separated underlyings from BTC, ETH, SOL.")
    var assets: String = "BTC,ETH,SOL"

    @Option(help: "Start time, ISO-8601 UTC (default 2026-01-05T00:00:00Z).")
    var start: String?

    @Option(help: "Output file (default: standard output).")
    var out: String?

    @Option(help: "native-csv or native-jsonl.")
    var format: TapeFormat = .nativeCSV

    func run() throws {
        let known: [String: SimulatedAsset] = ["BTC": .bitcoin, "ETH": .ether, "SOL": .solana]
        var chosen: [SimulatedAsset] = []
        for name in assets.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).uppercased() }) {
            guard let asset = known[name] else { throw CLIError("--assets: unknown underlying '\(name)' (choose from BTC, ETH, SOL)") }
            guard !chosen.contains(where: { $0.name == name }) else { throw CLIError("--assets: '\(name)' given twice") }
            chosen.append(asset)
        }
        guard !chosen.isEmpty else { throw CLIError("--assets: give at least one underlying") }
        guard format == .nativeCSV || format == .nativeJSONL else { throw CLIError("--format: choose native-csv or native-jsonl") }
        guard step.micros > 0, duration.micros >= step.micros else { throw CLIError("--duration must be at least one --step, and --step > 0") }
        var startMicros = SimulatorConfiguration.defaultStartMicros
        if let start {
            guard let parsed = UTCTime.parseISO8601(start) else { throw CLIError("--start: '\(start)' is not an ISO-8601 UTC time") }
            startMicros = parsed
        }
        let configuration = SimulatorConfiguration(seed: seed, assets: chosen, startMicros: startMicros,
                                                   stepMicros: step.micros, durationMicros: duration.micros)
        var simulator = try Simulator(configuration: configuration)
        let path = out ?? "/dev/stdout"
        let writer = try NativeTapeFileWriter(path: path, format: format)
        while let event = simulator.nextEvent() { try writer.write(event) }
        try writer.close()
    }
}

/// A duration flag: `500ms`, `90s`, `30m`, `6h`, `2d` (a bare number is seconds).
struct DurationArgument: ExpressibleByArgument {
    var micros: Int64

    init(micros: Int64) { self.micros = micros }

    init?(argument: String) {
        let units: [(String, Double)] = [("ms", 1_000), ("s", 1_000_000), ("m", 60_000_000), ("h", 3_600_000_000), ("d", 86_400_000_000)]
        for (suffix, scale) in units where argument.hasSuffix(suffix) {
            let number = argument.dropLast(suffix.count)
            if suffix == "s", number.hasSuffix("m") { continue }
            guard let value = Double(number), value.isFinite, value > 0, value * scale < 1e17 else { return nil }
            micros = Int64(value * scale)
            return
        }
        guard let seconds = Double(argument), seconds.isFinite, seconds > 0, seconds < 1e11 else { return nil }
        micros = Int64(seconds * 1_000_000)
    }
}

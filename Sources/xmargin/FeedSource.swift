import MarginEngine
import MarketData

/// Builds the dashboard's price feed from `--feed`: simulated, a replayed tape, or a tailed file —
/// one `PriceSource` for the run loop, which never asks which kind it has (DESIGN §2).
enum FeedSource {
    /// Parses `--feed`: `sim`, `replay:FILE` or `tail:FILE`.
    /// - Parameter speed: nil: ×60 for the simulation, a replay paced to play in about two minutes
    ///   (`ReplayPacing`), ×1 for a tail.
    static func make(_ spec: String, seed: UInt64, speed: ReplaySpeed?, wallMicros: Int64, startMicros: Int64?,
                     account: Account, market: MarketState) throws -> any PriceSource {
        if spec == "sim" {
            let simulator = try Simulator(configuration: simulation(seed: seed, startMicros: startMicros, account: account, market: market))
            return try ReplaySource(stream: simulator, label: "sim seed \(seed)", wallMicros: wallMicros, speed: speed ?? .times(60))
        }
        if spec.hasPrefix("replay:") {
            let path = String(spec.dropFirst("replay:".count))
            guard !path.isEmpty else { throw CLIError("--feed replay:FILE needs a file") }
            // Every symbol's first row is jump-checked against the book's prices (never applied unchecked).
            let reader = try TapeFileReader(path: path, options: TapeReaderOptions(referencePrices: TapeReferencePrices(market: market)))
            let name = path.split(separator: "/").last.map(String.init) ?? path
            var source = try ReplaySource(stream: reader, label: "replay \(name)", wallMicros: wallMicros, speed: speed ?? .times(1))
            if speed == nil, let first = source.nextEventMicros {
                source.replayClock.setSpeed(ReplayPacing.speed(path: path, format: reader.format, firstMicros: first), atWall: wallMicros)
            }
            return source
        }
        if spec.hasPrefix("tail:") {
            let path = String(spec.dropFirst("tail:".count))
            guard !path.isEmpty else { throw CLIError("--feed tail:FILE needs a file") }
            return FileTailSource(path: path, options: TapeReaderOptions(referencePrices: TapeReferencePrices(market: market)))
        }
        throw CLIError("--feed '\(spec)': expected sim, replay:FILE or tail:FILE")
    }

    /// A simulation shaped like the book: its underlyings at the book's index prices, futures on
    /// the book's expiries (so the options' forwards move), starting at the book's as_of.
    static func simulation(seed: UInt64, startMicros: Int64?, account: Account, market: MarketState) -> SimulatorConfiguration {
        var configuration = SimulatorConfiguration(seed: seed, durationMicros: nil)
        if let startMicros { configuration.startMicros = startMicros }
        let templates: [String: SimulatedAsset] = ["BTC": .bitcoin, "ETH": .ether, "SOL": .solana]
        var assets: [SimulatedAsset] = []
        for coin in account.underlyings where !MarketState.stablecoins.contains(coin) {
            guard let price = market.index(of: coin) else { continue }
            var asset = templates[coin] ?? SimulatedAsset(name: coin, initialPriceUSD: price, annualVolatility: 0.8,
                                                           strikeStepUSD: max(price / 50, 0.01), baseImpliedVolatility: 0.8)
            asset.initialPriceUSD = price
            assets.append(asset)
        }
        if !assets.isEmpty {
            configuration.assets = assets
            configuration.correlation = SimulatorConfiguration.defaultCorrelation(count: assets.count)
        }
        let startDay = configuration.startMicros / UTCTime.microsPerDay
        let days = Set(account.positions.compactMap { $0.instrument.expiryMicros }.map { Int($0 / UTCTime.microsPerDay - startDay) })
            .filter { $0 >= 1 }.sorted()
        if !days.isEmpty { configuration.futureExpiryDays = days }
        return configuration
    }

}

extension ReplaySpeed {
    /// Parses `--speed`: a multiple of real time (1…3600) or `max`.
    static func parse(_ text: String) -> ReplaySpeed? {
        if text.lowercased() == "max" { return .max }
        let trimmed = text.hasPrefix("x") || text.hasPrefix("×") ? String(text.dropFirst()) : text
        guard let value = Double(trimmed), value.isFinite, value >= 1, value <= 3600 else { return nil }
        return .times(value)
    }
}

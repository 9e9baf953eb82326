import MarginEngine
import MarketData

/// The dashboard's price feed: simulated, a replayed tape, or a tailed file — one interface for
/// the run loop (DESIGN §2: the loop does not care which it has).
enum FeedSource {
    case simulated(ReplaySource<Simulator>)
    case replay(ReplaySource<TapeFileReader>)
    case tail(FileTailSource)

    /// Parses `--feed`: `sim`, `replay:FILE` or `tail:FILE`.
    static func make(_ spec: String, seed: UInt64, speed: ReplaySpeed, wallMicros: Int64, startMicros: Int64?,
                     account: Account, market: MarketState) throws -> FeedSource {
        if spec == "sim" {
            let simulator = try Simulator(configuration: simulation(seed: seed, startMicros: startMicros, account: account, market: market))
            return .simulated(try ReplaySource(stream: simulator, label: "sim seed \(seed)", wallMicros: wallMicros, speed: speed))
        }
        if spec.hasPrefix("replay:") {
            let path = String(spec.dropFirst("replay:".count))
            guard !path.isEmpty else { throw CLIError("--feed replay:FILE needs a file") }
            let reader = try TapeFileReader(path: path)
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return .replay(try ReplaySource(stream: reader, label: "replay \(name)", wallMicros: wallMicros, speed: speed))
        }
        if spec.hasPrefix("tail:") {
            let path = String(spec.dropFirst("tail:".count))
            guard !path.isEmpty else { throw CLIError("--feed tail:FILE needs a file") }
            return .tail(FileTailSource(path: path))
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

    var label: String {
        switch self {
        case .simulated(let source): return source.label
        case .replay(let source): return source.label
        case .tail(let source): return source.label
        }
    }

    var clock: ReplayClock? {
        switch self {
        case .simulated(let source): return source.clock
        case .replay(let source): return source.clock
        case .tail: return nil
        }
    }

    var issues: TapeIssueLog {
        switch self {
        case .simulated(let source): return source.issues
        case .replay(let source): return source.issues
        case .tail(let source): return source.issues
        }
    }

    var isFinished: Bool {
        switch self {
        case .simulated(let source): return source.isFinished
        case .replay(let source): return source.isFinished
        case .tail: return false
        }
    }

    mutating func poll(atWall wall: Int64, maximumCount: Int) throws -> [PriceEvent] {
        switch self {
        case .simulated(var source):
            let events = try source.poll(atWall: wall, maximumCount: maximumCount)
            self = .simulated(source)
            return events
        case .replay(var source):
            let events = try source.poll(atWall: wall, maximumCount: maximumCount)
            self = .replay(source)
            return events
        case .tail(let source):
            return source.poll(atWall: wall, maximumCount: maximumCount)
        }
    }

    /// When to poll next, wall µs (nil: nothing scheduled; a tail is polled on the loop's cadence).
    func nextWakeup(atWall wall: Int64) -> Int64? {
        switch self {
        case .simulated(let source): return source.nextWakeupWallMicros(atWall: wall)
        case .replay(let source): return source.nextWakeupWallMicros(atWall: wall)
        case .tail: return nil
        }
    }

    /// Applies a pause/speed/step command to the replay clock (a tail ignores them).
    mutating func apply(_ command: FeedCommandKind, atWall wall: Int64) {
        func update<S>(_ source: inout ReplaySource<S>) {
            switch command {
            case .togglePause: source.clock.togglePause(atWall: wall)
            case .speedUp: source.clock.speedUp(atWall: wall)
            case .speedDown: source.clock.speedDown(atWall: wall)
            case .step: source.step(atWall: wall)
            }
        }
        switch self {
        case .simulated(var source):
            update(&source)
            self = .simulated(source)
        case .replay(var source):
            update(&source)
            self = .replay(source)
        case .tail:
            break
        }
    }
}

/// The feed commands the keys send (mirrors Dashboard's FeedCommand).
enum FeedCommandKind {
    case togglePause, speedUp, speedDown, step
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

import MarginConfig
import MarginEngine
import Testing

/// DESIGN §6's promise, checked the way a risk manager would: the level a mode reports is where a
/// tape walking that underlying liquidates the book — isolated, cross and portfolio (the risk-based
/// model's level is a root on portfolio MM). Random books (linear Binance-tier perps,
/// inverse perps and futures, linear and inverse options, long and short, coin and stablecoin
/// collateral); the tape moves one underlying's index in steps of 0.01% of its starting price
/// (marks and forwards following it) towards the nearer level. The first liquidation must come at
/// the first step past the level: never before it, never more than one step after.
@Suite struct LiquidationWalkTests {
    static let expiry = "27MAR26"
    static let startMicros: Int64 = 1_767_625_209_000_000  // 2026-01-05T15:00:09Z

    /// A random book on BTC and ETH around the given prices, sized so that levels fall within reach.
    static func randomBook(_ random: inout SeededRandom, btc: Double, eth: Double) throws -> (Account, MarketState) {
        var positions: [Position] = []
        var marks: [String: Double] = [:]
        var vols: [String: Double] = [:]
        let count = 1 + Int(random.uniform() * 4)
        for _ in 0..<count {
            let onBTC = random.uniform() < 0.6
            let coin = onBTC ? "BTC" : "ETH"
            let index = onBTC ? btc : eth
            let sign: Double = random.uniform() < 0.5 ? 1 : -1
            let coins = (0.5 + random.uniform() * 4) * (onBTC ? 1 : 20)
            let entry = index * (0.97 + random.uniform() * 0.06)
            let margin = coins * index * (0.05 + random.uniform() * 0.3)
            switch Int(random.uniform() * 5) {
            case 0:
                let name = "\(coin)USDT"
                positions.append(Position(instrument: try InstrumentParser.parse(name), size: sign * coins, entryPrice: entry,
                                          isolatedMargin: margin))
                marks[name] = index * (1 + (random.uniform() - 0.5) * 0.002)
            case 1:
                let name = "\(coin)-PERPETUAL"
                positions.append(Position(instrument: try InstrumentParser.parse(name), size: sign * coins * index, entryPrice: entry,
                                          isolatedMargin: margin / index))
                marks[name] = index * (1 + (random.uniform() - 0.5) * 0.002)
            case 2:
                let name = "\(coin)-\(expiry)"
                positions.append(Position(instrument: try InstrumentParser.parse(name), size: sign * coins * index, entryPrice: entry,
                                          isolatedMargin: margin / index))
                marks[name] = index * (1.01 + random.uniform() * 0.01)
            default:
                let right = random.uniform() < 0.5 ? "C" : "P"
                let strikeStep = onBTC ? 5_000.0 : 100.0
                let strike = ((index * (0.85 + random.uniform() * 0.3)) / strikeStep).rounded() * strikeStep
                let name = "\(coin)-\(expiry)-\(Int(strike))-\(right)"
                let optionCoins = coins * 0.5
                positions.append(Position(instrument: try InstrumentParser.parse(name), size: sign * optionCoins,
                                          entryPrice: 0.02 + random.uniform() * 0.04, isolatedMargin: optionCoins * (0.1 + random.uniform() * 0.2)))
                vols[name] = 0.45 + random.uniform() * 0.3
            }
        }
        let collateral = [CollateralBalance(coin: "USDT", amount: 5_000 + random.uniform() * 60_000),
                          CollateralBalance(coin: "BTC", amount: random.uniform() < 0.3 ? random.uniform() * 0.5 : 0)]
        let market = MarketState(timestampMicros: startMicros, indexUSD: ["BTC": btc, "ETH": eth, "USDT": 1],
                                 marksUSD: marks, impliedVols: vols)
        return (Account(name: "walk", collateral: collateral, positions: positions), market)
    }

    /// The first step (1-based) at which the walk is past `factor` from `side`, in 0.01% steps.
    static func firstStepPast(_ factor: Double, side: LiquidationLevels.Side) -> Int {
        side == .down ? Int(((1 - factor) / 0.0001).rounded(.down)) + 1 : Int(((factor - 1) / 0.0001).rounded(.down)) + 1
    }

    @Test(arguments: [MarginMode.isolated, .cross, .portfolio])
    func walkLiquidatesAtTheReportedLevel(mode: MarginMode) throws {
        let catalogue = try CatalogueFile.bundled()
        var random = SeededRandom(seed: mode == .isolated ? 9 : mode == .cross ? 10 : 11)
        // Portfolio mode revalues 10,000 ES scenarios per step: fewer books keep the suite quick.
        let wanted = mode == .portfolio ? 4 : 24
        var checked = 0, trials = 0
        while checked < wanted, trials < 400 {
            trials += 1
            let (account, market) = try Self.randomBook(&random, btc: 93_640, eth: 3_179)
            guard var replay = try? ModeReplay(account: account, market: market, catalogue: catalogue, mode: mode) else { continue }
            // Start solvent and clear of alerts' own effects: skip books already near liquidation.
            guard try replay.alertUtilizationNow() < replay.engine.thresholds.liquidation else { continue }
            let levels = try replay.liquidationLevels()
            let candidates = levels.underlyings.compactMap { level -> (String, LiquidationLevels.PositionLevel)? in
                guard let nearest = level.nearest, nearest.distance > 0.002, nearest.distance < 0.3 else { return nil }
                return (level.underlying, nearest)
            }
            guard let (coin, level) = candidates.first else { continue }
            let start = try #require(market.index(of: coin))
            let expected = Self.firstStepPast(level.factor, side: level.side)
            var liquidatedAt: Int?
            for step in 1...(expected + 5) {
                let move = Double(step) * 0.0001
                let price = start * (level.side == .down ? 1 - move : 1 + move)
                let events = try replay.process(timeMicros: Self.startMicros + Int64(step), updates: [.index(coin: coin, usd: price)])
                if events.contains(where: { $0.kind != .alert }) {
                    liquidatedAt = step
                    break
                }
            }
            let context = "\(mode) book \(trials) \(coin) \(level.side) factor \(level.factor): \(account.positions.map { "\($0.size) \($0.instrument.name)" })"
            let step = try #require(liquidatedAt, "no liquidation by step \(expected + 5); \(context)")
            #expect(step >= expected && step <= expected + 1, "liquidated at step \(step), expected \(expected); \(context)")
            checked += 1
        }
        #expect(checked >= wanted, "only \(checked) books with a level in reach out of \(trials)")
    }
}

extension ModeReplay {
    /// The utilization the alert levels key off, now (test helper).
    func alertUtilizationNow() throws -> Double {
        if let figures = session?.figures { return figures.utilization }
        var copy = book
        if statistics.mode == .isolated { return try copy.worstIsolatedUtilization().utilization }
        return try copy.totals().utilization
    }
}

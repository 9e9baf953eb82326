import MarginEngine
import RealModule

/// The seeded standard book of `xmargin bench` (DESIGN §11): by default 1,000 positions over four
/// underlyings (BTC, ETH inverse; SOL, AVAX linear USDC), 80% options across 10 expiries, the rest
/// perpetuals and futures, with a smile-shaped IV per option. Same seed → same book.
public struct BenchmarkBook: Sendable {
    public var account: Account
    public var market: MarketState

    /// Valuation time of the book: 2026-01-05T12:00:00Z.
    public static let asOfMicros = UTCTime.micros(year: 2026, month: 1, day: 5, hour: 12)
    static let coins: [(name: String, index: Double, vol: Double, inverse: Bool, strikeStep: Double)] = [
        ("BTC", 95_000, 0.50, true, 1000), ("ETH", 3_300, 0.65, true, 50),
        ("SOL", 180, 0.85, false, 5), ("AVAX", 36, 0.95, false, 1),
    ]
    static let expiryCodes = ["6JAN26", "9JAN26", "16JAN26", "30JAN26", "27FEB26", "27MAR26", "24APR26", "26JUN26",
                              "25SEP26", "25DEC26"]

    public init(positions count: Int = 1000, seed: UInt64 = 7) {
        var random = SeededRandom(seed: seed)
        var market = MarketState(timestampMicros: Self.asOfMicros)
        for coin in Self.coins { market.indexUSD[coin.name] = coin.index }
        // Forwards with a small term basis (≈ 5%/year).
        for coin in Self.coins {
            for code in Self.expiryCodes {
                guard let expiry = InstrumentParser.parseExpiry(code) else { continue }
                let years = UTCTime.yearsBetween(Self.asOfMicros, expiry)
                market.forwardsUSD["\(coin.name)-\(code)"] = coin.index * Double.exp(0.05 * years)
            }
        }
        var positions: [Position] = []
        let optionCount = count * 4 / 5
        for _ in 0..<optionCount {
            let coin = Self.coins[Int(random.next() % 4)]
            let code = Self.expiryCodes[Int(random.next() % UInt64(Self.expiryCodes.count))]
            let forward = market.forwardsUSD["\(coin.name)-\(code)"] ?? coin.index
            let years = InstrumentParser.parseExpiry(code).map { UTCTime.yearsBetween(Self.asOfMicros, $0) } ?? 0.1
            let z = 1.2 * random.normal()
            let strike = max(coin.strikeStep, (forward * Double.exp(coin.vol * years.squareRoot() * z) / coin.strikeStep).rounded() * coin.strikeStep)
            let isCall = random.next() % 2 == 0
            let prefix = coin.inverse ? coin.name : "\(coin.name)_USDC"
            let name = "\(prefix)-\(code)-\(Int(strike))-\(isCall ? "C" : "P")"
            guard let instrument = try? InstrumentParser.parse(name) else { continue }
            let moneyness = Double.log(strike / forward)
            market.impliedVols[name] = max(0.1, coin.vol + 0.35 * moneyness * moneyness - 0.08 * moneyness)
            let contracts = (Double(1 + random.next() % 50) / 10) * (random.next() % 3 == 0 ? 1 : -1)
            let size = coin.inverse ? contracts : contracts * 95_000 / coin.index / 10
            let price = Black76.price(forward: forward, strike: strike, years: years, vol: market.impliedVols[name] ?? coin.vol,
                                      right: isCall ? .call : .put)
            let entry = max(coin.inverse ? price / forward : price, 1e-4)
            positions.append(Position(instrument: instrument, size: (size * 100).rounded() / 100, entryPrice: entry))
        }
        for index in 0..<(count - optionCount) {
            let coin = Self.coins[index % 4]
            let dated = index % 3 == 2
            let code = Self.expiryCodes[5 + index % 5]
            let name: String
            if coin.inverse {
                name = dated ? "\(coin.name)-\(code)" : "\(coin.name)-PERPETUAL"
            } else {
                name = dated ? "\(coin.name)_USDC-\(code)" : (index % 2 == 0 ? "\(coin.name)USDT" : "\(coin.name)_USDC-PERPETUAL")
            }
            guard let instrument = try? InstrumentParser.parse(name) else { continue }
            let mark = dated ? (market.forwardsUSD["\(coin.name)-\(code)"] ?? coin.index) : coin.index * 1.0002
            market.marksUSD[name] = mark
            let direction: Double = random.next() % 2 == 0 ? 1 : -1
            let usd = Double(10_000 + random.next() % 490_000) * direction
            let size = coin.inverse ? (usd / 10).rounded() * 10 : (usd / mark * 1000).rounded() / 1000
            positions.append(Position(instrument: instrument, size: size, entryPrice: (mark * (0.97 + 0.06 * random.uniform()) * 100).rounded() / 100,
                                      leverage: coin.inverse ? nil : 10))
        }
        // Collateral grows with the book (≈ 35k USDC a position): the default book starts near 50%
        // cross utilization and well below 100% in portfolio mode — a solvent desk, not one that is
        // liquidated before the first tick.
        account = Account(name: "bench", collateral: [CollateralBalance(coin: "BTC", amount: 50), CollateralBalance(coin: "ETH", amount: 500),
                                                      CollateralBalance(coin: "USDC", amount: Double(count) * 35_000)], positions: positions)
        self.market = market
    }
}

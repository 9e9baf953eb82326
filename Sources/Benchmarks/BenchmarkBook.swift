import MarginEngine
import RealModule

/// The seeded standard book of `xmargin bench` (DESIGN §11): by default 1,000 positions over four
/// underlyings (BTC, ETH inverse; SOL, AVAX linear USDC), 80% options across 10 expiries, the rest
/// perpetuals and futures, with a smile-shaped IV per option. Same seed → same book.
///
/// The book starts solvent, like a desk's: collateral grows with the number of positions
/// (`collateralPerPositionUSD`, in BTC, ETH and USDC); options are sized in USD alike for every
/// coin, struck within ±0.5 in log moneyness and mostly out of the money (one in seven in it);
/// perps and futures were entered within ±0.5% of the mark, inside the 1% of notional between a
/// Deribit future's IM and MM, so that no isolated position starts at its liquidation point.
/// With the bundled catalogue the default book (seed 7) starts at about 49% cross utilization
/// (1,000 positions; 32% for 200) and 28% in portfolio margin.
public struct BenchmarkBook: Sendable {
    public var account: Account
    public var market: MarketState

    /// Valuation time of the book: 2026-01-05T12:00:00Z.
    public static let asOfMicros = UTCTime.micros(year: 2026, month: 1, day: 5, hour: 12)
    /// Index prices are the market simulator's starting prices (BTC, ETH, SOL), so that a simulated
    /// tape replayed against the saved book does not open with a jump.
    static let coins: [(name: String, index: Double, vol: Double, inverse: Bool, strikeStep: Double)] = [
        ("BTC", 95_000, 0.50, true, 1000), ("ETH", 3_200, 0.65, true, 50),
        ("SOL", 150, 0.85, false, 5), ("AVAX", 36, 0.95, false, 1),
    ]
    /// Collateral posted per position, USD at the book's index prices: 40% BTC, 20% ETH, 40% USDC.
    static let collateralPerPositionUSD = 10_000.0
    /// Least collateral, USD: a book of a few positions still covers portfolio margin's per-coin
    /// minimum requirements.
    static let minimumCollateralUSD = 250_000.0
    /// Widest strike, |ln(K/F)| (K within 0.61–1.65·F): a far in-the-money short put (from about
    /// K = 2.33·F) needs as much IM as MM on Deribit, so isolated it would start liquidatable.
    static let maximumLogMoneyness = 0.5
    /// Linear (SOL, AVAX) perps and futures are this many times smaller in USD than inverse ones
    /// ($500–$25k against $10k–$500k): the bundled Deribit linear schedule adds 0.005% of notional
    /// per coin of size, which at AVAX's price would otherwise make IM and MM most of the
    /// notional, leaving an isolated position at its liquidation point.
    static let linearFutureScale = 20.0
    /// USD notional of one option "contract" of the book (0.1–5 of them per position), the same for
    /// every coin: 0.2 BTC, about 5.9 ETH.
    static let optionContractUSD = 19_000.0
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
            let logMoneyness = min(Self.maximumLogMoneyness, max(-Self.maximumLogMoneyness, coin.vol * years.squareRoot() * z))
            let strike = max(coin.strikeStep, (forward * Double.exp(logMoneyness) / coin.strikeStep).rounded() * coin.strikeStep)
            // Mostly out of the money (calls above the forward, puts below), one in seven in it.
            let isCall = (strike >= forward) != (random.next() % 7 == 0)
            let prefix = coin.inverse ? coin.name : "\(coin.name)_USDC"
            let name = "\(prefix)-\(code)-\(Int(strike))-\(isCall ? "C" : "P")"
            guard let instrument = try? InstrumentParser.parse(name) else { continue }
            let moneyness = Double.log(strike / forward)
            market.impliedVols[name] = max(0.1, coin.vol + 0.35 * moneyness * moneyness - 0.08 * moneyness)
            let contracts = (Double(1 + random.next() % 50) / 10) * (random.next() % 3 == 0 ? 1 : -1)
            let size = contracts * Self.optionContractUSD / coin.index
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
            let size = coin.inverse ? (usd / 10).rounded() * 10 : (usd / Self.linearFutureScale / mark * 1000).rounded() / 1000
            let entry = (mark * (0.995 + 0.01 * random.uniform()) * 100).rounded() / 100
            positions.append(Position(instrument: instrument, size: size, entryPrice: entry, leverage: coin.inverse ? nil : 10))
        }
        let collateralUSD = max(Self.minimumCollateralUSD, Self.collateralPerPositionUSD * Double(count))
        let btc = Self.coins[0].index, eth = Self.coins[1].index
        account = Account(name: "bench", collateral: [
            CollateralBalance(coin: "BTC", amount: (0.4 * collateralUSD / btc * 100).rounded() / 100),
            CollateralBalance(coin: "ETH", amount: (0.2 * collateralUSD / eth * 10).rounded() / 10),
            CollateralBalance(coin: "USDC", amount: (0.4 * collateralUSD).rounded()),
        ], positions: positions)
        self.market = market
    }
}

import Testing
@testable import MarginEngine

/// Properties that must hold for any book (DESIGN §10), over seeded random books.
struct MarginPropertyTests {
    static let names = ["BTC-PERPETUAL", "ETH-PERPETUAL", "BTCUSDT", "ETHUSDT", "BTC_USDC-PERPETUAL", "BTC-27MAR26",
                        "BTC-27MAR26-100000-C", "BTC-27MAR26-80000-P", "ETH-27MAR26-3500-C", "ETH-27MAR26-3000-P"]

    static func catalogue() -> Catalogue {
        let tiers = BinanceTierSchedule(caps: [50_000, 250_000, 1_000_000, 1e15], rates: [0.004, 0.005, 0.01, 0.025],
                                        maxLeverages: [125, 100, 50, 20], amounts: [nil, nil, nil, nil])
        return Catalogue(
            schedules: ["tiers": .binanceTiers(tiers),
                        "deribit": .deribitFuture(DeribitFutureSchedule(initialBaseRate: 0.02, initialRatePerCoin: 0.00005,
                                                                        maintenanceBaseRate: 0.01, maintenanceRatePerCoin: 0.00005)),
                        "option": .deribitOption(DeribitOptionSchedule(initialBaseRate: 0.15, initialFloorRate: 0.1, maintenanceRate: 0.075))],
            assignments: ["usdt_perpetual": "tiers", "inverse_perpetual": "deribit", "inverse_future": "deribit",
                          "linear_perpetual": "deribit", "inverse_option": "option"])
    }

    static let market = MarketState(
        timestampMicros: UTCTime.micros(year: 2026, month: 1, day: 5, hour: 12),
        indexUSD: ["BTC": 93_000, "ETH": 3_200], marksUSD: ["BTC-PERPETUAL": 93_050, "ETH-PERPETUAL": 3_201,
                                                            "BTCUSDT": 93_020, "ETHUSDT": 3_199, "BTC_USDC-PERPETUAL": 93_040,
                                                            "BTC-27MAR26": 94_700],
        impliedVols: ["BTC-27MAR26-100000-C": 0.45, "BTC-27MAR26-80000-P": 0.5, "ETH-27MAR26-3500-C": 0.62, "ETH-27MAR26-3000-P": 0.65])

    /// A seeded random book (SplitMix64), sizes in each instrument's units.
    static func randomAccount(seed: UInt64) throws -> Account {
        var state = seed
        func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        var positions: [Position] = []
        for name in names where next() < 0.7 {
            let instrument = try InstrumentParser.parse(name)
            let sign: Double = next() < 0.5 ? -1 : 1
            let size: Double, entry: Double
            let index = instrument.underlying == "BTC" ? 93_000.0 : 3_200.0
            if instrument.isOption {
                size = sign * (1 + (next() * 10).rounded())
                entry = 0.01 + next() * 0.05
            } else if instrument.settlement == .inverse {
                size = sign * (1_000 + (next() * 200_000).rounded())
                entry = index * (0.9 + 0.2 * next())
            } else {
                size = sign * (0.1 + next() * 5)
                entry = index * (0.9 + 0.2 * next())
            }
            positions.append(Position(instrument: instrument, size: size, entryPrice: entry, leverage: 5 + (next() * 15).rounded()))
        }
        return Account(name: "random", collateral: [CollateralBalance(coin: "USDT", amount: 200_000),
                                                    CollateralBalance(coin: "BTC", amount: next() * 3)], positions: positions)
    }

    @Test(arguments: 1...25)
    func crossMaintenanceEqualsSumOfIsolated(seed: Int) throws {
        let account = try Self.randomAccount(seed: UInt64(seed))
        let margin = StandardMargin(catalogue: Self.catalogue())
        let cross = try margin.report(account, market: Self.market, mode: .cross)
        var isolatedSum = 0.0
        for position in account.positions {
            let alone = Account(name: "one", collateral: [], positions: [position])
            isolatedSum += try margin.report(alone, market: Self.market, mode: .isolated).maintenanceMarginUSD
        }
        #expect(abs(cross.maintenanceMarginUSD - isolatedSum) <= 1e-9 * max(1, isolatedSum))
    }

    @Test(arguments: 1...25)
    func isolatedLiquidationPriceDependsOnlyOnItsPosition(seed: Int) throws {
        let account = try Self.randomAccount(seed: UInt64(seed))
        let margin = StandardMargin(catalogue: Self.catalogue())
        let together = try margin.report(account, market: Self.market, mode: .isolated)
        for (index, position) in account.positions.enumerated() {
            let alone = try margin.report(Account(name: "x", collateral: [], positions: [position]), market: Self.market, mode: .isolated)
            #expect(alone.positions[0].liquidationPrice == together.positions[index].liquidationPrice, "\(position.instrument.name)")
        }
    }

    /// DESIGN §3: an inverse position of USD size N at index P has coin exposure q = N/P, and under a
    /// relative move s its coin PnL is q·s/(1+s) (entry = current price).
    @Test(arguments: [-0.5, -0.16, -0.01, 0.04, 0.3, 2.0])
    func inverseCoinPnL(move: Double) throws {
        let price = 65_666.19, size = 20_654.0
        let position = Position(instrument: try InstrumentParser.parse("BTC-PERPETUAL"), size: size, entryPrice: price)
        let moved = price * (1 + move)
        let market = MarketState(timestampMicros: 0, indexUSD: ["BTC": moved], marksUSD: ["BTC-PERPETUAL": moved])
        let value = try PositionValuer(catalogue: Self.catalogue()).value(position, in: market)
        let coinPnL = value.unrealizedPnlUSD / moved
        let q = size / price
        #expect(abs(coinPnL - q * move / (1 + move)) < 1e-12)
    }

    /// Linear regime: doubling a small linear perp doubles its MM and IM (first bracket).
    @Test func linearScalingInFirstBracket() throws {
        let margin = StandardMargin(catalogue: Self.catalogue())
        let one = Account(name: "a", collateral: [], positions: [
            Position(instrument: try InstrumentParser.parse("BTCUSDT"), size: 0.1, entryPrice: 90_000, leverage: 10)])
        var two = one
        two.positions[0].size = 0.2
        let a = try margin.report(one, market: Self.market, mode: .cross)
        let b = try margin.report(two, market: Self.market, mode: .cross)
        #expect(abs(b.maintenanceMarginUSD - 2 * a.maintenanceMarginUSD) < 1e-9)
        #expect(abs(b.initialMarginUSD - 2 * a.initialMarginUSD) < 1e-9)
    }

    /// An inverse long with coin collateral C, entry E, size N and MM rate m (no size term) is
    /// liquidated where C + N/E − N/P = m·N/P, i.e. P = (1 + m)·N / (C + N/E). With N = 100,000,
    /// E = 50,000, C = 0.2 BTC, m = 1%: P = 101,000 / 2.2 = 45,909.0909…
    @Test func inverseIsolatedLiquidationClosedForm() throws {
        let catalogue = Catalogue(schedules: ["flat": .deribitFuture(DeribitFutureSchedule(
            initialBaseRate: 0.02, initialRatePerCoin: 0, maintenanceBaseRate: 0.01, maintenanceRatePerCoin: 0))],
            assignments: ["inverse_perpetual": "flat"])
        let account = Account(name: "a", collateral: [], positions: [
            Position(instrument: try InstrumentParser.parse("BTC-PERPETUAL"), size: 100_000, entryPrice: 50_000, isolatedMargin: 0.2)])
        let market = MarketState(timestampMicros: 0, indexUSD: ["BTC": 52_000], marksUSD: ["BTC-PERPETUAL": 52_000])
        let report = try StandardMargin(catalogue: catalogue).report(account, market: market, mode: .isolated)
        let price = try #require(report.positions[0].liquidationPrice)
        #expect(abs(price - 101_000 / 2.2) < 1e-4)
    }
}

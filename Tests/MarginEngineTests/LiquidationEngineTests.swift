import Testing
@testable import MarginEngine

struct LiquidationEngineTests {
    /// One flat bracket: MM = 0.5% of notional, no cum; IM = notional / 20.
    static let catalogue = Catalogue(
        schedules: ["flat": .binanceTiers(BinanceTierSchedule(caps: [1e12], rates: [0.005], maxLeverages: [100], amounts: [0]))],
        assignments: ["usdt_perpetual": "flat"])

    static func market(_ btc: Double, _ eth: Double = 3_000, time: Int64 = 0) -> MarketState {
        MarketState(timestampMicros: time, indexUSD: ["BTC": btc, "ETH": eth], marksUSD: ["BTCUSDT": btc, "ETHUSDT": eth])
    }

    static func account() throws -> Account {
        Account(name: "t", collateral: [CollateralBalance(coin: "USDT", amount: 30_000)], positions: [
            Position(instrument: try InstrumentParser.parse("BTCUSDT"), size: 10, entryPrice: 50_000, leverage: 20),
        ])
    }

    /// Walking the price down raises notice, warning, liquidation in that order, then liquidates.
    /// By hand: equity = 30,000 + 10·(P − 50,000), MM = 0.05·P; utilization 70% at
    /// P = 329,000 / 6.95 ≈ 47,338; 85% at 0.05P = 0.85(10P − 470,000) → P = 399,500 / 8.45 ≈ 47,278; 100% at
    /// 0.05P = 10P − 470,000 → P = 47,236.18.
    @Test func alertsFireInOrderThenLiquidation() throws {
        var account = try Self.account()
        var engine = LiquidationEngine(mode: .cross, catalogue: Self.catalogue)
        var events: [(Double, LiquidationEvent)] = []
        var price = 50_000.0
        while price > 47_000 {
            let batch = try engine.update(&account, market: Self.market(price))
            for event in batch { events.append((price, event)) }
            // After the rounds of one update, utilization is back at or under the 90% target.
            if let last = batch.last(where: { $0.kind == .liquidation }) { #expect(last.utilizationAfter <= 0.9 + 1e-9) }
            price -= 1
        }
        let alerts = events.filter { $0.1.kind == .alert }
        #expect(alerts.prefix(3).map(\.1.level) == [.notice, .warning, .liquidation])
        // Later alerts are new liquidation episodes as the price keeps falling.
        #expect(alerts.dropFirst(3).allSatisfy { $0.1.level >= .warning })
        #expect(abs(alerts[0].0 - 47_338) <= 1, "\(alerts[0].0)")
        #expect(abs(alerts[1].0 - 47_278) <= 1, "\(alerts[1].0)")
        #expect(abs(alerts[2].0 - 47_236) <= 1, "\(alerts[2].0)")
        let liquidations = events.filter { $0.1.kind == .liquidation }
        #expect(!liquidations.isEmpty)
        let firstIndex = try #require(events.firstIndex { $0.1.kind == .liquidation })
        let firstLiquidationAlert = try #require(events.firstIndex { $0.1.kind == .alert && $0.1.level == .liquidation })
        #expect(firstIndex > firstLiquidationAlert)
        // Each slice closes at mark: equity only drops by the penalty (0.25% of the closed notional).
        for (price, event) in liquidations {
            let closed = abs(event.quantity ?? 0) * price
            #expect(abs(event.penaltyUSD - 0.0025 * closed) < 1e-6)
            #expect(abs(event.equityBeforeUSD - event.equityAfterUSD - event.penaltyUSD) < 1e-6)
            #expect(event.utilizationAfter < event.utilizationBefore)
        }
        #expect(account.positions.first.map { $0.size < 10 } ?? true)
    }

    /// Isolated: only the breached position goes; the other keeps its size; the account loses at most
    /// the position's isolated margin and the rest is a shortfall.
    @Test func isolatedClosesOnlyTheBreachedPosition() throws {
        var account = Account(name: "iso", collateral: [CollateralBalance(coin: "USDT", amount: 100_000)], positions: [
            Position(instrument: try InstrumentParser.parse("BTCUSDT"), size: 1, entryPrice: 50_000, isolatedMargin: 2_500),
            Position(instrument: try InstrumentParser.parse("ETHUSDT"), size: 10, entryPrice: 3_000, isolatedMargin: 3_000),
        ])
        var engine = LiquidationEngine(mode: .isolated, catalogue: Self.catalogue)
        // BTC gaps from 50,000 to 45,000: loss 5,000 > margin 2,500 → liquidated with a shortfall.
        let events = try engine.update(&account, market: Self.market(45_000))
        let liquidation = try #require(events.first { $0.kind == .liquidation })
        #expect(liquidation.instrument == "BTCUSDT")
        #expect(account.positions.count == 1 && account.positions[0].instrument.name == "ETHUSDT" && account.positions[0].size == 10)
        let shortfall = try #require(events.first { $0.kind == .shortfall })
        // Loss 5,000 + penalty 0.25% × 45,000 = 112.5 → 5,112.5 − 2,500 margin = 2,612.5 beyond the margin.
        #expect(abs(shortfall.shortfallUSD - 2_612.5) < 1e-6)
        // The account lost exactly the isolated margin.
        let usdt = account.collateral.first { $0.coin == "USDT" }?.amount ?? 0
        #expect(abs(usdt - 97_500) < 1e-6)
    }

    /// A gap through zero equity: everything is closed and the loss beyond collateral is booked.
    @Test func crossGapBooksShortfall() throws {
        var account = try Self.account()
        var engine = LiquidationEngine(mode: .cross, catalogue: Self.catalogue)
        _ = try engine.update(&account, market: Self.market(50_000))
        // 50,000 → 46,000: equity 30,000 − 40,000 = −10,000.
        let events = try engine.update(&account, market: Self.market(46_000))
        let shortfall = try #require(events.first { $0.kind == .shortfall })
        // −10,000 and the penalty on 460,000 notional (1,150) → 11,150 beyond collateral.
        #expect(abs(shortfall.shortfallUSD - 11_150) < 1e-6)
        #expect(account.positions.isEmpty)
        #expect(events.filter { $0.kind == .alert }.map(\.level) == [.notice, .warning, .liquidation])
    }

    /// An inverse close settles in coin and leaves equity unchanged but for the penalty.
    @Test func inverseCloseSettlesInCoin() throws {
        let catalogue = Catalogue(schedules: ["d": .deribitFuture(DeribitFutureSchedule(
            initialBaseRate: 0.02, initialRatePerCoin: 0, maintenanceBaseRate: 0.01, maintenanceRatePerCoin: 0))],
            assignments: ["inverse_perpetual": "d"])
        let account = Account(name: "inv", collateral: [CollateralBalance(coin: "BTC", amount: 0.1)], positions: [
            Position(instrument: try InstrumentParser.parse("BTC-PERPETUAL"), size: 100_000, entryPrice: 50_000)])
        let market = MarketState(timestampMicros: 0, indexUSD: ["BTC": 48_000], marksUSD: ["BTC-PERPETUAL": 48_000])
        let closer = PositionCloser(valuer: PositionValuer(catalogue: catalogue))
        let outcome = try closer.outcome(of: account, index: 0, fraction: 0.5, market: market, penaltyRate: 0)
        // Half of N·(1/E − 1/P) = 50,000·(1/50,000 − 1/48,000) = −0.041666… BTC.
        #expect(abs(outcome.settlementDelta - 50_000 * (1.0 / 50_000 - 1.0 / 48_000)) < 1e-12)
        var after = account
        PositionCloser.apply(outcome, index: 0, fraction: 0.5, delta: outcome.settlementDelta, to: &after)
        let margin = StandardMargin(catalogue: catalogue)
        let before = try margin.totals(account, market: market).equityUSD
        #expect(abs(try margin.totals(after, market: market).equityUSD - before) < 1e-6)
    }
}

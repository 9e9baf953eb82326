import Benchmarks
import MarginConfig
import MarginEngine
import Testing

/// Known answers for the one liquidation definition (DESIGN §6), each worked out by hand here.
@Suite struct LiquidationDefinitionTests {
    static func isolatedReport(_ position: Position, mark: Double) throws -> PositionMarginReport {
        let catalogue = try CatalogueFile.bundled()
        let account = Account(name: "a", collateral: [CollateralBalance(coin: "USDT", amount: 1_000_000)], positions: [position])
        let market = MarketState(timestampMicros: 0, indexUSD: ["BTC": mark, "USDT": 1], marksUSD: [position.instrument.name: mark])
        return try StandardMargin(catalogue: catalogue).report(account, market: market, mode: .isolated).positions[0]
    }

    /// Long 25 BTCUSDT @ 46,377, isolated margin 200,000, mark 46,000 (notional 1.15M: the 2.5%
    /// bracket, cum 16,300). Binance's formula LP = (WB + cum − q·EP) / (q·MMR − q) with that
    /// bracket gives (200,000 + 16,300 − 1,159,425) / (0.625 − 25) = 38,692.31 — but there the
    /// notional is 967k, in the ≤ 1M bracket (1%, cum = 250,000 × 0.005 + 50 = 1,300):
    /// (200,000 + 1,300 − 1,159,425) / (0.25 − 25) = 38,712.12, whose notional (967.8k) is in
    /// that bracket. A tape stepping down 1 USD at a time liquidates at 38,712.
    @Test func bracketAtTheLowerNotional() throws {
        let position = Position(instrument: try InstrumentParser.parse("BTCUSDT"), size: 25, entryPrice: 46_377,
                                isolatedMargin: 200_000)
        let line = try Self.isolatedReport(position, mark: 46_000)
        let numerator: Double = 200_000 + 1_300 - 25 * 46_377
        let denominator: Double = 25 * 0.01 - 25
        let expected = numerator / denominator
        #expect(abs(expected - 38_712.12) < 0.005)
        let price = try #require(line.liquidationPrice)
        #expect(abs(price - expected) < 0.005, "\(price)")
        // Signed distance: 1 − 38,712.12 / 46,000 = 15.84% ahead.
        #expect(abs((line.liquidationDistancePercent ?? .nan) - (1 - expected / 46_000) * 100) < 1e-6)
    }

    /// Long 1 BTCUSDT @ 50,000 with isolated margin 4,000 at mark 45,000: margin + uPnL = −1,000
    /// < MM, already past. The level passed: 4,000 + (P − 50,000) = 0.004·P (bracket ≤ 50k, cum 0)
    /// → P = 46,000 / 0.996 = 46,184.74, above the mark; distance 1 − 46,184.74 / 45,000 = −2.63%.
    @Test func pastTheLevelTheDistanceIsNegative() throws {
        let position = Position(instrument: try InstrumentParser.parse("BTCUSDT"), size: 1, entryPrice: 50_000, isolatedMargin: 4_000)
        let line = try Self.isolatedReport(position, mark: 45_000)
        let level = 46_000 / 0.996
        #expect(abs((line.liquidationPrice ?? .nan) - level) < 0.005, "\(String(describing: line.liquidationPrice))")
        let distance = try #require(line.liquidationDistancePercent)
        #expect(abs(distance - (1 - level / 45_000) * 100) < 1e-6)
        #expect(distance < 0)
    }

    /// A long option's loss is capped at its premium: no isolated liquidation price (it had one at
    /// 455,205, 386% away, before). A long perp whose margin covers its whole notional cannot be
    /// liquidated either: 1 BTCUSDT @ 50,000 with 60,000 margin stays above MM down to price 0.
    @Test func noLevelWhereNoneCanExist() throws {
        let (session, _) = try ExampleSession.start()
        let isolated = try #require(session.snapshot([.levels]).mode(.isolated))
        let longOptions = isolated.positions.filter { $0.instrument.isOption && $0.size > 0 }
        #expect(!longOptions.isEmpty)
        for row in longOptions { #expect(row.liquidationPrice == nil, "\(row.instrument.name)") }
        let covered = Position(instrument: try InstrumentParser.parse("BTCUSDT"), size: 1, entryPrice: 50_000, isolatedMargin: 60_000)
        #expect(try Self.isolatedReport(covered, mark: 50_000).liquidationPrice == nil)
    }

    /// Cross mode on examples/demo.toml: every BTC position (BTCUSDT included) shows the one BTC
    /// level, each in its own price — its price there is its price now × the level's factor.
    @Test func demoCrossSharesOneBTCLevel() throws {
        let (session, _) = try ExampleSession.start()
        let cross = try #require(session.snapshot([.levels]).mode(.cross))
        let btc = try #require(cross.levels?.first { $0.underlying == "BTC" })
        let level = try #require(btc.nearest)
        let rows = cross.positions.filter { $0.instrument.underlying == "BTC" && $0.instrument.kind != .spot }
        #expect(rows.count >= 5)
        #expect(rows.contains { $0.instrument.name == "BTCUSDT" })
        for row in rows {
            let value = try #require(row.valuation)
            let reference = row.instrument.isOption ? value.indexUSD : value.mark
            let price = try #require(row.liquidationPrice, "\(row.instrument.name) has no level")
            #expect(abs(price / reference - level.factor) < 1e-9, "\(row.instrument.name)")
            #expect(abs((row.liquidationDistance ?? .nan) - level.distance) < 1e-9)
        }
    }

    /// Portfolio mode has levels too: the BTC level of the demo book, where portfolio equity meets
    /// portfolio MM, recomputed from scratch there (a fresh session at the shifted market) is ≈ 0.
    @Test func portfolioLevelIsARootOfPortfolioMM() throws {
        let (session, _) = try ExampleSession.start()
        let snapshot = session.snapshot([.portfolioLevels])
        let portfolio = try #require(snapshot.mode(.portfolio))
        let btc = try #require(portfolio.levels?.first { $0.underlying == "BTC" })
        let level = try #require(btc.nearest)
        let replay = try #require(session.replay.replays.first { $0.statistics.mode == .portfolio })
        let account = replay.book.account
        let shifted = replay.book.market.scaling(underlying: "BTC", by: level.factor, instruments: account.positions.map(\.instrument))
        let fresh = try PortfolioMarginSession(account: account, market: shifted, catalogue: session.catalogue, history: nil)
        let surplus = fresh.figures.equityUSD - fresh.figures.maintenanceMarginUSD
        #expect(abs(surplus) < 1e-3 * fresh.figures.maintenanceMarginUSD, "surplus \(surplus) at factor \(level.factor)")
    }
}

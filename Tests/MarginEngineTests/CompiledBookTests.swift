import Testing
@testable import MarginEngine

/// The replay fast path must agree with the plain engine on every tick.
struct CompiledBookTests {
    @Test(arguments: 1...10)
    func fastTotalsMatchEngine(seed: Int) throws {
        let account = try MarginPropertyTests.randomAccount(seed: UInt64(seed))
        var market = MarginPropertyTests.market
        let catalogue = MarginPropertyTests.catalogue()
        var book = try CompiledBook(account: account, market: market, catalogue: catalogue)
        let engine = StandardMargin(catalogue: catalogue)
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15
        func random() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        for step in 0..<200 {
            let coin = random() < 0.5 ? "BTC" : "ETH"
            let factor = 1 + (random() - 0.5) * 0.02
            var updates: [PriceUpdate] = [.index(coin: coin, usd: (market.indexUSD[coin] ?? 1) * factor)]
            for symbol in market.marksUSD.keys.sorted() where symbol.hasPrefix(coin) || symbol.hasPrefix(coin + "_") {
                updates.append(.mark(symbol: symbol, usd: (market.marksUSD[symbol] ?? 1) * factor))
            }
            if random() < 0.2 { updates.append(.impliedVol(symbol: "BTC-27MAR26-100000-C", vol: 0.3 + random() * 0.5)) }
            for update in updates {
                market.apply(update)
                book.apply(update)
            }
            market.timestampMicros += 1_000_000
            book.setTime(market.timestampMicros)
            let fast = try book.totals()
            let slow = try engine.totals(account, market: market)
            #expect(abs(fast.equityUSD - slow.equityUSD) <= 1e-9 * max(1, abs(slow.equityUSD)), "step \(step)")
            #expect(abs(fast.maintenanceMarginUSD - slow.maintenanceMarginUSD) <= 1e-9 * max(1, slow.maintenanceMarginUSD))
            #expect(abs(fast.initialMarginUSD - slow.initialMarginUSD) <= 1e-9 * max(1, slow.initialMarginUSD))
        }
    }

    /// A leveraged long: isolated liquidates it when its own margin is gone; cross, with the
    /// account's other collateral behind it, survives the same path.
    @Test func isolatedLiquidatesWhereCrossSurvives() throws {
        let catalogue = LiquidationEngineTests.catalogue
        let account = Account(name: "a", collateral: [CollateralBalance(coin: "USDT", amount: 50_000)], positions: [
            Position(instrument: try InstrumentParser.parse("BTCUSDT"), size: 1, entryPrice: 20_000, leverage: 10)])
        let start = MarketState(timestampMicros: 0, indexUSD: ["BTC": 20_000], marksUSD: ["BTCUSDT": 20_000])
        var isolated = try ModeReplay(account: account, market: start, catalogue: catalogue, mode: .isolated)
        var cross = try ModeReplay(account: account, market: start, catalogue: catalogue, mode: .cross)
        // Isolated margin = IM at entry = 2,000; LP = (2,000 + 0 − 20,000)/(0.005 − 1) = 18,090.45.
        var price = 20_000.0
        var time: Int64 = 0
        while price > 15_000 {
            time += 60_000_000
            let updates: [PriceUpdate] = [.index(coin: "BTC", usd: price), .mark(symbol: "BTCUSDT", usd: price)]
            try isolated.process(timeMicros: time, updates: updates)
            try cross.process(timeMicros: time, updates: updates)
            price -= 10
        }
        let first = try #require(isolated.statistics.liquidations.first)
        #expect(first.instrument == "BTCUSDT")
        #expect(abs((first.price ?? 0) - 18_090) <= 10, "liquidated at \(first.price ?? 0)")
        #expect(cross.statistics.liquidations.isEmpty)
        #expect(isolated.statistics.ticks == cross.statistics.ticks)
    }

    /// A mark the feed never prices keeps its basis to the index: 93,050 over 93,000 → after the
    /// index moves to 90,000 the perp is marked at 90,000 × 93,050 / 93,000 = 90,048.39; once the
    /// feed prices it, it no longer follows.
    @Test func unfedMarksFollowTheirIndex() throws {
        let account = Account(name: "a", collateral: [], positions: [
            Position(instrument: try InstrumentParser.parse("BTC-PERPETUAL"), size: 10_000, entryPrice: 93_000)])
        var book = try CompiledBook(account: account, market: MarginPropertyTests.market, catalogue: MarginPropertyTests.catalogue())
        book.apply(.index(coin: "BTC", usd: 90_000))
        _ = try book.totals()
        #expect(abs(book.valuations[0].mark - 90_000 * 93_050 / 93_000) < 1e-6)
        #expect(abs((book.market.marksUSD["BTC-PERPETUAL"] ?? 0) - 90_000 * 93_050 / 93_000) < 1e-6)
        book.apply(.mark(symbol: "BTC-PERPETUAL", usd: 91_000))
        book.apply(.index(coin: "BTC", usd: 80_000))
        _ = try book.totals()
        #expect(book.valuations[0].mark == 91_000)
    }

    /// What a portfolio session ticks: the underlyings whose prices moved since the last take or
    /// revaluation. A time move alone is not a move; taking forgets; `totals()` forgets too; and
    /// valuations skipped meanwhile are brought up to date by the next `totals()`.
    @Test func movedUnderlyingsAreTakenOnce() throws {
        let account = Account(name: "a", collateral: [], positions: [
            Position(instrument: try InstrumentParser.parse("BTC-PERPETUAL"), size: 10_000, entryPrice: 93_000),
            Position(instrument: try InstrumentParser.parse("ETH-PERPETUAL"), size: 1_000, entryPrice: 3_000)])
        var book = try CompiledBook(account: account, market: MarginPropertyTests.market, catalogue: MarginPropertyTests.catalogue())
        #expect(book.takeMovedUnderlyings().isEmpty, "compiling revalues everything")
        book.apply(.mark(symbol: "BTC-PERPETUAL", usd: 91_000))
        #expect(book.takeMovedUnderlyings() == ["BTC"])
        #expect(book.takeMovedUnderlyings().isEmpty)
        book.setTime(book.market.timestampMicros + 60_000_000)
        #expect(book.takeMovedUnderlyings().isEmpty, "a time move is not a price move")
        book.apply(.mark(symbol: "ETH-PERPETUAL", usd: 3_100))
        book.apply(.mark(symbol: "BTC-PERPETUAL", usd: 90_000))
        #expect(Set(book.takeMovedUnderlyings()) == ["BTC", "ETH"])
        book.apply(.mark(symbol: "ETH-PERPETUAL", usd: 3_200))
        _ = try book.totals()
        #expect(book.takeMovedUnderlyings().isEmpty, "a revaluation forgets the moves")
        // Both marks moved while no totals were taken; the valuations show the latest ones.
        #expect(book.valuations[0].mark == 90_000)
        #expect(book.valuations[1].mark == 3_200)
    }
}

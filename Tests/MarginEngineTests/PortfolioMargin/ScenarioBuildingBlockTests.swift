import Testing
@testable import MarginEngine

/// Tail statistics, EWMA, history alignment, the seeded generator, liquidity and stress, each
/// checked against a hand calculation.
@Suite struct ScenarioBuildingBlockTests {
    @Test func tailStatisticsMatchSorting() {
        var random = SeededRandom(seed: 9)
        let pnl = (0..<10_000).map { _ in random.normal() * 100 }
        let tail = TailStatistics(pnl: pnl, confidence: 0.99)
        let sorted = pnl.sorted()
        #expect(tail.tailIndices.count == 100)
        #expect(abs(tail.expectedShortfallUSD - -sorted[0..<100].reduce(0, +) / 100) < 1e-9)
        #expect(tail.valueAtRiskUSD == -sorted[99])
    }

    @Test func tailCountRoundsUpWithoutFloatingNoise() {
        #expect(TailStatistics.tailCount(scenarios: 10_000, confidence: 0.99) == 100)
        #expect(TailStatistics.tailCount(scenarios: 250, confidence: 0.99) == 3)
        #expect(TailStatistics.tailCount(scenarios: 50, confidence: 0.999) == 1)
    }

    @Test func ewmaRecursionByHand() {
        // Seed = mean square of (0.01, −0.02) = 0.00025; then λ = 0.9:
        // σ²₁ = 0.9·0.00025 + 0.1·0.0001 = 0.000235; σ²₂ = 0.9·0.000235 + 0.1·0.0004 = 0.0002515.
        let forecasts = EWMA.varianceForecasts([0.01, -0.02], lambda: 0.9)
        #expect(abs(forecasts[0] - 0.00025) < 1e-18)
        #expect(abs(forecasts[1] - 0.000235) < 1e-18)
        #expect(abs(forecasts[2] - 0.0002515) < 1e-18)
        let covariance = EWMA.covariance([[0.01, -0.02], [0.01, -0.02]], lambda: 0.9)
        #expect(abs(covariance[0][1] - 0.0002515) < 1e-18)
    }

    @Test func historyAlignsDaysAcrossCoins() {
        let day = UTCTime.microsPerDay
        // BTC has days 0,1,2,3 (two prints on day 1: the later is the close); ETH lacks day 2.
        let history = ReturnHistory(prices: [
            "BTC": [(0, 100), (day + 10, 999), (day + 20, 110), (2 * day, 121), (3 * day, 133.1)],
            "ETH": [(0, 10), (day, 11), (3 * day, 12)],
        ])
        // Common days 0, 1, 3; only 0→1 is consecutive.
        #expect(history.length == 1)
        #expect(abs((history.returns["BTC"]?[0] ?? 0) - Double.log(1.1)) < 1e-15)
        #expect(abs((history.returns["ETH"]?[0] ?? 0) - Double.log(1.1)) < 1e-15)
    }

    @Test func seededGeneratorIsReproducible() {
        var a = SeededRandom(seed: 123), b = SeededRandom(seed: 123), c = SeededRandom(seed: 124)
        let first = (0..<5).map { _ in a.next() }
        #expect(first == (0..<5).map { _ in b.next() })
        #expect(first != (0..<5).map { _ in c.next() })
        // SplitMix64(0)'s first output is 0xE220A8397B1DCDAF (Vigna's reference).
        var state: UInt64 = 0
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        #expect(z ^ (z >> 31) == 0xE220_A839_7B1D_CDAF)
    }

    @Test func studentTDrawsHaveUnitVariance() {
        let draws = MonteCarloDraws(seed: 1, count: 200_000, dimension: 1, degreesOfFreedom: 5)
        var sum = 0.0
        for k in 0..<draws.count { let x = draws.normals[0][k] * draws.mixing[k]; sum += x * x }
        #expect(abs(sum / Double(draws.count) - 1) < 0.05)
    }

    @Test func liquidityChargeByHand() throws {
        // 30M USD of BTC-PERPETUAL vs 1.5B daily volume: p = 0.02 > 0.01;
        // charge = 30M · 1 · σ · (√0.02 − √0.01) with σ = 0.6/√365 = 0.031405…
        let market = MarketState(timestampMicros: 0, indexUSD: ["BTC": 100_000], marksUSD: ["BTC-PERPETUAL": 100_000])
        let catalogue = PM.catalogue { pm in pm.liquidity.dailyVolumeUSD = ["BTC-PERPETUAL": 1_500_000_000] }
        let report = try PortfolioMargin.report(PM.account([PM.position("BTC-PERPETUAL", 30_000_000, entry: 100_000)]),
                                                market: market, catalogue: catalogue)
        let sigma = 0.6 / Double(365).squareRoot()
        let expected = 30_000_000 * sigma * (0.02.squareRoot() - 0.1)
        #expect(abs(report.detail.liquidity.totalUSD - expected) < 1e-6)
        #expect(abs(report.detail.figures.maintenanceMarginUSD - (max(report.detail.figures.riskMatrixMaintenanceMarginUSD,
                                                                      report.detail.figures.esMaintenanceMarginUSD) + expected)) < 1e-6)
    }

    @Test func dynamicRangeWidensWithRealisedVol() throws {
        // Daily returns of ±6%: EWMA σ = 6%, k = 4 → range 24% > the 16% floor.
        let returns = (0..<60).map { $0 % 2 == 0 ? 0.06 : -0.06 }
        let market = MarketState(timestampMicros: 0, indexUSD: ["BTC": 100_000], marksUSD: ["BTC-PERPETUAL": 100_000])
        let report = try PortfolioMargin.report(PM.account([PM.position("BTC-PERPETUAL", 1_000_000, entry: 100_000)]),
                                                market: market, catalogue: PM.catalogue(), history: ReturnHistory(returns: ["BTC": returns]))
        let btc = try #require(report.detail.riskMatrix.first)
        #expect(abs(btc.scanRange - 0.24) < 1e-12)
        // Worst case: 10 BTC-equivalent long at −24%: 10 · 0.24/0.76.
        #expect(abs(btc.worstCaseCoin - 10 * 0.24 / 0.76) < 1e-9)
    }

    @Test func stressAllDownThirtyByHand() throws {
        // Long 1 BTC of linear perp at 100,000 with 20,000 USDC: −30% → PnL −30,000, equity −10,000.
        let market = MarketState(timestampMicros: 0, indexUSD: ["BTC": 100_000], marksUSD: ["BTC_USDC-PERPETUAL": 100_000])
        let account = PM.account([PM.position("BTC_USDC-PERPETUAL", 1, entry: 100_000)], collateral: ["USDC": 20_000])
        let scenario = StressScenario(name: "all-down-30", defaultPriceMove: -0.3, defaultVolMultiplier: 2)
        let result = try StressTester.run(scenario, account: account, market: market, catalogue: PM.catalogue())
        #expect(abs(result.positions[0].pnlUSD - -30_000) < 1e-6)
        #expect(abs(result.equityAfterUSD - -10_000) < 1e-6)
        #expect(result.modes.filter { !$0.liquidated }.isEmpty)
        #expect(result.liquidatedIsolated == ["BTC_USDC-PERPETUAL"])
    }
}

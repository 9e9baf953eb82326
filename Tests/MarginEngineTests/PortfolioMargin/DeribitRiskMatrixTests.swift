import Testing
@testable import MarginEngine

/// Known answers from Deribit's published portfolio-margin example (Deribit support, "Portfolio
/// Margin"; DESIGN §5.3) and hand calculations written out below.
@Suite struct DeribitRiskMatrixTests {
    static let index = 65_666.19
    /// 2024-06-01T00:00Z: the future (28 Jun 2024 08:00) has T = 27.33 days, so 0.075·T < 0.01.
    static let asOf = UTCTime.micros(year: 2024, month: 6, day: 1)

    static func example() throws -> PortfolioMarginReport {
        let market = MarketState(timestampMicros: asOf, indexUSD: ["BTC": index],
                                 marksUSD: ["BTC-PERPETUAL": index, "BTC-28JUN24": index])
        let account = PM.account([PM.position("BTC-PERPETUAL", 0.314538364 * index, entry: index),
                                  PM.position("BTC-28JUN24", -0.001187534 * index, entry: index)])
        return try PortfolioMargin.report(account, market: market, catalogue: PM.catalogue())
    }

    @Test func reproducesDeribitsPublishedExample() throws {
        let report = try Self.example()
        let btc = try #require(report.detail.riskMatrix.first)
        // Deribit: worst_case 0.05968587238095239, roll_shock 0.00315725898,
        // risk_matrix_margin 0.06284313098, MM 0.050274504784 (BTC).
        #expect(abs(btc.worstCaseCoin - 0.05968587238095239) < 1e-15)
        #expect(abs(btc.rollShockCoin - 0.00315725898) < 1e-15)
        #expect(abs(btc.riskMatrixMarginCoin - 0.06284313098) < 1e-15)
        #expect(abs(btc.maintenanceMarginCoin - 0.050274504784) < 1e-15)
        #expect(btc.deltaShockCoin == 0)
        // The worst scenario is −16%; per position: perp −0.05991206933333334, future +0.0002261969523809524.
        #expect(btc.scenarios[btc.worstScenario].priceMove == -0.16)
        let lines = report.detail.expectedShortfall.contributions
        #expect(abs(lines[0].worstCasePnLCoin - -0.05991206933333334) < 1e-15)
        #expect(abs(lines[1].worstCasePnLCoin - 0.0002261969523809524) < 1e-15)
        #expect(report.detail.figures.binding == .riskMatrix)
        #expect(abs(report.account.maintenanceMarginUSD - 0.050274504784 * Self.index) < 1e-6)
    }

    @Test func matrixHasPriceBucketsTimesVolScenariosPlusExtendedMoves() throws {
        let btc = try #require(try Self.example().detail.riskMatrix.first)
        #expect(btc.scenarios.count == 9 * 3 + 8)  // DESIGN §11: a 35-scenario matrix
        let extended = btc.scenarios.filter(\.extended)
        // Weight price_range/|move|: −66% → 0.16/0.66; futures clipped to −16%.
        let down66 = try #require(extended.first { $0.priceMove == -0.66 })
        #expect(abs(down66.weight - 0.16 / 0.66) < 1e-15)
        let q = 0.314538364 - 0.001187534
        #expect(abs(down66.pnlCoin - (0.16 / 0.66) * q * -0.16 / 0.84) < 1e-12)
    }

    @Test func volShockFollowsParadexShape() {
        let p = RiskMatrixParameters()
        // 10 days: up = 0.6 + max(0.6, 0.5)·0.5·(30/10)^0.30; (30/10)^0.30 = e^(0.3·ln 3) = 1.390389…
        let factor = 1.3903891703159093
        #expect(abs(p.shockedVol(0.6, days: 10, direction: 1) - (0.6 + 0.6 * 0.5 * factor)) < 1e-12)
        #expect(abs(p.shockedVol(0.6, days: 10, direction: -1) - 0.6 * (1 - 0.25 * factor)) < 1e-12)
        // A 20% IV is shocked up as if it were 50% (min_volatility_for_shock_up); 60 days uses power 0.13.
        let long = 0.9138314502294005  // (30/60)^0.13 = e^(−0.13·ln 2)
        #expect(abs(p.shockedVol(0.2, days: 60, direction: 1) - (0.2 + 0.5 * 0.5 * long)) < 1e-12)
    }

    @Test func deltaShockAboveThreshold() throws {
        // 30M USD long perp at 100,000: |Δ| = 300 BTC, D = 30M > 20M →
        // shock = 300 · 0.1 · min(1, (30M − 20M)/20M) = 15 BTC.
        let market = MarketState(timestampMicros: Self.asOf, indexUSD: ["BTC": 100_000], marksUSD: ["BTC-PERPETUAL": 100_000])
        let report = try PortfolioMargin.report(PM.account([PM.position("BTC-PERPETUAL", 30_000_000, entry: 100_000)]),
                                                market: market, catalogue: PM.catalogue())
        let btc = try #require(report.detail.riskMatrix.first)
        #expect(abs(btc.netDeltaCoin - 300) < 1e-9)
        #expect(abs(btc.deltaShockCoin - 15) < 1e-9)
    }

    @Test func pnlOffsetScalesGainsPerInstrument() throws {
        // ETH (pnl_offset 0.6): long 1 ETH of linear perp + short 1 ETH of inverse perp (coin-equal).
        // At −18%: linear −0.18 ETH-equivalent, inverse +(−1)(−0.18)/0.82 = +0.219512…; gain × 0.6.
        let market = MarketState(timestampMicros: Self.asOf, indexUSD: ["ETH": 3000],
                                 marksUSD: ["ETH-PERPETUAL": 3000, "ETH_USDC-PERPETUAL": 3000])
        let report = try PortfolioMargin.report(PM.account([PM.position("ETH_USDC-PERPETUAL", 1, entry: 3000),
                                                            PM.position("ETH-PERPETUAL", -3000, entry: 3000)],
                                                           collateral: ["ETH": 10]),
                                                market: market, catalogue: PM.catalogue())
        let eth = try #require(report.detail.riskMatrix.first)
        let cell = try #require(eth.scenarios.first { $0.priceMove == -0.18 && !$0.extended })
        #expect(abs(cell.pnlCoin - (-0.18 + 0.6 * 0.18 / 0.82)) < 1e-12)
    }
}

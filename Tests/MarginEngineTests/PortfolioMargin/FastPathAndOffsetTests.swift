import Testing
@testable import MarginEngine
import Benchmarks

/// The grid fast path against full revaluation, offsets against cross margin, incremental ticks
/// against full recomputes.
@Suite struct FastPathAndOffsetTests {
    static func catalogue(_ revaluation: RevaluationMethod, scenarios: Int = 10_000) -> Catalogue {
        PM.catalogue { pm in
            pm.expectedShortfall.revaluation = revaluation
            pm.expectedShortfall.scenarioCount = scenarios
        }
    }

    @Test func gridESWithinHalfAPercentOfFullRevaluationOnTheBenchBook() throws {
        let book = BenchmarkBook()
        let grid = try PortfolioMargin.report(book.account, market: book.market, catalogue: Self.catalogue(.grid))
        let full = try PortfolioMargin.report(book.account, market: book.market, catalogue: Self.catalogue(.full))
        let gridES = grid.detail.expectedShortfall.esUSD, fullES = full.detail.expectedShortfall.esUSD
        #expect(fullES > 0)
        #expect(abs(gridES / fullES - 1) < 0.005)
        #expect(abs(grid.detail.expectedShortfall.varUSD / full.detail.expectedShortfall.varUSD - 1) < 0.005)
    }

    static let asOf = UTCTime.micros(year: 2026, month: 1, day: 5, hour: 8)
    static let market = MarketState(timestampMicros: asOf, indexUSD: ["BTC": 100_000],
                                    marksUSD: ["BTC-PERPETUAL": 100_000, "BTC-27MAR26": 100_000],
                                    impliedVols: ["BTC-27MAR26-110000-C": 0.55, "BTC-27MAR26-100000-C": 0.55,
                                                  "BTC-27MAR26-100000-P": 0.55])

    @Test func deltaHedgedShortCallsNeedFarLessThanCross() throws {
        // Short 10 calls, hedged with the Black-76 delta in the perp (inverse: USD size = Δ·F).
        let call = PM.position("BTC-27MAR26-110000-C", -10, entry: 0.03)
        let delta = try PositionValuer(catalogue: PM.catalogue()).value(call, in: Self.market).deltaCoin
        let hedge = PM.position("BTC-PERPETUAL", -delta * 100_000, entry: 100_000)
        let account = PM.account([call, hedge], collateral: ["BTC": 5])
        let cross = try StandardMargin(catalogue: PM.catalogue()).report(account, market: Self.market, mode: .cross)
        let portfolio = try PortfolioMargin.report(account, market: Self.market, catalogue: Self.catalogue(.grid))
        #expect(portfolio.account.maintenanceMarginUSD < 0.6 * cross.maintenanceMarginUSD)
    }

    @Test func nakedShortStraddleMarginIsAtLeastItsWorstScenarioLoss() throws {
        let account = PM.account([PM.position("BTC-27MAR26-100000-C", -5, entry: 0.05),
                                  PM.position("BTC-27MAR26-100000-P", -5, entry: 0.05)], collateral: ["BTC": 5])
        let report = try PortfolioMargin.report(account, market: Self.market, catalogue: Self.catalogue(.grid))
        let btc = try #require(report.detail.riskMatrix.first)
        let worstLossCoin = -(btc.scenarios.map(\.pnlCoin).min() ?? 0)
        #expect(worstLossCoin > 0)
        #expect(btc.worstCaseCoin >= worstLossCoin - 1e-12)
        #expect(report.account.maintenanceMarginUSD >= btc.mmFactorTimes(worstLossCoin) * 100_000 - 1e-6)
        #expect(btc.riskMatrixMarginCoin >= worstLossCoin - 1e-9)
        // IM (= risk-matrix margin) covers the worst scenario loss; MM is mm_factor (0.8) of it, as
        // in Deribit's own published example (MM 0.0503 < worst case 0.0597 BTC).
        #expect(report.account.initialMarginUSD >= worstLossCoin * 100_000 - 1e-6)
    }

    @Test func incrementalTickMatchesFullRecompute() throws {
        let book = BenchmarkBook(positions: 200, seed: 3)
        let catalogue = Self.catalogue(.grid, scenarios: 2_000)
        var session = try PortfolioMarginSession(account: book.account, market: book.market, catalogue: catalogue, history: nil)
        let moved = book.market.scaling(underlying: "ETH", by: 0.97, instruments: book.account.positions.map(\.instrument))
        let ticked = try session.tick(underlying: "ETH", market: moved)
        let fresh = try PortfolioMarginSession(account: book.account, market: moved, catalogue: catalogue, history: nil).figures
        #expect(abs(ticked.maintenanceMarginUSD / fresh.maintenanceMarginUSD - 1) < 1e-9)
        #expect(abs(ticked.esUSD / fresh.esUSD - 1) < 1e-9)
        #expect(abs(ticked.equityUSD / fresh.equityUSD - 1) < 1e-12)
    }

    @Test func equityMatchesStandardMargin() throws {
        let book = BenchmarkBook(positions: 120, seed: 5)
        let catalogue = Self.catalogue(.grid, scenarios: 500)
        let session = try PortfolioMarginSession(account: book.account, market: book.market, catalogue: catalogue, history: nil)
        let cross = try StandardMargin(catalogue: catalogue).report(book.account, market: book.market, mode: .cross)
        #expect(abs(session.figures.equityUSD / cross.equityUSD - 1) < 1e-12)
    }

    @Test func groupOffsetsAcrossAccounts() throws {
        let long = Account(name: "a", collateral: [CollateralBalance(coin: "BTC", amount: 2)],
                           positions: [PM.position("BTC-PERPETUAL", 500_000, entry: 100_000)])
        let short = Account(name: "b", collateral: [CollateralBalance(coin: "BTC", amount: 2)],
                            positions: [PM.position("BTC-27MAR26", -500_000, entry: 100_000)])
        let catalogue = Self.catalogue(.grid, scenarios: 2_000)
        let alone = try PortfolioMargin.report(long, market: Self.market, catalogue: catalogue).account.maintenanceMarginUSD
            + PortfolioMargin.report(short, market: Self.market, catalogue: catalogue).account.maintenanceMarginUSD
        let group = try PortfolioMargin.groupReport([long, short], market: Self.market, catalogue: catalogue)
        #expect(group.account.maintenanceMarginUSD < 0.2 * alone)
        #expect(group.detail.expectedShortfall.contributions.map(\.account) == ["a", "b"])
    }
}

extension CurrencyRiskMatrix {
    /// mm_factor × an amount (the factor is MM ÷ risk-matrix margin).
    func mmFactorTimes(_ coin: Double) -> Double {
        riskMatrixMarginCoin > 0 ? maintenanceMarginCoin / riskMatrixMarginCoin * coin : 0
    }
}

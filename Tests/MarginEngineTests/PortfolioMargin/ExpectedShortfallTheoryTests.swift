import Testing
@testable import MarginEngine

/// ES against theory (DESIGN §5.3): closed forms for normal and independent risks, and FHS on
/// constant-vol history against plain historical ES computed by hand.
@Suite struct ExpectedShortfallTheoryTests {
    static let asOf = UTCTime.micros(year: 2026, month: 1, day: 5)

    /// Linear USDC perps only; `sizes` in coin; index 1,000 for every coin.
    static func linearBook(_ sizes: [String: Double]) -> (Account, MarketState) {
        var market = MarketState(timestampMicros: asOf)
        var positions: [Position] = []
        for (coin, size) in sizes.sorted(by: { $0.key < $1.key }) {
            market.indexUSD[coin] = 1000
            market.marksUSD["\(coin)_USDC-PERPETUAL"] = 1000
            positions.append(PM.position("\(coin)_USDC-PERPETUAL", size, entry: 1000))
        }
        return (PM.account(positions, collateral: ["USDC": 1_000_000]), market)
    }

    static func es(_ sizes: [String: Double], vols: [String: Double], correlation: Double, scenarios: Int = 200_000) throws -> Double {
        let (account, market) = linearBook(sizes)
        let catalogue = PM.catalogue { pm in
            pm.expectedShortfall.degreesOfFreedom = 0  // normal
            pm.expectedShortfall.scenarioCount = scenarios
            pm.marketDefaults = MarketDefaults(annualVols: vols, defaultVol: 0.5, correlations: [:], defaultCorrelation: correlation)
        }
        return try PortfolioMargin.report(account, market: market, catalogue: catalogue).detail.expectedShortfall.esUSD
    }

    @Test func normalLinearBookES99Is2665Sigma() throws {
        // σ_daily = 0.5%·√365/√365: annual vol 0.005·√365 gives a daily σ of 0.5%. Position 100 coin at 1,000
        // → σ_PnL = 500 USD; ES₉₉ = φ(2.3263)/0.01 · σ = 2.6652 · 500 = 1,332.6 (normal, zero mean).
        // The exp(x) − 1 move adds a relative bias of about 2.665·σ/2 ≈ 0.7%, so allow 2%.
        let annual = 0.005 * Double(365).squareRoot()
        let es = try Self.es(["BTC": -100], vols: ["BTC": annual], correlation: 0)
        #expect(abs(es / (2.6652 * 500) - 1) < 0.02)
    }

    @Test func perfectlyCorrelatedOffsetsNetToZero() throws {
        let es = try Self.es(["BTC": 100, "ETH": -100], vols: ["BTC": 0.6, "ETH": 0.6], correlation: 1, scenarios: 20_000)
        let alone = try Self.es(["BTC": 100], vols: ["BTC": 0.6], correlation: 1, scenarios: 20_000)
        #expect(es < 1e-6 * alone)
    }

    @Test func independentEqualRisksDiversifyBySqrtTwo() throws {
        // Two independent equal normal risks: σ_total = √2·σ, so ES(both) = √2·ES(one).
        let both = try Self.es(["BTC": 100, "ETH": 100], vols: ["BTC": 0.1, "ETH": 0.1], correlation: 0)
        let one = try Self.es(["BTC": 100], vols: ["BTC": 0.1], correlation: 0)
        #expect(abs(both / one / 2.0.squareRoot() - 1) < 0.02)
    }

    @Test func filteredHistoricalOnConstantVolHistoryEqualsPlainHistorical() throws {
        // Returns of constant size ±2% (signs from a fixed pattern): the EWMA vol is 2% every day,
        // so FHS scales nothing and ES equals plain historical ES. By hand: 100 returns, 37 of them
        // −2%; m = ⌈1% · 100⌉ = 1 → ES = loss of the worst day = 100 coin · 1,000 · (1 − e^(−0.02)).
        var returns: [Double] = []
        for day in 0..<100 { returns.append(day % 8 < 3 ? -0.02 : 0.02) }
        let history = ReturnHistory(returns: ["BTC": returns])
        let (account, market) = Self.linearBook(["BTC": 100])
        let catalogue = PM.catalogue { pm in pm.expectedShortfall.method = .filteredHistorical }
        let es = try PortfolioMargin.report(account, market: market, catalogue: catalogue, history: history).detail.expectedShortfall
        #expect(es.method == .filteredHistorical)
        #expect(es.historyNote == nil)
        #expect(es.scenarioCount == 100)
        let plain = 100 * 1000 * -Double.expMinusOne(-0.02)
        #expect(abs(es.esUSD - plain) < 1e-9)
        // With m = 1 the VaR is the same worst day.
        #expect(abs(es.varUSD - plain) < 1e-9)
    }

    @Test func shortHistoryFallsBackToDefaultsAndSaysSo() throws {
        let history = ReturnHistory(returns: ["BTC": [0.01, -0.02, 0.015]])
        let (account, market) = Self.linearBook(["BTC": 100])
        let catalogue = PM.catalogue { pm in pm.expectedShortfall.method = .filteredHistorical }
        let es = try PortfolioMargin.report(account, market: market, catalogue: catalogue, history: history).detail.expectedShortfall
        #expect(es.method == .monteCarlo)
        let note = try #require(es.historyNote)
        #expect(note.contains("only 3 aligned daily returns"))
        #expect(note.contains("default vols"))
        #expect(abs((es.dailyVols["BTC"] ?? 0) - 0.6 / Double(365).squareRoot()) < 1e-15)
        #expect(es.esUSD > 0)
    }

    @Test func eulerContributionsSumToES() throws {
        let (account, market) = Self.linearBook(["BTC": 100, "ETH": -40, "SOL": 70])
        let es = try PortfolioMargin.report(account, market: market, catalogue: PM.catalogue()).detail.expectedShortfall
        let sum = es.contributions.reduce(0) { $0 + $1.esContributionUSD }
        #expect(abs(sum - es.esUSD) < 1e-6 * es.esUSD)
    }

    @Test func filteredHistoricalKeepsDatesAlignedSoCorrelationComesFromTheData() throws {
        // ETH's returns are BTC's day for day: long BTC against short ETH of equal USD nets to
        // zero in every scenario; shifting ETH by one day breaks the alignment and the risk appears.
        var random = SeededRandom(seed: 4)
        let btc = (0..<120).map { _ in 0.03 * random.normal() }
        let catalogue = PM.catalogue { pm in pm.expectedShortfall.method = .filteredHistorical }
        let (account, market) = Self.linearBook(["BTC": 100, "ETH": -100])
        let aligned = try PortfolioMargin.report(account, market: market, catalogue: catalogue,
                                                 history: ReturnHistory(returns: ["BTC": btc, "ETH": btc])).detail.expectedShortfall
        #expect(abs(aligned.esUSD) < 1e-6)
        let shifted = Array(btc.dropFirst()) + [btc[0]]
        let misaligned = try PortfolioMargin.report(account, market: market, catalogue: catalogue,
                                                    history: ReturnHistory(returns: ["BTC": btc, "ETH": shifted])).detail.expectedShortfall
        #expect(misaligned.esUSD > 1000)
    }

    @Test func monteCarloUsesTheEWMAVolOfTheHistory() throws {
        // History of ±1% (EWMA σ exactly 1%): normal MC ES₉₉ of 100 coin at 1,000 ≈ 2.6652 · 1,000.
        let returns = (0..<60).map { $0 % 2 == 0 ? 0.01 : -0.01 }
        let (account, market) = Self.linearBook(["BTC": -100])
        let catalogue = PM.catalogue { pm in
            pm.expectedShortfall.degreesOfFreedom = 0
            pm.expectedShortfall.scenarioCount = 200_000
        }
        let es = try PortfolioMargin.report(account, market: market, catalogue: catalogue,
                                            history: ReturnHistory(returns: ["BTC": returns])).detail.expectedShortfall
        #expect(es.method == .monteCarlo && es.historyNote == nil && es.historyDays == 60)
        #expect(abs((es.dailyVols["BTC"] ?? 0) - 0.01) < 1e-15)
        #expect(abs(es.esUSD / 2665.2 - 1) < 0.02)
    }
}

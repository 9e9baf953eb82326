import Testing
@testable import MarginConfig
@testable import MarginEngine

/// The portfolio-margin catalogue: bundled values, key-by-key overrides, clear errors.
@Suite struct PortfolioMarginFileTests {
    static let book = """
    [[accounts]]
    name = "a"
    [[accounts.positions]]
    instrument = "BTC-PERPETUAL"
    size = 1000
    entry = 100000
    [marks]
    "BTC-USD" = 100000

    """

    @Test func bundledCarriesDeribitParametersAndStressLibrary() throws {
        let pm = try CatalogueFile.bundled().portfolioMargin
        let btc = pm.riskMatrixParameters(for: "BTC"), eth = pm.riskMatrixParameters(for: "ETH")
        #expect(btc.priceRange == 0.16 && btc.volShockUp == 0.5 && btc.mmFactor == 0.8 && btc.annualisedMoveRisk == 0.075)
        #expect(btc.deltaTotalLiquidationShockThresholdUSD == 20_000_000 && btc.extendedDampener == 100_000)
        #expect(eth.priceRange == 0.18 && eth.volShockUp == 0.4 && eth.pnlOffset == 0.6 && eth.minAnnualisedMove == 0.005)
        #expect(eth.volShockDown == 0.25)  // unpublished for ETH: BTC's
        #expect(pm.riskMatrixParameters(for: "SOL").priceRange == 0.2)
        let names = pm.stressTests.map(\.name)
        for name in ["2020-03-12", "2021-05-19", "2022-11-09", "all-down-30-vol-x2", "vol-crush"] { #expect(names.contains(name)) }
        #expect(pm.stressTest(named: "2020-03-12")?.priceMove("BTC") == -0.39)
        #expect(pm.expectedShortfall.scenarioCount == 10_000 && pm.expectedShortfall.confidence == 0.99)
    }

    @Test func portfolioOverridesOneKeyAndKeepsTheRest() throws {
        let text = Self.book + """
        [catalogue.portfolio_margin.risk_matrix.BTC]
        price_range = 0.2
        [catalogue.portfolio_margin.expected_shortfall]
        method = "filtered_historical"
        [[catalogue.portfolio_margin.stress_tests]]
        name = "vol-crush"
        vol_multiplier = 0.3
        [[catalogue.portfolio_margin.stress_tests]]
        name = "mine"
        price_move = { BTC = -0.5 }
        """
        let pm = try PortfolioFile.parse(text: text, file: "p.toml").catalogue.portfolioMargin
        #expect(pm.riskMatrixParameters(for: "BTC").priceRange == 0.2)
        #expect(pm.riskMatrixParameters(for: "BTC").mmFactor == 0.8)
        #expect(pm.riskMatrixParameters(for: "ETH").priceRange == 0.18)
        #expect(pm.expectedShortfall.method == .filteredHistorical)
        #expect(pm.expectedShortfall.scenarioCount == 10_000)
        #expect(pm.stressTest(named: "vol-crush")?.defaultVolMultiplier == 0.3)
        #expect(pm.stressTest(named: "mine")?.priceMove("BTC") == -0.5)
        #expect(pm.stressTests.count == (try CatalogueFile.bundled().portfolioMargin.stressTests.count) + 1)
    }

    static func error(_ catalogue: String) -> String {
        do {
            _ = try PortfolioFile.parse(text: book + catalogue, file: "p.toml")
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func badValuesNameFileAndKey() {
        #expect(Self.error("[catalogue.portfolio_margin.risk_matrix.BTC]\nprice_range = 1.5")
            == "p.toml: catalogue.portfolio_margin.risk_matrix.BTC.price_range: a fraction below 1 (0.16 = 16%), got 1.5")
        #expect(Self.error("[catalogue.portfolio_margin.expected_shortfall]\nconfidence = 1.2").hasPrefix(
            "p.toml: catalogue.portfolio_margin.expected_shortfall.confidence:"))
        #expect(Self.error("[catalogue.portfolio_margin.expected_shortfall]\nmethod = \"magic\"").contains("expected monte_carlo or filtered_historical"))
        #expect(Self.error("[catalogue.portfolio_margin.expected_shortfall]\ndegrees_of_freedom = 1.5").contains("0 (normal) or in (2, 1000]"))
        #expect(Self.error("[catalogue.portfolio_margin.expected_shortfall]\nscenarios = 10.5").contains("whole number"))
        #expect(Self.error("[catalogue.portfolio_margin.correlations]\n\"BTC/ETH\" = 1.5").contains("[−1, 1]"))
        #expect(Self.error("[catalogue.portfolio_margin.correlations]\nBTCETH = 0.5").contains("coin pairs"))
        #expect(Self.error("[catalogue.portfolio_margin.risk_matrix.BTC]\nextended_moves = [-1.5]").contains("above −1"))
        #expect(Self.error("[catalogue.portfolio_margin.risk_matrix.BTC]\nextended_moves = [\"x\"]")
            == "p.toml: catalogue.portfolio_margin.risk_matrix.BTC.extended_moves[0]: expected a number")
        #expect(Self.error("[catalogue.portfolio_margin]\nrisk_matrx = 1").contains("unknown key"))
        #expect(Self.error("[[catalogue.portfolio_margin.stress_tests]]\nname = \"x\"\nprice_move = -2").contains(
            "catalogue.portfolio_margin.stress_tests[0].price_move"))
        #expect(Self.error("[[catalogue.portfolio_margin.stress_tests]]\nprice_move = -0.2").contains("name: missing required key"))
        #expect(Self.error("[catalogue.portfolio_margin.liquidity.daily_volume_usd]\nBTC = -5").contains("must be > 0"))
    }

    @Test func bundledPortfolioMarginTextMatchesTheEngineDocumentation() throws {
        // The text parses on its own with no unknown keys (a broken bundled file would fail every run).
        _ = try PortfolioMarginFile.bundled()
    }
}

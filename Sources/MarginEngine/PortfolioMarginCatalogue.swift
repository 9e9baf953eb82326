/// Portfolio-margin data from the catalogue: risk-matrix parameters per currency, ES settings,
/// default vols and correlations, the dynamic scan range, liquidity and named stress tests.
///
/// MarginConfig parses a catalogue's `[portfolio_margin]` on top of the bundled one, so a parsed
/// value is always complete; `merged(with:)` therefore lets `other` win whole.
public struct PortfolioMarginCatalogue: Sendable, Equatable {
    /// Risk-matrix parameters by currency (`BTC`, `ETH`).
    public var riskMatrix: [String: RiskMatrixParameters]
    /// Parameters for currencies without their own entry (a documented assumption).
    public var defaultRiskMatrix: RiskMatrixParameters
    public var expectedShortfall: ExpectedShortfallSettings
    public var marketDefaults: MarketDefaults
    public var dynamicRange: DynamicRangeSettings
    /// How live sessions estimate vol from their own feed (`[portfolio_margin.live_volatility]`).
    public var liveVolatility: LiveVolatilitySettings
    public var liquidity: LiquiditySettings
    /// Named stress tests, in catalogue order.
    public var stressTests: [StressScenario]

    public init(riskMatrix: [String: RiskMatrixParameters] = ["BTC": RiskMatrixParameters()],
                defaultRiskMatrix: RiskMatrixParameters = RiskMatrixParameters(priceRange: 0.2),
                expectedShortfall: ExpectedShortfallSettings = ExpectedShortfallSettings(),
                marketDefaults: MarketDefaults = MarketDefaults(), dynamicRange: DynamicRangeSettings = DynamicRangeSettings(),
                liquidity: LiquiditySettings = LiquiditySettings(), stressTests: [StressScenario] = [],
                liveVolatility: LiveVolatilitySettings = LiveVolatilitySettings()) {
        self.liveVolatility = liveVolatility
        self.riskMatrix = riskMatrix
        self.defaultRiskMatrix = defaultRiskMatrix
        self.expectedShortfall = expectedShortfall
        self.marketDefaults = marketDefaults
        self.dynamicRange = dynamicRange
        self.liquidity = liquidity
        self.stressTests = stressTests
    }

    /// Risk-matrix parameters for a currency.
    public func riskMatrixParameters(for currency: String) -> RiskMatrixParameters {
        riskMatrix[currency] ?? defaultRiskMatrix
    }

    /// The stress test with this name, if any.
    public func stressTest(named name: String) -> StressScenario? {
        stressTests.first { $0.name == name }
    }

    /// `other` (parsed on top of this data, see the type's doc) wins.
    public func merged(with other: PortfolioMarginCatalogue) -> PortfolioMarginCatalogue { other }
}

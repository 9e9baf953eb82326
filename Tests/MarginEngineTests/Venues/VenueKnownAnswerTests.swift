import Testing
@testable import MarginEngine

/// Known answers from each venue's own published rules, worked by hand here (no expected value is
/// taken from this code's output).
struct VenueKnownAnswerTests {
    /// dYdX v4 docs, "Liquidations" → "Isolated Liquidation Price"
    /// (https://docs.dydx.exchange/concepts/trading/liquidations): a trader deposits 1,000 USDC and
    /// shorts 3 ETH at 3,000 with MMF 5%: p' = (1000 − (−3 × 3000)) / (3 × 0.05 − (−3))
    /// = 10,000 / 3.15 = 3,174.6032.
    @Test func dydxIsolatedLiquidationPriceExample() throws {
        let price = try #require(DydxLiquidationPrice.isolated(equityUSD: 1_000, sizeCoin: -3, priceUSD: 3_000,
                                                               maintenanceMarginFraction: 0.05))
        #expect(abs(price - 3_174.6032) < 0.00005)
        #expect(abs(price - 10_000 / 3.15) < 1e-9)
    }

    /// The same example through the engine's one definition of a liquidation level (DESIGN §6): a
    /// dYdX account of 1,000 USDC short 3 ETH-USD at 3,000 reaches MM = 5% of notional at 3,174.6032.
    @Test func dydxExampleThroughTheSolver() throws {
        let catalogue = VenueTestSupport.catalogue(dydx: DydxMarketSchedule(initialMarginFraction: 0.1, maintenanceMarginFraction: 0.05))
        let account = Account(name: "dydx", collateral: [CollateralBalance(coin: "USDC", amount: 1_000)],
                              positions: [try VenueTestSupport.position("ETHUSDT", -3, at: 3_000)], venue: .dydx)
        let report = try VenueMargin.margin(account, on: .dydx, market: VenueTestSupport.market(), catalogue: catalogue)
        #expect(report.report.positions.first?.instrument == "ETH-USD")
        let level = try #require(report.report.liquidationLevels.first { $0.underlying == "ETH" })
        let up = try #require(level.upUSD)
        #expect(abs(up - 3_174.6032) < 0.0005)
        #expect(abs(report.report.maintenanceMarginUSD - 3 * 3_000 * 0.05) < 1e-9)
    }

    /// dYdX open-interest IMF scaling
    /// (https://help.dydx.trade/en/articles/228341-open-interest-initial-margin-fraction), by hand:
    /// base IMF 2%, caps 500M / 1B USDC, open notional 750M → scaling (750 − 500)/(1000 − 500) = 0.5,
    /// increase 0.5 × (1 − 0.02) = 0.49, effective IMF 0.51. A 2 BTC position at 100,000 (200,000
    /// notional) needs IM 102,000 and MM 200,000 × 1.2% = 2,400 (the MMF does not scale).
    @Test func dydxOpenInterestScalingByHand() {
        let market = DydxMarketSchedule(initialMarginFraction: 0.02, maintenanceMarginFraction: 0.012,
                                        openInterestLowerCapUSD: 500_000_000, openInterestUpperCapUSD: 1_000_000_000,
                                        openNotionalUSD: 750_000_000)
        #expect(abs(market.effectiveInitialMarginFraction - 0.51) < 1e-12)
        #expect(abs(market.initialMarginUSD(notionalUSD: 200_000) - 102_000) < 1e-6)
        #expect(abs(market.maintenanceMarginUSD(notionalUSD: 200_000) - 2_400) < 1e-9)
        var below = market
        below.openNotionalUSD = 100_000_000
        #expect(below.effectiveInitialMarginFraction == 0.02)
        var above = market
        above.openNotionalUSD = 2_000_000_000
        #expect(above.effectiveInitialMarginFraction == 1)
        let unscaled = DydxMarketSchedule(initialMarginFraction: 0.02, maintenanceMarginFraction: 0.012, openNotionalUSD: 9e9)
        #expect(unscaled.effectiveInitialMarginFraction == 0.02)
    }

    /// Hyperliquid docs, "Liquidations" (https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations):
    /// `liq_price = price − side × margin_available / position_size / (1 − l × side)`, l = 1 / maintenance
    /// leverage. Worked by hand: long 2 BTC at 100,000, max leverage 40× → maintenance leverage 80,
    /// l = 0.0125. MM = 200,000 / 80 = 2,500 = ½ × (200,000 / 40 = 5,000, the IM at max leverage).
    /// Account value 20,000 → margin_available = 17,500;
    /// liq = 100,000 − 17,500 / 2 / (1 − 0.0125) = 100,000 − 8,750 / 0.9875 = 91,139.24050632911.
    /// Short instead: liq = 100,000 + 8,750 / 1.0125 = 108,641.97530864197.
    @Test func hyperliquidLiquidationPriceByHand() throws {
        let long = try #require(HyperliquidLiquidationPrice.compute(priceUSD: 100_000, side: 1, marginAvailableUSD: 17_500,
                                                                    sizeCoin: 2, maintenanceLeverage: 80))
        #expect(abs(long - 91_139.24050632911) < 1e-6)
        let short = try #require(HyperliquidLiquidationPrice.compute(priceUSD: 100_000, side: -1, marginAvailableUSD: 17_500,
                                                                     sizeCoin: 2, maintenanceLeverage: 80))
        #expect(abs(short - 108_641.97530864197) < 1e-6)
        let tiers = VenueTestSupport.hyperliquidBTC
        #expect(abs(tiers.maintenanceMarginUSD(notionalUSD: 200_000) - 2_500) < 1e-9)
        #expect(abs(tiers.initialMarginUSD(notionalUSD: 200_000, leverage: 40) - 5_000) < 1e-9)
        #expect(abs(tiers.maintenanceMarginUSD(notionalUSD: 200_000) - 0.5 * tiers.initialMarginUSD(notionalUSD: 200_000, leverage: 40)) < 1e-9)
    }

    /// The hand-worked long through the engine: 20,000 USDC, long 2 BTC (BTCUSDT re-created as
    /// Hyperliquid's `BTC`) → the account's down level is the formula's 91,139.2405.
    @Test func hyperliquidCaseThroughTheSolver() throws {
        let account = Account(name: "hl", collateral: [CollateralBalance(coin: "USDC", amount: 20_000)],
                              positions: [try VenueTestSupport.position("BTCUSDT", 2, at: 100_000, leverage: 40)])
        let report = try VenueMargin.margin(account, on: .hyperliquid, market: VenueTestSupport.market(),
                                            catalogue: VenueTestSupport.catalogue())
        #expect(report.report.positions.first?.instrument == "BTC")
        #expect(abs(report.report.maintenanceMarginUSD - 2_500) < 1e-9)
        #expect(abs(report.report.initialMarginUSD - 5_000) < 1e-9)
        let down = try #require(report.report.liquidationLevels.first?.downUSD)
        #expect(abs(down - 91_139.24050632911) < 1e-5)
    }

    /// Hyperliquid margin tiers (https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers),
    /// BTC 40× to 150M then 20×: mmr 1.25% then 2.5%; deduction_1 = 150M × (2.5% − 1.25%) = 1,875,000.
    /// At 200M notional MM = 200M × 2.5% − 1,875,000 = 3,125,000; at 150M both tiers give 1,875,000.
    @Test func hyperliquidTierDeductionByHand() {
        let tiers = VenueTestSupport.hyperliquidBTC
        #expect(abs(tiers.maintenanceMarginUSD(notionalUSD: 200_000_000) - 3_125_000) < 1e-6)
        #expect(abs(tiers.maintenanceMarginUSD(notionalUSD: 150_000_000) - 1_875_000) < 1e-6)
        #expect(abs(tiers.brackets.brackets[1].maintenanceAmountUSD - 1_875_000) < 1e-6)
        #expect(tiers.maxLeverage(notionalUSD: 200_000_000) == 20)
        #expect(HyperliquidTierSchedule.maintenanceRate(maxLeverage: 20) == 0.025)
    }
}

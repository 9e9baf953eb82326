// Generated from Derive's published PM2 portfolio cases: github.com/derivexyz/v2-core,
// test/risk-managers/unit-tests/PMRM_2/portfolio_cases/*.json at commit
// 7736900d395703c4f675376caa4c315402943831 (the Solidity test TestPMRM_2_PortfolioCasesNEW.t.sol
// checks PMRMLib_2 against the same files). Inputs ("Scenario", "Parameters") and expected outputs
// ("Result": MM, IM, every scenario's PnL, ForwardContingency, OptionMTM, CollateralMTM, the
// contingencies) are the files' numbers, printed here in shortest round-trip form.
@testable import MarginEngine

/// Derive's own parameter set for these cases (the files' common "Parameters" block).
let fixtureParameters = DeriveMarginParameters(
    scenarios: [
        DeriveScenario(spotShock: 1.18, volShock: .up, dampening: 1.0),
        DeriveScenario(spotShock: 1.135, volShock: .down, dampening: 1.0),
        DeriveScenario(spotShock: 1.135, volShock: .none, dampening: 1.0),
        DeriveScenario(spotShock: 1.135, volShock: .up, dampening: 1.0),
        DeriveScenario(spotShock: 1.09, volShock: .down, dampening: 1.0),
        DeriveScenario(spotShock: 1.09, volShock: .none, dampening: 1.0),
        DeriveScenario(spotShock: 1.09, volShock: .up, dampening: 1.0),
        DeriveScenario(spotShock: 1.045, volShock: .down, dampening: 1.0),
        DeriveScenario(spotShock: 1.045, volShock: .none, dampening: 1.0),
        DeriveScenario(spotShock: 1.045, volShock: .up, dampening: 1.0),
        DeriveScenario(spotShock: 1.0, volShock: .down, dampening: 1.0),
        DeriveScenario(spotShock: 1.0, volShock: .none, dampening: 1.0),
        DeriveScenario(spotShock: 1.0, volShock: .up, dampening: 1.0),
        DeriveScenario(spotShock: 0.955, volShock: .down, dampening: 1.0),
        DeriveScenario(spotShock: 0.955, volShock: .none, dampening: 1.0),
        DeriveScenario(spotShock: 0.955, volShock: .up, dampening: 1.0),
        DeriveScenario(spotShock: 0.91, volShock: .down, dampening: 1.0),
        DeriveScenario(spotShock: 0.91, volShock: .none, dampening: 1.0),
        DeriveScenario(spotShock: 0.91, volShock: .up, dampening: 1.0),
        DeriveScenario(spotShock: 0.865, volShock: .down, dampening: 1.0),
        DeriveScenario(spotShock: 0.865, volShock: .none, dampening: 1.0),
        DeriveScenario(spotShock: 0.865, volShock: .up, dampening: 1.0),
        DeriveScenario(spotShock: 0.8200000000000001, volShock: .up, dampening: 1.0),
        DeriveScenario(spotShock: 0.33999999999999997, volShock: .up, dampening: 0.054545454545454536),
        DeriveScenario(spotShock: 0.6699999999999999, volShock: .up, dampening: 0.10909090909090907),
        DeriveScenario(spotShock: 1.5, volShock: .up, dampening: 0.072),
        DeriveScenario(spotShock: 2.0, volShock: .up, dampening: 0.036),
        DeriveScenario(spotShock: 3.0, volShock: .up, dampening: 0.018),
        DeriveScenario(spotShock: 4.0, volShock: .up, dampening: 0.011999999999999999),
        DeriveScenario(spotShock: 1.0, volShock: .linear, dampening: 1.0),
        DeriveScenario(spotShock: 1.0, volShock: .abs, dampening: 1.0),
    ],
    volShock: DeriveVolShockParameters(volRangeUp: 0.5, volRangeDown: 0.275, shortTermPower: 0.3, longTermPower: 0.13,
                                       dteFloorDays: 1.0, minVolUpShock: 0.45),
    margin: DeriveMarginFactors(imFactor: 1.0, mmFactor: 0.8, shortRateMultScale: 0.5, longRateMultScale: 1.0,
                                shortRateAddScale: 0.08, longRateAddScale: 0.08, shortBaseStaticDiscount: 1.04,
                                longBaseStaticDiscount: 0.95),
    basisContingency: DeriveBasisContingencyParameters(scenarioSpotUp: 1.045, scenarioSpotDown: 0.955, addFactor: 0.5, multFactor: 2.0),
    otherContingency: DeriveOtherContingencyParameters(pegLossThreshold: 0.98, pegLossFactor: 2.0, confidenceThreshold: 0.55,
                                                       confidenceMargin: 1.0, mmPerpPercent: 0.015, imPerpPercent: 0.005000000000000001,
                                                       mmOptionPercent: 0.003, imOptionPercent: 0.002),
    skewShock: DeriveSkewShockParameters(linearBaseCap: 0.15, absBaseCap: 0.15, linearCBase: -0.05, absCBase: -0.05, minKStar: 0.01,
                                         widthScale: 4.0, volParamStatic: 0.6, volParamScale: -0.1))


enum DerivePublishedCases {
    static let all: [DerivePublishedCase] = [case1(), case2(), case3(), case4(), case5(), case6(), case7(), case8(), case9(), case10(), case11(), case12(), case13(), case14(), case15(), case16(), case17(), case18(), case19(), case20(), case21(), case22(), case23(), case24(), case25(), case26(), case27(), case28(), case29(), case30(), case31(), case32(), case33(), case34(), case35(), case36(), case37(), case38(), case39(), case40(), case41(), case42(), case43(), case44(), case45(), case46(), case47(), case48(), case49(), case50(), case51(), case52(), case53(), case54(), case55(), case56(), case57(), case58(), case59(), case60(), case61(), case62(), case66(), case67(), case68(), case69(), case70(), case71(), case85(), case87(), case97(), case109(), case113(), case121()]

    /// `test_1_collateral_cash_only.json`
    static func case1() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 1000.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                ])
        return DerivePublishedCase(name: "test_1_collateral_cash_only", portfolio: portfolio, parameters: p,
                                   mm: 1000.0, im: 1000.0, markToMarket: 1000.0, optionValue: 0.0, collateralValue: 0.0,
                                   basisContingency: 0.0, mmContingencies: [0.0, 0.0, 0.0], imContingencies: [0.0, 0.0, 0.0, 0.0],
                                   scenarioPnLs: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    }
    /// `test_2_collateral_usdt_only.json`
    static func case2() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["USDT"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.030000000000000002, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                    DeriveCollateralHolding(asset: "USDT", amount: 1000.0, priceUSD: 0.99984231175, confidence: 1.0),
                ],
                expiries: [
                ])
        return DerivePublishedCase(name: "test_2_collateral_usdt_only", portfolio: portfolio, parameters: p,
                                   mm: 979.6584620869256, im: 949.6689173291627, markToMarket: 999.6514919254344, optionValue: 0.0, collateralValue: 999.6514919254344,
                                   basisContingency: 0.0, mmContingencies: [0.0, 0.0, 19.993029838508686], imContingencies: [0.0, 0.0, 29.98954475776303, 0.0],
                                   scenarioPnLs: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    }
    /// `test_3_collateral_multiple_stables.json`
    static func case3() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["USDT"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.030000000000000002, riskCancellingMarkets: [])
        p.collaterals["SUSDE"] = DeriveCollateralParameters(mmHaircut: 0.25, imHaircut: 0.09999999999999998, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 400.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                    DeriveCollateralHolding(asset: "USDT", amount: 1000.0, priceUSD: 0.99984231175, confidence: 1.0),
                    DeriveCollateralHolding(asset: "SUSDE", amount: 10000.0, priceUSD: 1.1535919698481871, confidence: 1.0),
                ],
                expiries: [
                ])
        return DerivePublishedCase(name: "test_3_collateral_multiple_stables", portfolio: portfolio, parameters: p,
                                   mm: 10029.94701394022, im: 8846.585662268684, markToMarket: 12933.36956106316, optionValue: 0.0, collateralValue: 12533.36956106316,
                                   basisContingency: 0.0, mmContingencies: [0.0, 0.0, 2903.4225471229397], imContingencies: [0.0, 0.0, 1183.3613516715359, 0.0],
                                   scenarioPnLs: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    }
    /// `test_4_collateral_multiple_lrts.json`
    static func case4() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["RSWETH"] = DeriveCollateralParameters(mmHaircut: 0.03, imHaircut: 0.010000000000000002, riskCancellingMarkets: ["ETH"])
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.015, imHaircut: 0.005000000000000001, riskCancellingMarkets: ["ETH"])
        p.collaterals["BTC"] = DeriveCollateralParameters(mmHaircut: 0.25, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["CBBTC"] = DeriveCollateralParameters(mmHaircut: 0.35, imHaircut: 0.10000000000000003, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                    DeriveCollateralHolding(asset: "RSWETH", amount: 2.0, priceUSD: 2765.7082515126017, confidence: 1.0),
                    DeriveCollateralHolding(asset: "ETH", amount: 1.0, priceUSD: 2681.6029850999994, confidence: 1.0),
                    DeriveCollateralHolding(asset: "BTC", amount: 0.3, priceUSD: 95663.50604855, confidence: 1.0),
                    DeriveCollateralHolding(asset: "CBBTC", amount: 2.0, priceUSD: 95621.88912023272, confidence: 1.0),
                ],
                expiries: [
                ])
        return DerivePublishedCase(name: "test_4_collateral_multiple_lrts", portfolio: portfolio, parameters: p,
                                   mm: 152627.78829777747, im: 131708.06029199643, markToMarket: 228112.30601766985, optionValue: 0.0, collateralValue: 228112.30601766985,
                                   basisContingency: 0.0, mmContingencies: [0.0, 0.0, 74302.06862699377], imContingencies: [0.0, 0.0, 20624.11573255637, 0.0],
                                   scenarioPnLs: [1478.0613661232805, 1108.5460245924614, 1108.5460245924614, 1108.5460245924614, 739.0306830616414, 739.0306830616414, 739.0306830616414, 369.51534153082, 369.51534153082, 369.51534153082, 0.0, 0.0, 0.0, -369.5153415308205, -369.5153415308205, -369.5153415308205, -739.03068306164, -739.03068306164, -739.03068306164, -1108.5460245924614, -1108.5460245924614, -1108.5460245924614, -1478.0613661232805, -295.6122732246562, -295.6122732246563, 295.61227322465624, 295.61227322465624, 295.61227322465624, 295.61227322465624, 0.0, 0.0])
    }
    /// `test_5_collateral_general_multi_collat.json`
    static func case5() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["RSWETH"] = DeriveCollateralParameters(mmHaircut: 0.2, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.15, imHaircut: 0.05000000000000002, riskCancellingMarkets: [])
        p.collaterals["BTC"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.009999999999999998, riskCancellingMarkets: ["BTC"])
        p.collaterals["CBBTC"] = DeriveCollateralParameters(mmHaircut: 0.04, imHaircut: 0.015, riskCancellingMarkets: ["BTC"])
        p.collaterals["SDAI"] = DeriveCollateralParameters(mmHaircut: 0.12, imHaircut: 0.03, riskCancellingMarkets: [])
        p.collaterals["USDE"] = DeriveCollateralParameters(mmHaircut: 0.2, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["WEETH"] = DeriveCollateralParameters(mmHaircut: 0.25, imHaircut: 0.09999999999999998, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: -50000.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                    DeriveCollateralHolding(asset: "RSWETH", amount: 2.0, priceUSD: 2765.7082515126017, confidence: 1.0),
                    DeriveCollateralHolding(asset: "ETH", amount: 1.0, priceUSD: 2681.6029850999994, confidence: 1.0),
                    DeriveCollateralHolding(asset: "BTC", amount: 0.3, priceUSD: 95663.50604855, confidence: 1.0),
                    DeriveCollateralHolding(asset: "CBBTC", amount: 2.0, priceUSD: 95621.88912023272, confidence: 1.0),
                    DeriveCollateralHolding(asset: "SDAI", amount: 10000.0, priceUSD: 1.1470506863329273, confidence: 1.0),
                    DeriveCollateralHolding(asset: "USDE", amount: 2000.0, priceUSD: 0.9989126981137378, confidence: 1.0),
                    DeriveCollateralHolding(asset: "WEETH", amount: 10.0, priceUSD: 2840.575164415104, confidence: 1.0),
                ],
                expiries: [
                ])
        return DerivePublishedCase(name: "test_5_collateral_general_multi_collat", portfolio: portfolio, parameters: p,
                                   mm: 169706.50721754233, im: 154940.50415770418, markToMarket: 219978.39825584152, optionValue: 0.0, collateralValue: 269978.3982558415,
                                   basisContingency: 0.0, mmContingencies: [0.0, 0.0, 18606.16806465338], imContingencies: [0.0, 0.0, 6849.572316426704, 0.0],
                                   scenarioPnLs: [39582.15371705726, 29686.61528779298, 29686.61528779298, 29686.61528779298, 19791.076858528668, 19791.076858528668, 19791.076858528668, 9895.538429264314, 9895.538429264314, 9895.538429264314, 0.0, 0.0, 0.0, -9895.53842926432, -9895.53842926432, -9895.53842926432, -19791.07685852863, -19791.07685852863, -19791.07685852863, -29686.61528779298, -29686.61528779298, -29686.61528779298, -39582.15371705726, -7916.430743411458, -7916.430743411459, 7916.430743411457, 7916.430743411457, 7916.430743411457, 7916.430743411459, 0.0, 0.0])
    }
    /// `test_6_collateral_general_multi_collat_with_oracle_cont.json`
    static func case6() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["RSWETH"] = DeriveCollateralParameters(mmHaircut: 0.03, imHaircut: 0.010000000000000002, riskCancellingMarkets: ["ETH"])
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.015, imHaircut: 0.005000000000000001, riskCancellingMarkets: ["ETH"])
        p.collaterals["BTC"] = DeriveCollateralParameters(mmHaircut: 0.25, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["CBBTC"] = DeriveCollateralParameters(mmHaircut: 0.35, imHaircut: 0.10000000000000003, riskCancellingMarkets: [])
        p.collaterals["SDAI"] = DeriveCollateralParameters(mmHaircut: 0.12, imHaircut: 0.03, riskCancellingMarkets: [])
        p.collaterals["USDE"] = DeriveCollateralParameters(mmHaircut: 0.2, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["WEETH"] = DeriveCollateralParameters(mmHaircut: 0.05, imHaircut: 0.009999999999999995, riskCancellingMarkets: ["ETH"])
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: -3000.0, stablePriceUSD: 0.1, spotPriceUSD: 2000.0, spotConfidence: 0.12,
                collaterals: [
                    DeriveCollateralHolding(asset: "RSWETH", amount: 2.5, priceUSD: 10000.0, confidence: 0.2),
                    DeriveCollateralHolding(asset: "ETH", amount: 16.0, priceUSD: 2000.0, confidence: 0.12),
                    DeriveCollateralHolding(asset: "BTC", amount: 2.3, priceUSD: 75000.0, confidence: 0.4),
                    DeriveCollateralHolding(asset: "CBBTC", amount: 12.0, priceUSD: 120000.0, confidence: 0.253),
                    DeriveCollateralHolding(asset: "SDAI", amount: 23510.0, priceUSD: 1.1470506863329273, confidence: 1.0),
                    DeriveCollateralHolding(asset: "USDE", amount: 10000.0, priceUSD: 1.9, confidence: 0.01),
                    DeriveCollateralHolding(asset: "WEETH", amount: 4.0, priceUSD: 500.0, confidence: 0.2),
                ],
                expiries: [
                ])
        return DerivePublishedCase(name: "test_6_collateral_general_multi_collat_with_oracle_cont", portfolio: portfolio, parameters: p,
                                   mm: 11531801.022394048, im: -5359102.148490705, markToMarket: 17171671.616356872, optionValue: 0.0, collateralValue: 17174671.616356872,
                                   basisContingency: 0.0, mmContingencies: [0.0, 0.0, 5554910.593962824], imContingencies: [0.0, 0.0, 1548140.1484907074, 15134611.022394046],
                                   scenarioPnLs: [106200.0, 79650.0, 79650.0, 79650.0, 53100.0, 53100.0, 53100.0, 26550.0, 26550.0, 26550.0, 0.0, 0.0, 0.0, -26550.0, -26550.0, -26550.0, -53100.0, -53100.0, -53100.0, -79650.0, -79650.0, -79650.0, -106199.99999999997, -21239.999999999996, -21240.000000000004, 21240.0, 21240.0, 21240.0, 21239.999999999996, 0.0, 0.0])
    }
    /// `test_7_collateral_only_base_risk_cancelling.json`
    static func case7() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["RSWETH"] = DeriveCollateralParameters(mmHaircut: 0.2, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.015, imHaircut: 0.005000000000000001, riskCancellingMarkets: ["ETH"])
        p.collaterals["BTC"] = DeriveCollateralParameters(mmHaircut: 0.25, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["CBBTC"] = DeriveCollateralParameters(mmHaircut: 0.35, imHaircut: 0.10000000000000003, riskCancellingMarkets: [])
        p.collaterals["SDAI"] = DeriveCollateralParameters(mmHaircut: 0.12, imHaircut: 0.03, riskCancellingMarkets: [])
        p.collaterals["USDE"] = DeriveCollateralParameters(mmHaircut: 0.2, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["WEETH"] = DeriveCollateralParameters(mmHaircut: 0.25, imHaircut: 0.09999999999999998, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: -3000.0, stablePriceUSD: 1.0, spotPriceUSD: 1000.0, spotConfidence: 0.5,
                collaterals: [
                    DeriveCollateralHolding(asset: "RSWETH", amount: 2.5, priceUSD: 10000.0, confidence: 0.2),
                    DeriveCollateralHolding(asset: "ETH", amount: 1.0, priceUSD: 1000.0, confidence: 0.5),
                    DeriveCollateralHolding(asset: "BTC", amount: 2.3, priceUSD: 75000.0, confidence: 0.4),
                    DeriveCollateralHolding(asset: "CBBTC", amount: 12.0, priceUSD: 120000.0, confidence: 0.253),
                    DeriveCollateralHolding(asset: "SDAI", amount: 23510.0, priceUSD: 1.1470506863329273, confidence: 1.0),
                    DeriveCollateralHolding(asset: "USDE", amount: 10000.0, priceUSD: 1.9, confidence: 0.01),
                    DeriveCollateralHolding(asset: "WEETH", amount: 4.0, priceUSD: 500.0, confidence: 0.8),
                ],
                expiries: [
                ])
        return DerivePublishedCase(name: "test_7_collateral_only_base_risk_cancelling", portfolio: portfolio, parameters: p,
                                   mm: 1123647.1022394048, im: -265201.49342750944, markToMarket: 1683467.161635687, optionValue: 0.0, collateralValue: 1686467.161635687,
                                   basisContingency: 0.0, mmContingencies: [0.0, 0.0, 559676.0593962824], imContingencies: [0.0, 0.0, 155839.0148490707, 1232973.5808178436],
                                   scenarioPnLs: [180.0, 135.0, 135.0, 135.0, 90.0, 90.0, 90.0, 45.0, 45.0, 45.0, 0.0, 0.0, 0.0, -45.0, -45.0, -45.0, -90.0, -90.0, -90.0, -135.0, -135.0, -135.0, -179.9999999999999, -35.99999999999999, -36.00000000000001, 36.0, 36.0, 36.0, 35.99999999999999, 0.0, 0.0])
    }
    /// `test_8_collateral_only_base_risk_cancelling_2.json`
    static func case8() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.015, imHaircut: 0.005000000000000001, riskCancellingMarkets: ["ETH"])
        p.collaterals["RSWETH"] = DeriveCollateralParameters(mmHaircut: 0.2, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["CBBTC"] = DeriveCollateralParameters(mmHaircut: 0.35, imHaircut: 0.10000000000000003, riskCancellingMarkets: [])
        p.collaterals["LBTC"] = DeriveCollateralParameters(mmHaircut: 0.3, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 0.4, spotPriceUSD: 1000.0, spotConfidence: 0.5,
                collaterals: [
                    DeriveCollateralHolding(asset: "ETH", amount: 123.0, priceUSD: 1000.0, confidence: 0.5),
                    DeriveCollateralHolding(asset: "RSWETH", amount: 12.0, priceUSD: 1000.0, confidence: 0.2),
                    DeriveCollateralHolding(asset: "CBBTC", amount: 2.0, priceUSD: 120000.0, confidence: 0.253),
                    DeriveCollateralHolding(asset: "LBTC", amount: 4.0, priceUSD: 95569.65243595604, confidence: 1.0),
                ],
                expiries: [
                ])
        return DerivePublishedCase(name: "test_8_collateral_only_base_risk_cancelling_2", portfolio: portfolio, parameters: p,
                                   mm: 1341595.0670516924, im: 51698.478653934086, markToMarket: 1893196.5243595606, optionValue: 0.0, collateralValue: 1893196.5243595606,
                                   basisContingency: 0.0, mmContingencies: [0.0, 0.0, 507321.4573078681], imContingencies: [0.0, 0.0, 110822.32621797809, 1103798.2621797803],
                                   scenarioPnLs: [55350.0, 41512.5, 41512.5, 41512.5, 27675.0, 27675.0, 27675.0, 13837.5, 13837.5, 13837.5, 0.0, 0.0, 0.0, -13837.5, -13837.5, -13837.5, -27675.0, -27675.0, -27675.0, -41512.5, -41512.5, -41512.5, -55349.99999999996, -11069.999999999998, -11070.000000000002, 11070.0, 11070.0, 11070.0, 11069.999999999998, 0.0, 0.0])
    }
    /// `test_9_collateral_general_revert_to_2.json`
    static func case9() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.015, imHaircut: 0.005000000000000001, riskCancellingMarkets: ["ETH"])
        p.collaterals["RSWETH"] = DeriveCollateralParameters(mmHaircut: 0.2, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["BTC"] = DeriveCollateralParameters(mmHaircut: 0.25, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["CBBTC"] = DeriveCollateralParameters(mmHaircut: 0.35, imHaircut: 0.10000000000000003, riskCancellingMarkets: [])
        p.collaterals["SDAI"] = DeriveCollateralParameters(mmHaircut: 0.12, imHaircut: 0.03, riskCancellingMarkets: [])
        p.collaterals["USDE"] = DeriveCollateralParameters(mmHaircut: 0.2, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["WEETH"] = DeriveCollateralParameters(mmHaircut: 0.25, imHaircut: 0.09999999999999998, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: -3000.0, stablePriceUSD: 0.52, spotPriceUSD: 2300.0, spotConfidence: 0.5,
                collaterals: [
                    DeriveCollateralHolding(asset: "ETH", amount: 1.0, priceUSD: 2300.0, confidence: 0.5),
                    DeriveCollateralHolding(asset: "RSWETH", amount: 1.0, priceUSD: 1440.0, confidence: 0.2),
                    DeriveCollateralHolding(asset: "BTC", amount: 2.3, priceUSD: 90000.0, confidence: 0.4),
                    DeriveCollateralHolding(asset: "CBBTC", amount: 12.0, priceUSD: 120000.0, confidence: 0.253),
                    DeriveCollateralHolding(asset: "SDAI", amount: 23510.0, priceUSD: 1.1470506863329273, confidence: 1.0),
                    DeriveCollateralHolding(asset: "USDE", amount: 10000.0, priceUSD: 1.9, confidence: 0.01),
                    DeriveCollateralHolding(asset: "WEETH", amount: 4.0, priceUSD: 400.0, confidence: 0.8),
                ],
                expiries: [
                ])
        return DerivePublishedCase(name: "test_9_collateral_general_revert_to_2", portfolio: portfolio, parameters: p,
                                   mm: 2178668.081229625, im: -498431.48736059526, markToMarket: 3262975.3108378598, optionValue: 0.0, collateralValue: 3265975.3108378598,
                                   basisContingency: 0.0, mmContingencies: [0.0, 0.0, 1083670.306531312], imContingencies: [0.0, 0.0, 300677.9131712902, 2375529.9631112376],
                                   scenarioPnLs: [796.1538461538461, 597.1153846153845, 597.1153846153845, 597.1153846153845, 398.07692307692304, 398.07692307692304, 398.07692307692304, 199.03846153846152, 199.03846153846152, 199.03846153846152, 0.0, 0.0, 0.0, -199.03846153846152, -199.03846153846152, -199.03846153846152, -398.07692307692304, -398.07692307692304, -398.07692307692304, -597.1153846153845, -597.1153846153845, -597.1153846153845, -796.1538461538456, -159.2307692307692, -159.23076923076925, 159.2307692307692, 159.2307692307692, 159.2307692307692, 159.2307692307692, 0.0, 0.0])
    }
    /// `test_10_collateral_negative_margin_from_collateral.json`
    static func case10() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["RSWETH"] = DeriveCollateralParameters(mmHaircut: 1.0, imHaircut: 0.0, riskCancellingMarkets: ["ETH"])
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                    DeriveCollateralHolding(asset: "RSWETH", amount: 1.0, priceUSD: 2765.7082515126017, confidence: 1.0),
                ],
                expiries: [
                ])
        return DerivePublishedCase(name: "test_10_collateral_negative_margin_from_collateral", portfolio: portfolio, parameters: p,
                                   mm: -398.1859799494805, im: -497.73247493685085, markToMarket: 2765.18041631584, optionValue: 0.0, collateralValue: 2765.18041631584,
                                   basisContingency: 0.0, mmContingencies: [0.0, 0.0, 2765.18041631584], imContingencies: [0.0, 0.0, 0.0, 0.0],
                                   scenarioPnLs: [497.7324749368508, 373.29935620263853, 373.29935620263853, 373.29935620263853, 248.86623746842585, 248.86623746842585, 248.86623746842585, 124.4331187342127, 124.4331187342127, 124.4331187342127, 0.0, 0.0, 0.0, -124.4331187342127, -124.4331187342127, -124.4331187342127, -248.8662374684254, -248.8662374684254, -248.8662374684254, -373.29935620263853, -373.29935620263853, -373.29935620263853, -497.7324749368508, -99.54649498737022, -99.54649498737025, 99.54649498737021, 99.54649498737022, 99.54649498737021, 99.54649498737021, 0.0, 0.0])
    }
    /// `test_11_collateral_usdc_depeg_only_cash.json`
    static func case11() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 1000.0, stablePriceUSD: 0.52, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                ])
        return DerivePublishedCase(name: "test_11_collateral_usdc_depeg_only_cash", portfolio: portfolio, parameters: p,
                                   mm: 1000.0, im: 1000.0, markToMarket: 1000.0, optionValue: 0.0, collateralValue: 0.0,
                                   basisContingency: 0.0, mmContingencies: [0.0, 0.0, 0.0], imContingencies: [0.0, 0.0, 0.0, 0.0],
                                   scenarioPnLs: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    }
    /// `test_12_risk_cancelling_naked_short_call.json`
    static func case12() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 95776.67392708939, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(100000.0, .call, -1.0, vol: 0.453803924321583, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_12_risk_cancelling_naked_short_call", portfolio: portfolio, parameters: p,
                                   mm: -11824.858703959073, im: -14604.048120144837, markToMarket: -1186.4185694587657, optionValue: -1186.4185694587657, collateralValue: 0.0,
                                   basisContingency: -947.2098049301085, mmContingencies: [0.0, 286.99051814565, 0.0], imContingencies: [0.0, 191.3270120971, 0.0, 0.0],
                                   scenarioPnLs: [-12939.312020443322, -7569.803983748366, -7978.264376240463, -9430.612502045187, -3595.6723399578477, -4456.996722229, -6342.011084605444, -605.2374602550913, -1731.9318780963579, -3778.9992791989853, 819.1394805367843, -4.493969118840596, -1808.9335527454962, 1154.1792481871703, 829.2143427075978, -433.8809709357622, 1185.4682924694566, 1113.6305416333328, 418.40872248807193, 1186.4112112582936, 1177.1817924102095, 875.9323666654998, 1082.6976941909627, 64.7137401522963, 129.384515024796, -3058.966961715574, -3253.2094618153274, -3350.5848578125697, -3383.043325666785, -43.43395259503018, -43.43395259503018])
    }
    /// `test_13_risk_cancelling_btc_covered_call.json`
    static func case13() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["BTC"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.009999999999999998, riskCancellingMarkets: ["BTC"])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                    DeriveCollateralHolding(asset: "BTC", amount: 1.0, priceUSD: 95663.50604855, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 95776.67392708939, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(100000.0, .call, -2.0, vol: 0.453803924321583, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_13_risk_cancelling_btc_covered_call", portfolio: portfolio, parameters: p,
                                   mm: 78744.92602874589, im: 74395.66964312586, markToMarket: 93272.41153721785, optionValue: -2372.8371389175313, collateralValue: 95645.24867613538,
                                   basisContingency: -1894.419609860217, mmContingencies: [0.0, 573.9810362913, 1912.9049735227075], imContingencies: [0.0, 382.6540241942, 956.4524867613538, 0.0],
                                   scenarioPnLs: [-8662.479279182287, -2227.499396218458, -3044.420181202653, -5949.116432812101, 1416.727700936497, -305.9210636058069, -4075.9497883586955, 3093.561269915899, 840.172434233366, -3253.962367971889, 1638.2789610735686, -8.987938237681192, -3617.8671054909923, -1995.6776940517557, -2645.6075050109007, -5171.798132297621, -6237.135795913265, -6380.811297585513, -7771.254935876034, -10539.286148761686, -10557.744986457854, -11160.243837947273, -15050.749373322431, -3313.8014720362803, -3184.4599222912816, -2674.704971090275, -3063.1899712897816, -3257.9407632842667, -3322.8576989926974, -86.86790519006036, -86.86790519006036])
    }
    /// `test_14_risk_cancelling_lrt_covered_call.json`
    static func case14() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["CBBTC"] = DeriveCollateralParameters(mmHaircut: 0.04, imHaircut: 0.015, riskCancellingMarkets: ["BTC"])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                    DeriveCollateralHolding(asset: "CBBTC", amount: 1.0, priceUSD: 95621.88912023272, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 95776.67392708939, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(100000.0, .call, -2.0, vol: 0.453803924321583, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_14_risk_cancelling_lrt_covered_call", portfolio: portfolio, parameters: p,
                                   mm: 76798.06812286761, im: 71972.70755213911, markToMarket: 93230.80255148797, optionValue: -2372.8371389175313, collateralValue: 95603.6396904055,
                                   basisContingency: -1894.419609860217, mmContingencies: [0.0, 573.9810362913, 3824.1455876162204], imContingencies: [0.0, 382.6540241942, 1434.0545953560827, 0.0],
                                   scenarioPnLs: [-8669.968896613664, -2233.116609291981, -3050.037394276176, -5954.733645885624, 1412.982892220809, -309.66587232149504, -4079.6945970743836, 3091.6888655580624, 838.3000298755292, -3255.8347723297256, 1638.2789610735686, -8.987938237681192, -3617.8671054909923, -1993.8052896939043, -2643.7351006530494, -5169.92572793977, -6233.390987197577, -6377.066488869825, -7767.510127160346, -10533.668935688163, -10552.12777338433, -11154.62662487375, -15043.259755891055, -3312.3035485500054, -3182.9619988050067, -2676.20289457655, -3064.6878947760574, -3259.4386867705416, -3324.3556224789722, -86.86790519006036, -86.86790519006036])
    }
    /// `test_15_risk_cancelling_eth_call_with_btc_collat.json`
    static func case15() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["LBTC"] = DeriveCollateralParameters(mmHaircut: 0.3, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                    DeriveCollateralHolding(asset: "LBTC", amount: 0.4, priceUSD: 95569.65243595604, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 2682.9997436016715, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(3200.0, .call, -4.0, vol: 0.7437518616241603, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_15_risk_cancelling_eth_call_with_btc_collat", portfolio: portfolio, parameters: p,
                                   mm: 25946.94743435489, im: 23830.914595927952, markToMarket: 38179.50324738048, optionValue: -41.06194281784988, collateralValue: 38220.56519019833,
                                   basisContingency: -28.541812239519565, mmContingencies: [0.0, 32.179235821199995, 11466.169557059498], imContingencies: [0.0, 21.452823880799997, 1911.028259509916, 0.0],
                                   scenarioPnLs: [-917.7587751811143, -88.99045425028166, -288.4042507774933, -685.3826272351233, -2.9612723338032936, -144.20013514959405, -490.26875808781233, 30.016562871495097, -52.20758237857362, -332.0941047288551, 39.124607569746544, -0.15553625653987524, -209.00899377766962, 40.83924552340173, 25.431856632683235, -117.68671575377275, 41.04633901599438, 36.10730480100871, -53.58472533150152, 41.0613294144322, 39.78842997599377, -11.40045015155178, 14.35014719312053, 2.23974233237505, 4.344696783224649, -247.8719757434758, -310.6279112087197, -348.38886750229796, -361.04320746754485, -13.269022468698019, -13.269022468698019])
    }
    /// `test_16_risk_cancelling_general_covered_call.json`
    static func case16() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["LBTC"] = DeriveCollateralParameters(mmHaircut: 0.03, imHaircut: 0.015, riskCancellingMarkets: ["BTC"])
        p.collaterals["BTC"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.009999999999999998, riskCancellingMarkets: ["BTC"])
        p.collaterals["CBBTC"] = DeriveCollateralParameters(mmHaircut: 0.04, imHaircut: 0.015, riskCancellingMarkets: ["BTC"])
        p.collaterals["USDT"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.030000000000000002, riskCancellingMarkets: [])
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.15, imHaircut: 0.05000000000000002, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: -320000.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                    DeriveCollateralHolding(asset: "LBTC", amount: 0.4, priceUSD: 95569.65243595604, confidence: 1.0),
                    DeriveCollateralHolding(asset: "BTC", amount: 2.0, priceUSD: 95663.50604855, confidence: 1.0),
                    DeriveCollateralHolding(asset: "CBBTC", amount: 0.8, priceUSD: 95621.88912023272, confidence: 1.0),
                    DeriveCollateralHolding(asset: "USDT", amount: 100000.0, priceUSD: 0.99984231175, confidence: 1.0),
                    DeriveCollateralHolding(asset: "ETH", amount: 5.0, priceUSD: 2681.6029850999994, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 96248.76561417685, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(120000.0, .call, -2.0, vol: 0.5654200442695773, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.29, rateConfidence: 1.0, options: [
                        option(100000.0, .put, -3.2, vol: 0.5543377511787965, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 11076452, forwardUSD: 98198.07812501276, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.27, rateConfidence: 1.0, options: [
                        option(105000.0, .put, -12.2, vol: 0.5435708270461805, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_16_risk_cancelling_general_covered_call", portfolio: portfolio, parameters: p,
                                   mm: -398180.9181436086, im: -470835.93122017954, markToMarket: -133052.46372094782, optionValue: -232417.04321521745, collateralValue: 419364.5794942696,
                                   basisContingency: -42111.41668820672, mmContingencies: [0.0, 4993.63501573431, 12041.864757735124], imContingencies: [0.0, 3329.09001048954, 7302.684403783491, 0.0],
                                   scenarioPnLs: [31032.558877656033, 147378.91901413875, 94827.37804472118, -1654.8658959448949, 110029.44490242537, 58067.974910130855, -36931.830422379106, 67863.89517043014, 17478.30872296478, -74946.011933898, 20782.944723816523, -27074.088735254736, -115832.13537304635, -31220.299105825412, -75665.92617480163, -159707.95115004893, -88058.74351434363, -128315.63984432616, -206670.33716516366, -149541.27935374863, -184981.38914561603, -256791.6289225699, -310116.1933114891, -57607.41729090293, -55734.73628629177, 14599.598999778005, 12461.353822790914, 8982.198660468122, 7423.022153023835, -28334.182576141648, -28361.760928414566])
    }
    /// `test_17_risk_cancelling_revert_risk_cancelling_to_2.json`
    static func case17() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["LBTC"] = DeriveCollateralParameters(mmHaircut: 0.3, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["BTC"] = DeriveCollateralParameters(mmHaircut: 0.015, imHaircut: 0.005000000000000001, riskCancellingMarkets: ["BTC"])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                    DeriveCollateralHolding(asset: "LBTC", amount: 0.4, priceUSD: 95569.65243595604, confidence: 1.0),
                    DeriveCollateralHolding(asset: "BTC", amount: 0.0, priceUSD: 95663.50604855, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 96248.76561417685, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(120000.0, .call, -1.0, vol: 0.5654200442695773, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_17_risk_cancelling_revert_risk_cancelling_to_2", portfolio: portfolio, parameters: p,
                                   mm: 18657.715415432092, im: 14856.833478339155, markToMarket: 37204.98215258093, optionValue: -1015.583037617401, collateralValue: 38220.56519019833,
                                   basisContingency: -468.8751487847272, mmContingencies: [0.0, 286.99051814565, 11466.169557059498], imContingencies: [0.0, 191.3270120971, 1911.028259509916, 0.0],
                                   scenarioPnLs: [-8492.633327429608, -1107.6767219425676, -2935.8709663257287, -6573.124490243715, -181.266035149682, -1660.2765562219872, -4902.647167545682, 402.84737240198524, -702.5548854322267, -3480.2820153873145, 735.1041785301252, -21.97034211883397, -2299.1843933964374, 902.84300509022, 431.85255860575876, -1346.340877244622, 976.6150315159769, 712.9914630131445, -602.8059008401492, 1004.2812283576318, 872.929578944507, -44.49676037500717, 356.44503502969224, 55.395327172832346, 101.83467068520835, -2049.7851228808904, -2596.2594514758403, -3019.2785562210443, -3167.7547572693693, -175.2795515199657, -175.2795515199657])
    }
    /// `test_18_structures_OTM_call_spread.json`
    static func case18() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 2682.9997436016715, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(4000.0, .call, -1.0, vol: 0.8795543651099665, confidence: 0.95),
                        option(4200.0, .call, 1.0, vol: 0.8833255402190362, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_18_structures_OTM_call_spread", portfolio: portfolio, parameters: p,
                                   mm: -25.96404757080802, im: -35.75844560967082, markToMarket: -0.1944703408568294, optionValue: -0.1944703408568294, collateralValue: 0.0,
                                   basisContingency: -0.18719471531829726, mmContingencies: [0.0, 8.044808955299999, 0.0], imContingencies: [0.0, 5.363205970199999, 0.0, 0.0],
                                   scenarioPnLs: [-22.15596034331399, 0.14799277465746058, -2.6120058781346343, -16.58685148965081, 0.18730085314985062, -1.103923235143908, -11.971969456775335, 0.19365437637476168, -0.34212587627582497, -8.285380685592353, 0.1944044640357092, -0.000736623421816185, -5.45876099468361, 0.19446673575604176, 0.13301587382255636, -3.3892241174493183, 0.19447021404312734, 0.1780570327153739, -1.9508952987247263, 0.19447033816317258, 0.19083719922811157, -1.0085936814330823, -0.4314485048002195, 0.01060747231014925, 0.017406868849158732, -5.945789781026996, -6.016806447312971, -3.582818984059084, -2.3975342156912465, -0.42564850725437114, -0.42564850725437114])
    }
    /// `test_19_structures_ITM_call_spread.json`
    static func case19() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 2682.9997436016715, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(2000.0, .call, -1.0, vol: 1.05566815917837, confidence: 0.95),
                        option(2200.0, .call, 1.0, vol: 0.8887739594928362, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_19_structures_ITM_call_spread", portfolio: portfolio, parameters: p,
                                   mm: -206.6664205061025, im: -213.40509129365722, markToMarket: -193.11975228138357, optionValue: -193.11975228138357, collateralValue: 0.0,
                                   basisContingency: -1.7869438296394384, mmContingencies: [0.0, 8.044808955299999, 0.0], imContingencies: [0.0, 5.363205970199999, 0.0, 0.0],
                                   scenarioPnLs: [-5.204154281045305, -6.877324086773655, -6.366562667344425, -3.494361917758823, -6.860091851604295, -5.614451058637428, -0.9076259176511883, -6.76116554737979, -3.9903785476845712, 2.8629262767072987, -6.28302689925232, -0.7315076022339895, 8.175988481389936, -4.371965033095307, 5.324443712965291, 15.420910470381244, 1.806240198528144, 15.681359911540937, 24.9760600623556, 17.55071881259181, 31.840447018149177, 37.14234850565839, 52.05242108022847, 10.514581622012669, 12.753396454907307, -0.5337750706974821, -0.24938979390317853, -0.1238467527283256, -0.08256297876347753, -1.1928907088080223, -0.972480102333634])
    }
    /// `test_20_structures_basic_put.json`
    static func case20() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 1399652, forwardUSD: 95923.63240250274, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.16999999999999998, rateConfidence: 1.0, options: [
                        option(100000.0, .put, -1.0, vol: 0.4547630768795904, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_20_structures_basic_put", portfolio: portfolio, parameters: p,
                                   mm: -18851.840811908318, im: -22163.82044010292, markToMarket: -6082.239829372652, optionValue: -6082.239829372652, collateralValue: 0.0,
                                   basisContingency: -1846.4472670152672, mmContingencies: [0.0, 286.99051814565, 0.0], imContingencies: [0.0, 191.3270120971, 0.0, 0.0],
                                   scenarioPnLs: [4149.079300489007, 5794.298187426635, 5055.529093506988, 3178.991565827114, 5138.021746380758, 4038.130412758467, 1844.7501090863007, 3640.314196500877, 2375.912634367088, 79.05361143118535, 1029.2297127522806, -46.06439188901186, -2165.0536068964348, -2552.2631474094496, -3205.9506007049886, -4901.205948812088, -6663.868886009578, -6941.868513065846, -8101.910530082517, -10946.858835993997, -11028.791215410212, -11700.363319387223, -15603.263080487519, -3343.8395538423583, -3235.201462702646, 434.0018981390001, 218.95885408043682, 109.48031692852457, 72.98687795247181, -86.58914724123224, -86.58914724123224])
    }
    /// `test_21_structures_long_fly.json`
    static func case21() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 1399652, forwardUSD: 95923.63240250274, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.16999999999999998, rateConfidence: 1.0, options: [
                        option(130000.0, .call, 1.0, vol: 0.6229030840863986, confidence: 0.95),
                        option(135000.0, .call, -2.0, vol: 0.6501102038102702, confidence: 0.95),
                        option(140000.0, .call, 1.0, vol: 0.6757824627327845, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_21_structures_long_fly", portfolio: portfolio, parameters: p,
                                   mm: -572.4161943757867, im: -956.6349558230115, markToMarket: 7.823790927612595, optionValue: 7.823790927612595, collateralValue: 0.0,
                                   basisContingency: -3.0590739408721923, mmContingencies: [0.0, 573.9810362913, 0.0], imContingencies: [0.0, 382.6540241942, 0.0, 0.0],
                                   scenarioPnLs: [121.50507881966057, 18.696632723857793, 68.85444705502026, 88.8628285432931, -0.3008134819740027, 32.35387703282615, 60.72309903322544, -6.1961814470028225, 10.67241614600454, 37.91412079063447, -7.564633329093995, -0.473203386365042, 20.63410528829115, -7.794671865226167, -5.354695038665246, 8.495459849927887, -7.821594777040102, -7.1405794017175435, 0.671454425885198, -7.8236862651240555, -7.672983867428843, -3.8918207707688275, -6.254686435787477, -0.42675223058186185, -0.8532133435876571, 24.207855666058446, 6.700924618008238, -0.06695816455508433, -0.09348351717806075, -0.7044487052236938, -0.7044487052236938])
    }
    /// `test_22_structures_long_box.json`
    static func case22() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.1, rateConfidence: 1.0, options: [
                        option(100000.0, .call, 1.0, vol: 0.5543377511787965, confidence: 0.95),
                        option(110000.0, .call, -1.0, vol: 0.5592157396329432, confidence: 0.95),
                        option(100000.0, .put, -1.0, vol: 0.5543377511787965, confidence: 0.95),
                        option(110000.0, .put, 1.0, vol: 0.5592157396329432, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_22_structures_long_box", portfolio: portfolio, parameters: p,
                                   mm: 8307.131140595613, im: 8029.6313880590305, markToMarket: 9417.130150741945, optionValue: 9417.130150741945, collateralValue: 0.0,
                                   basisContingency: 0.0, mmContingencies: [0.0, 0.0, 0.0], imContingencies: [0.0, 0.0, 0.0, 0.0],
                                   scenarioPnLs: [-1387.4987626829115, -1387.4987626829115, -1387.4987626829115, -1387.4987626829115, -1387.4987626829115, -1387.4987626829097, -1387.4987626829115, -1387.4987626829097, -1387.498762682908, -1387.498762682908, -1387.498762682908, -1387.4987626829115, -1387.498762682908, -1387.4987626829115, -1387.4987626829115, -1387.498762682908, -1387.4987626829115, -1387.4987626829115, -1387.4987626829115, -1387.4987626829115, -1387.4987626829115, -1387.4987626829143, -1387.498762682908, -75.68175069179496, -151.36350138358992, -99.89991091316936, -49.94995545658491, -24.97497772829224, -16.649985152194827, -1387.4987626829115, -1387.4987626829115])
    }
    /// `test_23_structures_short_box.json`
    static func case23() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.4, rateConfidence: 1.0, options: [
                        option(100000.0, .call, -1.0, vol: 0.5543377511787965, confidence: 0.95),
                        option(110000.0, .call, 1.0, vol: 0.5592157396329432, confidence: 0.95),
                        option(100000.0, .put, 1.0, vol: 0.5543377511787965, confidence: 0.95),
                        option(110000.0, .put, -1.0, vol: 0.5592157396329432, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_23_structures_short_box", portfolio: portfolio, parameters: p,
                                   mm: -9314.420325934587, im: -9676.886038210592, markToMarket: -7864.557476830561, optionValue: -7864.557476830561, collateralValue: 0.0,
                                   basisContingency: 0.0, mmContingencies: [0.0, 0.0, 0.0], imContingencies: [0.0, 0.0, 0.0, 0.0],
                                   scenarioPnLs: [-1812.3285613800217, -1812.3285613800235, -1812.3285613800235, -1812.3285613800253, -1812.3285613800253, -1812.3285613800253, -1812.3285613800253, -1812.3285613800235, -1812.3285613800217, -1812.3285613800217, -1812.3285613800235, -1812.3285613800235, -1812.3285613800217, -1812.3285613800217, -1812.3285613800235, -1812.3285613800308, -1812.3285613800253, -1812.3285613800217, -1812.3285613800217, -1812.328561380018, -1812.3285613800163, -1812.3285613800163, -1812.3285613800253, -98.85428516618349, -197.70857033236598, -130.48765641936183, -65.2438282096811, -32.62191410484022, -21.747942736560148, -1812.3285613800235, -1812.3285613800235])
    }
    /// `test_24_structures_short_box_capped.json`
    static func case24() -> DerivePublishedCase {
        var p = fixtureParameters
        p.margin.shortRateMultScale = 3.0
        p.margin.shortRateAddScale = 5.0
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.1, rateConfidence: 1.0, options: [
                        option(100000.0, .call, -1.0, vol: 0.5543377511787965, confidence: 0.95),
                        option(110000.0, .call, 1.0, vol: 0.5592157396329432, confidence: 0.95),
                        option(100000.0, .put, 1.0, vol: 0.5543377511787965, confidence: 0.95),
                        option(110000.0, .put, -1.0, vol: 0.5592157396329432, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_24_structures_short_box_capped", portfolio: portfolio, parameters: p,
                                   mm: -9883.426030148392, im: -10000.000000000004, markToMarket: -9417.130150741945, optionValue: -9417.130150741945, collateralValue: 0.0,
                                   basisContingency: -6.188544e-12, mmContingencies: [0.0, 0.0, 0.0], imContingencies: [0.0, 0.0, 0.0, 0.0],
                                   scenarioPnLs: [-582.8698492580534, -582.8698492580534, -582.8698492580534, -582.8698492580534, -582.8698492580534, -582.8698492580552, -582.8698492580534, -582.8698492580552, -582.8698492580588, -582.8698492580588, -582.8698492580588, -582.8698492580534, -582.8698492580588, -582.8698492580534, -582.8698492580534, -582.8698492580588, -582.8698492580534, -582.8698492580534, -582.8698492580534, -582.8698492580534, -582.8698492580534, -582.8698492580497, -582.8698492580588, -31.792900868621384, -63.58580173724277, -41.96662914658023, -20.98331457328979, -10.49165728664519, -6.994438191096792, -582.8698492580534, -582.8698492580534])
    }
    /// `test_25_structures_risk_reversal_dn.json`
    static func case25() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.0, spotConfidence: 1.0,
                perp: DerivePerpHolding(size: -0.354, markPriceUSD: 2681.0, confidence: 1.0, unrealisedPnLUSD: -0.0, unrealisedFundingUSD: -0.0),
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 1399652, forwardUSD: 2687.1439750528034, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.16999999999999998, rateConfidence: 1.0, options: [
                        option(3100.0, .call, 1.0, vol: 0.6826604391503175, confidence: 0.95),
                        option(2375.0, .put, -1.0, vol: 0.689188821287917, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_25_structures_risk_reversal_dn", portfolio: portfolio, parameters: p,
                                   mm: -118.85126564539434, im: -151.7861049071551, markToMarket: -5.262278598351152, optionValue: -5.262278598351152, collateralValue: 0.0,
                                   basisContingency: -25.70640813637827, mmContingencies: [14.236109999999998, 8.043000000000001, 0.0], imContingencies: [4.745370000000003, 5.362, 0.0, 0.0],
                                   scenarioPnLs: [106.37392100266686, -34.99198301499939, 12.909286422172329, 75.49358705242551, -35.114828436687304, 1.7540070208166867, 48.55022044071015, -20.574658315293014, -1.3304572723902908, 24.811996816453757, 1.802381986106699, -0.03985434155571799, 3.026986266491662, 21.544376244962933, -1.3237498436907273, -22.569204817804945, 28.86521336455278, -8.288275057742169, -49.31858426501299, 14.912677911842763, -26.145324689071913, -79.2088931562349, -114.13734630880396, -45.257532124014816, -30.745506839645294, 31.95748662273023, 42.45371394302153, 49.20177369578891, 51.47994907082561, -7.5361040053945025, -0.5264444585226524])
    }
    /// `test_26_structures_vega_neutral_fly.json`
    static func case26() -> DerivePublishedCase {
        var p = fixtureParameters
        p.margin.longBaseStaticDiscount = 1.0
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 1399652, forwardUSD: 2687.7468750528033, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.0, rateConfidence: 1.0, options: [
                        option(2700.0, .call, 0.664453, vol: 0.6398630842802469, confidence: 0.95),
                        option(2700.0, .put, 0.664453, vol: 0.6398630842802469, confidence: 0.95),
                        option(3100.0, .call, -1.0, vol: 0.6825566477354112, confidence: 0.95),
                        option(2375.0, .put, -1.0, vol: 0.6893699644105598, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_26_structures_vega_neutral_fly", portfolio: portfolio, parameters: p,
                                   mm: 60.52985764119019, im: 39.634540994082215, markToMarket: 117.29509522962206, optionValue: 117.29509522962206, collateralValue: 0.0,
                                   basisContingency: -0.6968482542778552, mmContingencies: [0.0, 16.089617399999998, 0.0], imContingencies: [0.0, 10.726411600000002, 0.0, 0.0],
                                   scenarioPnLs: [-50.84452523553985, 33.72059190291495, 6.8524589727770575, -40.93788944373536, 17.05457328176402, 5.5116472455963645, -33.96798383695749, -0.45482868429022005, 2.345107083119643, -29.768072603297355, -9.015432126441766, -0.415731108626602, -28.187209756987315, -3.9450620687114792, -1.5951116639204201, -29.16452431277645, 9.594860927507654, -1.9217312106095648, -32.803289874513624, 19.123013152241953, -4.095480210034168, -39.4184609769509, -49.52712313024007, -21.362141010112662, -12.622954011976358, -14.87195434079448, -22.230189449262998, -27.304533131241644, -29.02535766743736, -0.8172120946941845, -7.973751051394885])
    }
    /// `test_27_structures_revert_20_short_box.json`
    static func case27() -> DerivePublishedCase {
        var p = fixtureParameters
        p.margin.longBaseStaticDiscount = 1.0
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.0, rateConfidence: 1.0, options: [
                        option(100000.0, .call, -1.0, vol: 0.5543377511787965, confidence: 0.95),
                        option(110000.0, .call, 1.0, vol: 0.5592157396329432, confidence: 0.95),
                        option(100000.0, .put, 1.0, vol: 0.5543377511787965, confidence: 0.95),
                        option(110000.0, .put, -1.0, vol: 0.5592157396329432, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_27_structures_revert_20_short_box", portfolio: portfolio, parameters: p,
                                   mm: -10000.000000000004, im: -10000.000000000004, markToMarket: -10000.0, optionValue: -10000.0, collateralValue: 0.0,
                                   basisContingency: 0.0, mmContingencies: [0.0, 0.0, 0.0], imContingencies: [0.0, 0.0, 0.0, 0.0],
                                   scenarioPnLs: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -3.637979e-12, 0.0, 0.0, 0.0, 3.637979e-12, -7.93741e-13, 7.93741e-13, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    }
    /// `test_28_structures_marking_up.json`
    static func case28() -> DerivePublishedCase {
        var p = fixtureParameters
        p.margin.longBaseStaticDiscount = 1.0
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 3.0, rateConfidence: 1.0, options: [
                        option(100000.0, .call, -1.0, vol: 0.5543377511787965, confidence: 0.95),
                        option(110000.0, .call, 1.0, vol: 0.5592157396329432, confidence: 0.95),
                        option(100000.0, .put, 1.0, vol: 0.5543377511787965, confidence: 0.95),
                        option(110000.0, .put, -1.0, vol: 0.5592157396329432, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_28_structures_marking_up", portfolio: portfolio, parameters: p,
                                   mm: -3876.2869517372537, im: -4432.789122657428, markToMarket: -1650.2782680565551, optionValue: -1650.2782680565551, collateralValue: 0.0,
                                   basisContingency: -1.547136e-12, mmContingencies: [0.0, 0.0, 0.0], imContingencies: [0.0, 0.0, 0.0, 0.0],
                                   scenarioPnLs: [-2782.5108546008714, -2782.5108546008705, -2782.5108546008705, -2782.5108546008705, -2782.5108546008714, -2782.5108546008705, -2782.5108546008705, -2782.5108546008714, -2782.5108546008705, -2782.5108546008705, -2782.5108546008705, -2782.5108546008705, -2782.5108546008705, -2782.5108546008714, -2782.5108546008732, -2782.5108546008705, -2782.5108546008714, -2782.5108546008705, -2782.5108546008696, -2782.5108546008705, -2782.5108546008714, -2782.5108546008705, -2782.5108546008705, -151.7733193418658, -303.54663868373126, -200.34078153126265, -100.17039076563124, -50.08519538281562, -33.39013025521053, -2782.5108546008714, -2782.5108546008714])
    }
    /// `test_29_perps_basic_perp.json`
    static func case29() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 3000.0, spotConfidence: 1.0,
                perp: DerivePerpHolding(size: 1.0, markPriceUSD: 3100.0, confidence: 1.0, unrealisedPnLUSD: 0.0, unrealisedFundingUSD: 10.0),
                collaterals: [
                ],
                expiries: [
                ])
        return DerivePublishedCase(name: "test_29_perps_basic_perp", portfolio: portfolio, parameters: p,
                                   mm: -481.39999999999964, im: -607.9999999999995, markToMarket: 10.0, optionValue: 0.0, collateralValue: 0.0,
                                   basisContingency: 0.0, mmContingencies: [45.0, 0.0, 0.0], imContingencies: [15.0, 0.0, 0.0, 0.0],
                                   scenarioPnLs: [558.0000000000005, 418.50000000000045, 418.50000000000045, 418.50000000000045, 279.0000000000009, 279.0000000000009, 279.0000000000009, 139.50000000000045, 139.50000000000045, 139.50000000000045, 4.54747e-13, 4.54747e-13, 4.54747e-13, -139.49999999999955, -139.49999999999955, -139.49999999999955, -278.99999999999955, -278.99999999999955, -278.99999999999955, -418.49999999999955, -418.49999999999955, -418.49999999999955, -557.9999999999995, -111.59999999999998, -111.59999999999998, 111.60000000000005, 111.60000000000002, 111.60000000000002, 111.60000000000001, 0.0, 0.0])
    }
    /// `test_30_perps_basic_perp_low_confidence.json`
    static func case30() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 3000.0, spotConfidence: 0.2,
                perp: DerivePerpHolding(size: 1.0, markPriceUSD: 2500.0, confidence: 0.1, unrealisedPnLUSD: -600.0, unrealisedFundingUSD: -10.0),
                collaterals: [
                ],
                expiries: [
                ])
        return DerivePublishedCase(name: "test_30_perps_basic_perp_low_confidence", portfolio: portfolio, parameters: p,
                                   mm: -1015.0, im: -3820.0, markToMarket: -610.0, optionValue: 0.0, collateralValue: 0.0,
                                   basisContingency: 0.0, mmContingencies: [45.0, 0.0, 0.0], imContingencies: [15.0, 0.0, 0.0, 2700.0],
                                   scenarioPnLs: [450.0, 337.5, 337.5, 337.5, 225.00000000000045, 225.00000000000045, 225.00000000000045, 112.5, 112.5, 112.5, 0.0, 0.0, 0.0, -112.5, -112.5, -112.5, -225.0, -225.0, -225.0, -337.5, -337.5, -337.5, -450.0, -89.99999999999999, -90.00000000000001, 90.0, 90.0, 90.0, 89.99999999999999, 0.0, 0.0])
    }
    /// `test_31_perps_basic_perp_low_confidence_2.json`
    static func case31() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 3000.0, spotConfidence: 0.2,
                perp: DerivePerpHolding(size: -1.0, markPriceUSD: 4000.0, confidence: 0.1, unrealisedPnLUSD: -900.0, unrealisedFundingUSD: 0.0),
                collaterals: [
                ],
                expiries: [
                ])
        return DerivePublishedCase(name: "test_31_perps_basic_perp_low_confidence_2", portfolio: portfolio, parameters: p,
                                   mm: -1521.0, im: -4380.0, markToMarket: -900.0, optionValue: 0.0, collateralValue: 0.0,
                                   basisContingency: 0.0, mmContingencies: [45.0, 0.0, 0.0], imContingencies: [15.0, 0.0, 0.0, 2700.0],
                                   scenarioPnLs: [-720.0, -540.0, -540.0, -540.0, -360.0, -360.0, -360.0, -180.0, -180.0, -180.0, 0.0, 0.0, 0.0, 180.0, 180.0, 180.0, 360.0, 360.0, 360.0, 540.0, 540.0, 540.0, 720.0, 143.99999999999997, 144.00000000000003, -144.0, -144.0, -144.0, -143.99999999999997, 0.0, 0.0])
    }
    /// `test_32_perps_perp_hedging.json`
    static func case32() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["LBTC"] = DeriveCollateralParameters(mmHaircut: 0.03, imHaircut: 0.015, riskCancellingMarkets: ["BTC"])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 100000.0, spotConfidence: 0.2,
                perp: DerivePerpHolding(size: -1.0, markPriceUSD: 100000.0, confidence: 0.1, unrealisedPnLUSD: -0.0, unrealisedFundingUSD: 0.0),
                collaterals: [
                    DeriveCollateralHolding(asset: "LBTC", amount: 1.0, priceUSD: 100000.0, confidence: 1.0),
                ],
                expiries: [
                ])
        return DerivePublishedCase(name: "test_32_perps_perp_hedging", portfolio: portfolio, parameters: p,
                                   mm: 95478.73931898379, im: -76506.39347229843, markToMarket: 99980.91500806445, optionValue: 0.0, collateralValue: 99980.91500806445,
                                   basisContingency: 0.0, mmContingencies: [1500.0, 0.0, 2999.4274502419335], imContingencies: [500.0, 0.0, 1499.7137251209665, 169984.73200645158],
                                   scenarioPnLs: [-3.4352985484001692, -2.576473911298308, -2.576473911298308, -2.576473911298308, -1.7176492742000846, -1.7176492742000846, -1.7176492742000846, -0.8588246371000423, -0.8588246371000423, -0.8588246371000423, 0.0, 0.0, 0.0, 0.8588246371000423, 0.8588246371000423, 0.8588246371000423, 1.7176492742000846, 1.7176492742000846, 1.7176492742000846, 2.576473911298308, 2.576473911298308, 2.576473911298308, 3.4352985484001692, 0.6870597096795046, 0.6870597096795046, -0.6870597096799174, -0.6870597096799174, -0.6870597096799174, -0.6870597096795681, 0.0, 0.0])
    }
    /// `test_33_perps_general_perp_hedging.json`
    static func case33() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["BTC"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.009999999999999998, riskCancellingMarkets: ["ETH"])
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 3000.0, spotConfidence: 0.2,
                perp: DerivePerpHolding(size: -1.0, markPriceUSD: 100000.0, confidence: 0.1, unrealisedPnLUSD: -0.0, unrealisedFundingUSD: 0.0),
                collaterals: [
                    DeriveCollateralHolding(asset: "BTC", amount: 1.0, priceUSD: 3000.0, confidence: 0.2),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 3113.1678785393888, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(100000.0, .put, 10.0, vol: 0.6701175743327585, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_33_perps_general_perp_hedging", portfolio: portfolio, parameters: p,
                                   mm: 907071.7014477414, im: 859668.4190349346, markToMarket: 968211.6747091892, optionValue: 965212.2472589472, collateralValue: 2999.4274502419335,
                                   basisContingency: -768.172566799388, mmContingencies: [45.0, 0.0, 59.988549004838674], imContingencies: [15.0, 0.0, 29.99427450241933, 32099.541960193546],
                                   scenarioPnLs: [-76293.7308905537, -70610.51183124242, -70610.51183124242, -70610.51183124242, -64927.29277193113, -64927.29277193113, -64927.29277193113, -59244.07371261994, -59244.07371261994, -59244.07371261994, -53560.8546533084, -53560.8546533084, -53560.8546533084, -47877.63559399711, -47877.63559399711, -47877.63559399711, -42194.41653468582, -42194.41653468582, -42194.41653468582, -36511.19747537452, -36511.19747537452, -36511.19747537452, -30827.978416063233, 1625.0740845413081, -1296.4270783664156, -8402.95678248726, -6474.766014968149, -5510.670631208596, -5189.305503288744, -53560.8546533084, -53560.8546533084])
    }
    /// `test_34_tails_basic_tail_test.json`
    static func case34() -> DerivePublishedCase {
        var p = fixtureParameters
        p.scenarios = [
            DeriveScenario(spotShock: 1.18, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.8200000000000001, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.33999999999999997, volShock: .up, dampening: 4.0),
            DeriveScenario(spotShock: 0.6699999999999999, volShock: .up, dampening: 2.0),
            DeriveScenario(spotShock: 1.5, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 2.0, volShock: .up, dampening: 0.0),
            DeriveScenario(spotShock: 3.0, volShock: .up, dampening: 5.0),
            DeriveScenario(spotShock: 1.0, volShock: .linear, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .abs, dampening: 1.0),
        ]
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 2682.9997436016715, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(4000.0, .call, -1.0, vol: 0.8795543651099665, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_34_tails_basic_tail_test", portfolio: portfolio, parameters: p,
                                   mm: -16205.887314324744, im: -20260.64050580988, markToMarket: -0.28256330968834237, optionValue: -0.28256330968834237, collateralValue: 0.0,
                                   basisContingency: -0.29054962061098516, mmContingencies: [0.0, 8.044808955299999, 0.0], imContingencies: [0.0, 5.363205970199999, 0.0, 0.0],
                                   scenarioPnLs: [-73.35683088251282, 0.23022450376527964, -4.396318929488246, -52.32981844383799, 0.27469537195913524, -1.7781150039061087, -36.03917065137885, 0.28168635987899826, -0.5309491421035302, -23.841561740331414, 0.28249368524632174, -0.00107030589418039, -15.0548325551906, 0.2825595498836645, 0.1967147769053021, -8.996792582736433, 0.2825631788111221, 0.260452783084791, -5.023433052723426, 0.2825633069309643, 0.2778301679227706, -2.5617891112694764, -1.1332067769611027, 1.1302531492003016, 0.42808714697599937, -394.0142281297793, -0.0, -20246.949927574693, -0.7481535587151595, -0.7481535587151595])
    }
    /// `test_35_tails_general_tail_test.json`
    static func case35() -> DerivePublishedCase {
        var p = fixtureParameters
        p.scenarios = [
            DeriveScenario(spotShock: 1.18, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.8200000000000001, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.33999999999999997, volShock: .up, dampening: 4.0),
            DeriveScenario(spotShock: 0.6699999999999999, volShock: .up, dampening: 2.0),
            DeriveScenario(spotShock: 1.5, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 2.0, volShock: .up, dampening: 0.0),
            DeriveScenario(spotShock: 3.0, volShock: .up, dampening: 5.0),
            DeriveScenario(spotShock: 1.0, volShock: .linear, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .abs, dampening: 1.0),
        ]
        p.collaterals["BTC"] = DeriveCollateralParameters(mmHaircut: 0.25, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.015, imHaircut: 0.005000000000000001, riskCancellingMarkets: ["ETH"])
        p.collaterals["RSWETH"] = DeriveCollateralParameters(mmHaircut: 0.03, imHaircut: 0.010000000000000002, riskCancellingMarkets: ["ETH"])
        p.collaterals["USDT"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.030000000000000002, riskCancellingMarkets: [])
        p.collaterals["SDAI"] = DeriveCollateralParameters(mmHaircut: 0.12, imHaircut: 0.03, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: -33000.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 1000.0, spotConfidence: 0.9,
                collaterals: [
                    DeriveCollateralHolding(asset: "BTC", amount: 0.46, priceUSD: 95663.50604855, confidence: 1.0),
                    DeriveCollateralHolding(asset: "ETH", amount: 10.12, priceUSD: 1000.0, confidence: 0.9),
                    DeriveCollateralHolding(asset: "RSWETH", amount: 2.31, priceUSD: 2765.7082515126017, confidence: 1.0),
                    DeriveCollateralHolding(asset: "USDT", amount: 12311.0, priceUSD: 0.99984231175, confidence: 1.0),
                    DeriveCollateralHolding(asset: "SDAI", amount: 12353.0, priceUSD: 1.1470506863329273, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 1014.178509176334, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(4000.0, .call, -109.0, vol: 0.9247166607631531, confidence: 0.95),
                        option(2000.0, .put, -4.0, vol: 0.872626818678352, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 1119.5818673976705, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.29, rateConfidence: 1.0, options: [
                        option(3500.0, .call, -2.0, vol: 0.8124384856010328, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_35_tails_general_tail_test", portfolio: portfolio, parameters: p,
                                   mm: -7152.948464247915, im: -21392.355000009404, markToMarket: 50084.38143602881, optionValue: -3891.5907096626106, collateralValue: 86975.97214569143,
                                   basisContingency: -135.05002064697902, mmContingencies: [0.0, 345.0, 13288.753365178707], imContingencies: [0.0, 230.0000000000001, 3108.5124019869927, 0.0],
                                   scenarioPnLs: [3192.939965333663, 2707.5121687509663, 2650.913369304374, 2342.5262233194735, 1786.1910725533899, 1740.0804263367022, 1481.2033230581471, 863.9997689031629, 826.6630613733562, 610.3048965230842, -58.87098711554511, -88.91596482658278, -268.94180901470673, -982.278782080754, -1006.2892537272912, -1155.417642528145, -1906.116302883502, -1925.144559897125, -2048.111863540592, -2830.3004992931847, -2845.222043017891, -2946.1210795063766, -3848.6468424965637, -54504.47066887251, -13762.884702732938, 8787.529947282881, 0.0, 38382.27675454457, -111.10376917305905, -111.10376917305905])
    }
    /// `test_36_tails_general_tail_test_2.json`
    static func case36() -> DerivePublishedCase {
        var p = fixtureParameters
        p.scenarios = [
            DeriveScenario(spotShock: 1.18, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.8200000000000001, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.33999999999999997, volShock: .up, dampening: 3.0),
            DeriveScenario(spotShock: 0.6699999999999999, volShock: .up, dampening: 1.5),
            DeriveScenario(spotShock: 1.5, volShock: .up, dampening: 5.0),
            DeriveScenario(spotShock: 2.0, volShock: .up, dampening: 0.1),
            DeriveScenario(spotShock: 3.0, volShock: .up, dampening: 2.3),
            DeriveScenario(spotShock: 1.0, volShock: .linear, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .abs, dampening: 1.0),
        ]
        p.collaterals["BTC"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.009999999999999998, riskCancellingMarkets: ["BTC"])
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.15, imHaircut: 0.05000000000000002, riskCancellingMarkets: [])
        p.collaterals["RSWETH"] = DeriveCollateralParameters(mmHaircut: 0.2, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["USDT"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.030000000000000002, riskCancellingMarkets: [])
        p.collaterals["DAI"] = DeriveCollateralParameters(mmHaircut: 0.08, imHaircut: 0.020000000000000004, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 10000.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                    DeriveCollateralHolding(asset: "BTC", amount: 2.86, priceUSD: 95663.50604855, confidence: 1.0),
                    DeriveCollateralHolding(asset: "ETH", amount: 3.72, priceUSD: 3110.0, confidence: 0.5),
                    DeriveCollateralHolding(asset: "RSWETH", amount: 7.9444, priceUSD: 2765.7082515126017, confidence: 1.0),
                    DeriveCollateralHolding(asset: "USDT", amount: 12000.0, priceUSD: 0.99984231175, confidence: 1.0),
                    DeriveCollateralHolding(asset: "DAI", amount: 120000.0, priceUSD: 1.0000421948282698, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 96248.76561417685, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(70000.0, .call, -24.0, vol: 0.6471940890501066, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 11076452, forwardUSD: 98198.07812501276, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.27, rateConfidence: 1.0, options: [
                        option(120000.0, .put, -14.0, vol: 0.5646450091750466, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.29, rateConfidence: 1.0, options: [
                        option(190000.0, .call, -43.0, vol: 0.6289064859688547, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_36_tails_general_tail_test_2", portfolio: portfolio, parameters: p,
                                   mm: -17976278.899254963, im: -22327723.787738446, markToMarket: -639625.8889244442, optionValue: -1088683.9697825133, collateralValue: 439058.0808580691,
                                   basisContingency: -158238.38616076758, mmContingencies: [0.0, 23246.23196979765, 21437.98607889784], imContingencies: [0.0, 15497.487979865102, 7171.706423609739, 5783.496009556497],
                                   scenarioPnLs: [-865708.095342395, -151321.00498037515, -328043.3671029428, -739365.8038553236, -73907.0465906008, -233176.24163504972, -620736.5330726249, -4343.071578214596, -146728.36020256742, -510377.22736996703, 57510.23351913355, -69124.52967879371, -408914.6538215612, 111617.24092279837, -953.7406513174956, -317049.92879320786, 157557.54503550954, 56975.17203364049, -235557.6732820187, 194269.24167926374, 103596.97338777254, -165276.05572727116, -107082.91717303738, -928626.7657545987, -16359.982367730052, -9747732.89363438, -411469.972917713, -21614960.99035228, -91176.02231821525, -96966.34310506462])
    }
    /// `test_37_tails_tails_revert_to_2.json`
    static func case37() -> DerivePublishedCase {
        var p = fixtureParameters
        p.scenarios = [
            DeriveScenario(spotShock: 1.18, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.8200000000000001, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.33999999999999997, volShock: .up, dampening: 0.0),
            DeriveScenario(spotShock: 0.6699999999999999, volShock: .up, dampening: 0.0),
            DeriveScenario(spotShock: 1.5, volShock: .up, dampening: 0.0),
            DeriveScenario(spotShock: 2.0, volShock: .up, dampening: 0.0),
            DeriveScenario(spotShock: 3.0, volShock: .up, dampening: 0.0),
            DeriveScenario(spotShock: 1.0, volShock: .linear, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .abs, dampening: 1.0),
        ]
        p.collaterals["BTC"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.009999999999999998, riskCancellingMarkets: ["BTC"])
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.15, imHaircut: 0.05000000000000002, riskCancellingMarkets: [])
        p.collaterals["RSWETH"] = DeriveCollateralParameters(mmHaircut: 0.2, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["USDT"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.030000000000000002, riskCancellingMarkets: [])
        p.collaterals["DAI"] = DeriveCollateralParameters(mmHaircut: 0.08, imHaircut: 0.020000000000000004, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 10000.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                    DeriveCollateralHolding(asset: "BTC", amount: 2.86, priceUSD: 95663.50604855, confidence: 1.0),
                    DeriveCollateralHolding(asset: "ETH", amount: 3.72, priceUSD: 3110.0, confidence: 0.5),
                    DeriveCollateralHolding(asset: "RSWETH", amount: 7.9444, priceUSD: 2765.7082515126017, confidence: 1.0),
                    DeriveCollateralHolding(asset: "USDT", amount: 12000.0, priceUSD: 0.99984231175, confidence: 1.0),
                    DeriveCollateralHolding(asset: "DAI", amount: 120000.0, priceUSD: 1.0000421948282698, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 96248.76561417685, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(70000.0, .call, -24.0, vol: 0.6471940890501066, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 11076452, forwardUSD: 98198.07812501276, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.27, rateConfidence: 1.0, options: [
                        option(120000.0, .put, -14.0, vol: 0.5646450091750466, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.29, rateConfidence: 1.0, options: [
                        option(190000.0, .call, -43.0, vol: 0.6289064859688547, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_37_tails_tails_revert_to_2", portfolio: portfolio, parameters: p,
                                   mm: -1376876.5832470558, im: -1578470.8927285662, markToMarket: -639625.8889244442, optionValue: -1088683.9697825133, collateralValue: 439058.0808580691,
                                   basisContingency: -158238.38616076758, mmContingencies: [0.0, 23246.23196979765, 21437.98607889784], imContingencies: [0.0, 15497.487979865102, 7171.706423609739, 5783.496009556497],
                                   scenarioPnLs: [-865708.095342395, -151321.00498037515, -328043.3671029428, -739365.8038553236, -73907.0465906008, -233176.24163504972, -620736.5330726249, -4343.071578214596, -146728.36020256742, -510377.22736996703, 57510.23351913355, -69124.52967879371, -408914.6538215612, 111617.24092279837, -953.7406513174956, -317049.92879320786, 157557.54503550954, 56975.17203364049, -235557.6732820187, 194269.24167926374, 103596.97338777254, -165276.05572727116, -107082.91717303738, -0.0, -0.0, -0.0, -0.0, -0.0, -91176.02231821525, -96966.34310506462])
    }
    /// `test_38_tails_super_otm.json`
    static func case38() -> DerivePublishedCase {
        var p = fixtureParameters
        p.scenarios = [
            DeriveScenario(spotShock: 1.18, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.8200000000000001, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.33999999999999997, volShock: .up, dampening: 4.0),
            DeriveScenario(spotShock: 0.6699999999999999, volShock: .up, dampening: 2.0),
            DeriveScenario(spotShock: 1.5, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 2.0, volShock: .up, dampening: 0.0),
            DeriveScenario(spotShock: 6.0, volShock: .up, dampening: 0.037037037037037035),
            DeriveScenario(spotShock: 1.0, volShock: .linear, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .abs, dampening: 1.0),
        ]
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 2682.9997436016715, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(5000.0, .call, -1.0, vol: 0.8833255402190362, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_38_tails_super_otm", portfolio: portfolio, parameters: p,
                                   mm: -336.8748627115811, im: -424.4454628676273, markToMarket: -0.00047701289617664, optionValue: -0.00047701289617664, collateralValue: 0.0,
                                   basisContingency: -0.000908052551085257, mmContingencies: [0.0, 8.044808955299999, 0.0], imContingencies: [0.0, 5.363205970199999, 0.0, 0.0],
                                   scenarioPnLs: [-10.435667282358105, 0.0004768497638145, -0.02718243686202126, -6.646485029625204, 0.000477005081436832, -0.00773142548524302, -4.062225929278193, 0.000477012634408253, -0.001657833205078527, -2.371008412935265, 0.000477012890304244, -1.806850701675e-06, -1.3142095156982236, 0.000477012896092715, 0.000386110487950628, -0.6872490354861044, 0.000477012896175919, 0.000462719915173329, -0.3364413912710109, 0.000477012896176636, 0.000475198624654514, -0.15273685734136322, -0.06352164814992099, 0.001908051389092364, -0.00219241398170447, -107.03053641554612, -0.0, -411.0369709292312, -0.006385577691344867, -0.006385577691344867])
    }
    /// `test_39_tails_slightly_otm_call.json`
    static func case39() -> DerivePublishedCase {
        var p = fixtureParameters
        p.scenarios = [
            DeriveScenario(spotShock: 1.18, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.8200000000000001, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.33999999999999997, volShock: .up, dampening: 4.0),
            DeriveScenario(spotShock: 0.6699999999999999, volShock: .up, dampening: 2.0),
            DeriveScenario(spotShock: 1.5, volShock: .up, dampening: 0.4),
            DeriveScenario(spotShock: 2.0, volShock: .up, dampening: 0.0),
            DeriveScenario(spotShock: 6.0, volShock: .up, dampening: 0.04),
            DeriveScenario(spotShock: 1.0, volShock: .linear, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .abs, dampening: 1.0),
        ]
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 2682.9997436016715, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(3000.0, .call, -1.0, vol: 0.7012711626352454, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_39_tails_slightly_otm_call", portfolio: portfolio, parameters: p,
                                   mm: -452.3851676005943, im: -562.3240603721557, markToMarket: -26.037611439848295, optionValue: -26.037611439848295, collateralValue: 0.0,
                                   basisContingency: -15.134412012620253, mmContingencies: [0.0, 8.044808955299999, 0.0], imContingencies: [0.0, 5.363205970199999, 0.0, 0.0],
                                   scenarioPnLs: [-300.3569496929551, -80.15063962994525, -131.95383853108245, -226.8667392463248, -21.77654169817904, -71.12914856446348, -163.2125396538683, 9.67671753670945, -27.699435563961888, -109.94004557927636, 22.07576941480048, -0.09862642473003902, -67.13954176283453, 25.409178111170224, 15.139872835990449, -34.373158117211716, 25.977614432484806, 22.25495166495914, -10.675848579993758, 26.034475129905793, 24.981140182614613, 5.353180354086049, 15.375167074132522, 104.15044571815973, 51.095382914768955, -406.43717344905286, -0.0, -522.8784340068074, -3.4201935571515207, -3.4201935571515207])
    }
    /// `test_40_tails_atm_tail_call_no_effect.json`
    static func case40() -> DerivePublishedCase {
        var p = fixtureParameters
        p.scenarios = [
            DeriveScenario(spotShock: 1.18, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.8200000000000001, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.33999999999999997, volShock: .up, dampening: 4.0),
            DeriveScenario(spotShock: 0.6699999999999999, volShock: .up, dampening: 2.0),
            DeriveScenario(spotShock: 1.5, volShock: .up, dampening: 0.36),
            DeriveScenario(spotShock: 2.0, volShock: .up, dampening: 0.18),
            DeriveScenario(spotShock: 6.0, volShock: .up, dampening: 0.036),
            DeriveScenario(spotShock: 1.0, volShock: .linear, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .abs, dampening: 1.0),
        ]
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 2682.9997436016715, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(2670.0, .call, -1.0, vol: 0.6311157357325289, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_40_tails_atm_tail_call_no_effect", portfolio: portfolio, parameters: p,
                                   mm: -504.6506971104431, im: -605.8808990947238, markToMarket: -113.13790409882021, optionValue: -113.13790409882021, collateralValue: 0.0,
                                   basisContingency: -41.34294131697728, mmContingencies: [0.0, 8.044808955299999, 0.0], imContingencies: [0.0, 5.363205970199999, 0.0, 0.0],
                                   scenarioPnLs: [-424.85209066964734, -263.0207124151045, -274.725926068462, -324.344603281663, -146.38179656555872, -168.99035522282406, -231.58518195708047, -40.54322897842458, -75.82616791482901, -148.39729842561832, 41.39911667898039, -0.42854879405872737, -76.4569474437164, 89.4457735000414, 53.776211365335634, -17.00218888774451, 108.24426894921622, 87.12425909057684, 29.465184438597745, 112.58465189457102, 103.97929442087433, 63.393411075373635, 86.210057947138, 452.5516163635085, 223.57274032365527, -447.45470160057585, -464.9157017469748, -479.33498007040356, -0.2300256436035113, -0.6270718854522812])
    }
    /// `test_41_skews_linear_as_worst_case_simple.json`
    static func case41() -> DerivePublishedCase {
        var p = fixtureParameters
        p.skewShock.linearBaseCap = 9.5
        p.skewShock.widthScale = 5.0
        p.skewShock.volParamStatic = 4.5
        p.skewShock.volParamScale = 4.9
        p.scenarios = [
            DeriveScenario(spotShock: 1.18, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.8200000000000001, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.33999999999999997, volShock: .up, dampening: 0.054545454545454536),
            DeriveScenario(spotShock: 0.6699999999999999, volShock: .up, dampening: 0.10909090909090907),
            DeriveScenario(spotShock: 1.5, volShock: .up, dampening: 0.072),
            DeriveScenario(spotShock: 2.0, volShock: .up, dampening: 0.036),
            DeriveScenario(spotShock: 3.0, volShock: .up, dampening: 0.018),
            DeriveScenario(spotShock: 4.0, volShock: .up, dampening: 0.011999999999999999),
            DeriveScenario(spotShock: 1.0, volShock: .linear, dampening: 2.0),
            DeriveScenario(spotShock: 1.0, volShock: .abs, dampening: 1.0),
        ]
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 2695.7814942763334, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(5500.0, .call, -15.0, vol: 0.8843198050170489, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_41_skews_linear_as_worst_case_simple", portfolio: portfolio, parameters: p,
                                   mm: -1413.5868439463693, im: -1809.9435682106216, markToMarket: -29.28017077185932, optionValue: -29.28017077185932, collateralValue: 0.0,
                                   basisContingency: -13.311210424526312, mmContingencies: [0.0, 120.67213432949997, 0.0], imContingencies: [0.0, 80.44808955299997, 0.0, 0.0],
                                   scenarioPnLs: [-1138.6727146599342, 20.725564819461248, -89.41552342742962, -907.6293139453943, 25.031146324020057, -48.55660400973309, -710.4441125806616, 27.303324866646417, -19.95499481471106, -544.5553555106897, 28.42534525563945, -0.6334246884083718, -407.21633495490926, 28.939690321069474, 11.908848944148122, -295.53936890210895, 29.15656088556703, 19.693221300545833, -206.54831055918868, 29.239769255170962, 24.28571894674888, -137.2384849661817, -84.64217593893461, 1.5955278482227389, 0.5786617091463387, -282.8563541280629, -458.86353454873813, -770.3552770880681, -963.7696180124103, -1579.5431735562624, -3.335446249371902])
    }
    /// `test_42_skews_abs_as_worst_case_simple.json`
    static func case42() -> DerivePublishedCase {
        var p = fixtureParameters
        p.skewShock.absBaseCap = 9.5
        p.skewShock.widthScale = 4.9
        p.skewShock.volParamStatic = 3.5
        p.skewShock.volParamScale = -0.3
        p.scenarios = [
            DeriveScenario(spotShock: 1.18, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.8200000000000001, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.33999999999999997, volShock: .up, dampening: 0.054545454545454536),
            DeriveScenario(spotShock: 0.6699999999999999, volShock: .up, dampening: 0.10909090909090907),
            DeriveScenario(spotShock: 1.5, volShock: .up, dampening: 0.072),
            DeriveScenario(spotShock: 2.0, volShock: .up, dampening: 0.036),
            DeriveScenario(spotShock: 3.0, volShock: .up, dampening: 0.018),
            DeriveScenario(spotShock: 4.0, volShock: .up, dampening: 0.011999999999999999),
            DeriveScenario(spotShock: 1.0, volShock: .linear, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .abs, dampening: 2.0),
        ]
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 2801.18485249767, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.29, rateConfidence: 1.0, options: [
                        option(6000.0, .call, 10.0, vol: 0.7390799803804741, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_42_skews_abs_as_worst_case_simple", portfolio: portfolio, parameters: p,
                                   mm: -1859.683585366735, im: -2529.3068592312366, markToMarket: 818.8095100912717, optionValue: 818.8095100912717, collateralValue: 0.0,
                                   basisContingency: -251.08370463202428, mmContingencies: [0.0, 0.0, 0.0], imContingencies: [0.0, 0.0, 0.0, 0.0],
                                   scenarioPnLs: [2008.7420204564576, -373.00254106850684, 230.6587195149575, 1724.6848453866626, -461.65239431078277, 73.0569875234088, 1455.425242142663, -537.2089192364238, -69.00410264778077, 1201.2408967490026, -600.6911461068187, -195.92833974426833, 962.3842965329934, -653.1810452979527, -308.2109525449986, 739.0766477585414, -695.8074267173993, -406.4416731046629, 531.5008666410729, -729.7268307686724, -491.30617879093865, 339.79353771911155, 164.0357345311105, -42.51017130890071, -33.49591073772754, 318.80235595889843, 338.1285094955498, 400.4507564506451, 448.01419582806176, -179.62673686809353, -3348.1163693225085])
    }
    /// `test_43_skews_linear_as_worst_case_complex.json`
    static func case43() -> DerivePublishedCase {
        var p = fixtureParameters
        p.skewShock.linearBaseCap = 9.5
        p.skewShock.volParamStatic = 4.5
        p.skewShock.volParamScale = 0.9
        p.scenarios = [
            DeriveScenario(spotShock: 1.18, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.8200000000000001, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.33999999999999997, volShock: .up, dampening: 0.054545454545454536),
            DeriveScenario(spotShock: 0.6699999999999999, volShock: .up, dampening: 0.10909090909090907),
            DeriveScenario(spotShock: 1.5, volShock: .up, dampening: 0.072),
            DeriveScenario(spotShock: 2.0, volShock: .up, dampening: 0.036),
            DeriveScenario(spotShock: 3.0, volShock: .up, dampening: 0.018),
            DeriveScenario(spotShock: 4.0, volShock: .up, dampening: 0.011999999999999999),
            DeriveScenario(spotShock: 1.0, volShock: .linear, dampening: 2.0),
            DeriveScenario(spotShock: 1.0, volShock: .abs, dampening: 1.0),
        ]
        p.collaterals["USDT"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.030000000000000002, riskCancellingMarkets: [])
        p.collaterals["LBTC"] = DeriveCollateralParameters(mmHaircut: 0.3, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["WEETH"] = DeriveCollateralParameters(mmHaircut: 0.05, imHaircut: 0.009999999999999995, riskCancellingMarkets: ["ETH"])
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: -5000.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                    DeriveCollateralHolding(asset: "USDT", amount: 10000.0, priceUSD: 0.99984231175, confidence: 1.0),
                    DeriveCollateralHolding(asset: "LBTC", amount: 0.5, priceUSD: 95569.65243595604, confidence: 1.0),
                    DeriveCollateralHolding(asset: "WEETH", amount: 1.5, priceUSD: 2840.575164415104, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 2682.9997436016715, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(6000.0, .call, -2.0, vol: 0.8833255402190362, confidence: 0.95),
                        option(7500.0, .put, -4.0, vol: 0.8833255402190362, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 2695.7814942763334, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(4000.0, .call, 15.0, vol: 0.7703304445358251, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_43_skews_linear_as_worst_case_complex", portfolio: portfolio, parameters: p,
                                   mm: 20836.150107000496, im: 17453.18787430053, markToMarket: 38108.0706007098, optionValue: -18924.20036760353, collateralValue: 62032.27096831333,
                                   basisContingency: -337.4568756735001, mmContingencies: [0.0, 48.26885373179999, 14745.644722775012], imContingencies: [0.0, 32.17923582119998, 2731.281267578137, 0.0],
                                   scenarioPnLs: [5176.569650435786, 1936.7710442386124, 2492.0557756813414, 3994.2936914707357, 1153.58698170965, 1575.1027758943408, 2872.5950571407625, 410.8555919500719, 716.1152371254632, 1810.0313774559238, -303.687533407735, -93.76373893588533, 804.3405455179181, -999.9733134430029, -863.6033792281996, -147.55001935154795, -1685.3679244888742, -1602.1808113830805, -1049.4800239269398, -2364.8422450109733, -2317.51724869139, -1905.9736773115512, -2722.1145846558193, -558.4633451662064, -569.7150472148496, 1101.1635046903702, 1272.8129102118673, 1382.483448813093, 1366.3723575435142, -3097.5086465031154, -83.30968652899185])
    }
    /// `test_44_skews_abs_as_worst_case_complex.json`
    static func case44() -> DerivePublishedCase {
        var p = fixtureParameters
        p.skewShock.absBaseCap = 9.5
        p.skewShock.widthScale = 5.0
        p.skewShock.volParamStatic = 4.5
        p.skewShock.volParamScale = 1.0
        p.scenarios = [
            DeriveScenario(spotShock: 1.18, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.8200000000000001, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.33999999999999997, volShock: .up, dampening: 0.054545454545454536),
            DeriveScenario(spotShock: 0.6699999999999999, volShock: .up, dampening: 0.10909090909090907),
            DeriveScenario(spotShock: 1.5, volShock: .up, dampening: 0.072),
            DeriveScenario(spotShock: 2.0, volShock: .up, dampening: 0.036),
            DeriveScenario(spotShock: 3.0, volShock: .up, dampening: 0.018),
            DeriveScenario(spotShock: 4.0, volShock: .up, dampening: 0.011999999999999999),
            DeriveScenario(spotShock: 1.0, volShock: .linear, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .abs, dampening: 3.0),
        ]
        p.collaterals["USDT"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.030000000000000002, riskCancellingMarkets: [])
        p.collaterals["LBTC"] = DeriveCollateralParameters(mmHaircut: 0.03, imHaircut: 0.015, riskCancellingMarkets: ["BTC"])
        p.collaterals["WEETH"] = DeriveCollateralParameters(mmHaircut: 0.25, imHaircut: 0.09999999999999998, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: -145000.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 100000.0, spotConfidence: 0.9,
                collaterals: [
                    DeriveCollateralHolding(asset: "USDT", amount: 2000.0, priceUSD: 0.99984231175, confidence: 1.0),
                    DeriveCollateralHolding(asset: "LBTC", amount: 0.01, priceUSD: 95569.65243595604, confidence: 1.0),
                    DeriveCollateralHolding(asset: "WEETH", amount: 2.0, priceUSD: 2840.575164415104, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 95776.67392, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(170000.0, .call, 21.0, vol: 2511.421980938193, confidence: 0.4),
                    ]),
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 104711.10395262072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.29, rateConfidence: 1.0, options: [
                        option(80000.0, .put, -14.0, vol: 0.563728859721523, confidence: 0.95),
                        option(50000.0, .call, 22.0, vol: 0.6547430217060337, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 5633252, forwardUSD: 101143.47771765916, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.22999999999999998, rateConfidence: 1.0, options: [
                        option(60000.0, .put, 32.0, vol: 0.7173364058978552, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_44_skews_abs_as_worst_case_complex", portfolio: portfolio, parameters: p,
                                   mm: 1946914.2909302036, im: 462567.11559944274, markToMarket: 2836222.38661871, optionValue: 2972587.503423356, collateralValue: 8634.88319535393,
                                   basisContingency: -214249.15583763202, mmContingencies: [0.0, 4200.0, 1488.6680040066924], imContingencies: [0.0, 2800.000000000001, 642.3184096366606, 1260000.0],
                                   scenarioPnLs: [282887.8019254724, 127783.08028149909, 119947.46416473773, 133341.29963506563, -27090.85748180462, -33976.33720817852, -15397.962308888158, -182539.64306560913, -187795.7572756349, -163117.75025030048, -338553.849224755, -341304.37579133885, -309557.43295888795, -495039.30535851436, -494197.11254992406, -454398.5251334472, -651757.0455786614, -646036.8705651576, -597254.0866767255, -808236.7034577243, -796214.8378784528, -737657.2353957554, -875049.3210995173, -114959.2921256991, -142029.467278876, 97793.302102511, 109706.9873085694, 115544.05099290349, 117434.5872745782, -341785.8195966108, -1104524.2846056242])
    }
    /// `test_45_skews_linear_skew_revert_to_2.json`
    static func case45() -> DerivePublishedCase {
        var p = fixtureParameters
        p.skewShock.absBaseCap = 3.0
        p.skewShock.widthScale = 3.0
        p.skewShock.volParamStatic = 3.5
        p.skewShock.volParamScale = -1.0
        p.scenarios = [
            DeriveScenario(spotShock: 1.18, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.8200000000000001, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.33999999999999997, volShock: .up, dampening: 0.054545454545454536),
            DeriveScenario(spotShock: 0.6699999999999999, volShock: .up, dampening: 0.10909090909090907),
            DeriveScenario(spotShock: 1.5, volShock: .up, dampening: 0.072),
            DeriveScenario(spotShock: 2.0, volShock: .up, dampening: 0.036),
            DeriveScenario(spotShock: 3.0, volShock: .up, dampening: 0.018),
            DeriveScenario(spotShock: 4.0, volShock: .up, dampening: 0.011999999999999999),
            DeriveScenario(spotShock: 1.0, volShock: .linear, dampening: 0.0),
            DeriveScenario(spotShock: 1.0, volShock: .abs, dampening: 0.0),
        ]
        p.collaterals["USDT"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.030000000000000002, riskCancellingMarkets: [])
        p.collaterals["LBTC"] = DeriveCollateralParameters(mmHaircut: 0.03, imHaircut: 0.015, riskCancellingMarkets: ["BTC"])
        p.collaterals["WEETH"] = DeriveCollateralParameters(mmHaircut: 0.25, imHaircut: 0.09999999999999998, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: -145000.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 100000.0, spotConfidence: 0.9,
                collaterals: [
                    DeriveCollateralHolding(asset: "USDT", amount: 2000.0, priceUSD: 0.99984231175, confidence: 1.0),
                    DeriveCollateralHolding(asset: "LBTC", amount: 1.0, priceUSD: 95569.65243595604, confidence: 1.0),
                    DeriveCollateralHolding(asset: "WEETH", amount: 2.0, priceUSD: 2840.575164415104, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 95776.67392, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(100000.0, .call, 21.0, vol: 2511.421980938193, confidence: 0.4),
                    ]),
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 104711.10395262072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.29, rateConfidence: 1.0, options: [
                        option(120000.0, .put, -14.0, vol: 0.562668604588294, confidence: 0.95),
                        option(30000.0, .call, 22.0, vol: 0.7835776521595235, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 5633252, forwardUSD: 101143.47771765916, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.22999999999999998, rateConfidence: 1.0, options: [
                        option(90000.0, .put, 32.0, vol: 0.5228849390869813, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_45_skews_linear_skew_revert_to_2", portfolio: portfolio, parameters: p,
                                   mm: 2472117.778921405, im: 1042273.7461468577, markToMarket: 3140575.4274196834, optionValue: 3182344.6453785887, collateralValue: 103230.78204109478,
                                   basisContingency: -276538.16408183833, mmContingencies: [0.0, 4200.0, 4326.544969378918], imContingencies: [0.0, 2800.000000000001, 2061.2568923227727, 1260000.0],
                                   scenarioPnLs: [248241.7055390615, 91881.80345834178, 82470.13297673286, 98527.66883872892, -73717.10755778229, -74924.90678038215, -48029.79873026942, -235955.53157748195, -228295.01954795892, -190822.48209374052, -392749.46030552516, -376345.0218065005, -329193.81709383626, -541669.2770654486, -517680.16629840195, -462456.8820304187, -680229.9990812842, -650918.4500925996, -589921.5679531423, -806352.0443469282, -774849.1717232523, -710931.9656172873, -824913.8794111243, -106423.46892251096, -125461.13624814167, 98210.48773921367, 113252.96008249422, 119849.64033724151, 121607.06990185693, -0.0, -0.0])
    }
    /// `test_46_v20_remnants_v20_test_2_long_call.json`
    static func case46() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 2695.7814942763334, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(2700.0, .call, 1.0, vol: 0.6425252744469268, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_46_v20_remnants_v20_test_2_long_call", portfolio: portfolio, parameters: p,
                                   mm: 66.45704396072537, im: 29.655702000696692, markToMarket: 213.6624118008401, optionValue: 213.6624118008401, collateralValue: 0.0,
                                   basisContingency: -41.24032308691922, mmContingencies: [0.0, 0.0, 0.0], imContingencies: [0.0, 0.0, 0.0, 0.0],
                                   scenarioPnLs: [370.03438546530765, 155.27429120931507, 199.20221517493573, 289.59391442841354, 69.8749939500232, 119.23387064477313, 214.0038650105001, -5.7487321018448085, 46.95809017477481, 143.80626933078761, -69.68102804975831, -16.594568202769153, 79.51873495921953, -120.64601436124958, -70.63758109655177, 21.603368236134344, -158.41333779624912, -114.77030222249725, -29.56975501047367, -184.0067098001434, -149.09589078886995, -73.76244678217029, -110.90787425134842, -11.653166467295307, -20.431880041523915, 74.76131743843447, 79.9366023786085, 83.7016976539712, 85.00563171487012, -16.5372865895973, -16.5372865895973])
    }
    /// `test_47_v20_remnants_v20_test_3_itm_call_spread.json`
    static func case47() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 2695.7814942763334, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(1700.0, .call, 1.0, vol: 0.8966023588167313, confidence: 0.95),
                        option(1800.0, .call, -1.0, vol: 0.8513246315176375, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_47_v20_remnants_v20_test_3_itm_call_spread", portfolio: portfolio, parameters: p,
                                   mm: 67.0245339946355, im: 56.98784363662713, markToMarket: 93.76328050116899, optionValue: 93.76328050116899, collateralValue: 0.0,
                                   basisContingency: -1.2551665182967655, mmContingencies: [0.0, 8.044808955299999, 0.0], imContingencies: [0.0, 5.363205970199999, 0.0, 0.0],
                                   scenarioPnLs: [-6.965338574953094, -3.6585528417251822, -4.697599801302275, -7.891200973929742, -3.8145518420476776, -5.275832801048281, -9.03517287944004, -4.098740495348707, -6.105737198535564, -10.441626833876938, -4.604892928797554, -7.282334501785812, -12.161296554497014, -5.48305067333979, -8.927156250373713, -14.250956647490142, -6.96073165005869, -11.18940785093777, -16.772349489128786, -9.359610041597207, -14.242356052573072, -19.789994411894753, -23.36742193904186, -4.767976094652637, -4.35536777531189, -0.2893155757909416, -0.12413660903134228, -0.0625333034155825, -0.041786300405790705, -6.960350862566017, -7.3548356797130765])
    }
    /// `test_48_v20_remnants_v20_test_5_low_BTC_conf_no_impact.json`
    static func case48() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 2695.7814942763334, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(1700.0, .call, 1.0, vol: 0.8966023588167313, confidence: 0.95),
                        option(1800.0, .call, -1.0, vol: 0.8513246315176375, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_48_v20_remnants_v20_test_5_low_BTC_conf_no_impact", portfolio: portfolio, parameters: p,
                                   mm: 67.0245339946355, im: 56.98784363662713, markToMarket: 93.76328050116899, optionValue: 93.76328050116899, collateralValue: 0.0,
                                   basisContingency: -1.2551665182967655, mmContingencies: [0.0, 8.044808955299999, 0.0], imContingencies: [0.0, 5.363205970199999, 0.0, 0.0],
                                   scenarioPnLs: [-6.965338574953094, -3.6585528417251822, -4.697599801302275, -7.891200973929742, -3.8145518420476776, -5.275832801048281, -9.03517287944004, -4.098740495348707, -6.105737198535564, -10.441626833876938, -4.604892928797554, -7.282334501785812, -12.161296554497014, -5.48305067333979, -8.927156250373713, -14.250956647490142, -6.96073165005869, -11.18940785093777, -16.772349489128786, -9.359610041597207, -14.242356052573072, -19.789994411894753, -23.36742193904186, -4.767976094652637, -4.35536777531189, -0.2893155757909416, -0.12413660903134228, -0.0625333034155825, -0.041786300405790705, -6.960350862566017, -7.3548356797130765])
    }
    /// `test_49_v20_remnants_v20_test_6_low_perp_conf_no_impact.json`
    static func case49() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 3000.0, spotConfidence: 0.2,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 3014.178509176334, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(1700.0, .call, 1.0, vol: 0.981510069021587, confidence: 0.95),
                        option(1800.0, .call, -1.0, vol: 0.938667615013681, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_49_v20_remnants_v20_test_6_low_perp_conf_no_impact", portfolio: portfolio, parameters: p,
                                   mm: 69.65288097789352, im: -4740.496330315975, markToMarket: 95.24972615336674, optionValue: 95.24972615336674, collateralValue: 0.0,
                                   basisContingency: -0.7911250264267096, mmContingencies: [0.0, 9.0, 0.0], imContingencies: [0.0, 6.0, 0.0, 4800.0],
                                   scenarioPnLs: [-7.968574369563939, -5.051444568528467, -5.774778406621252, -8.698147349561737, -5.121702853528319, -6.139266982915004, -9.592331581519488, -5.249326396069122, -6.659856795399605, -10.685228378110708, -5.477862434969339, -7.397782621776599, -12.016783601311857, -5.880218776539095, -8.434505343702455, -13.633203236623842, -6.574433607259593, -9.87576281871641, -15.58706788376388, -7.743650722948303, -11.85448505765332, -17.936926538069386, -20.746056469341525, -4.537361136958174, -3.7350688590077397, -0.3992033525409699, -0.17890041216445898, -0.08927735082199063, -0.05961737176523933, -6.918252721753532, -7.627110532798554])
    }
    /// `test_50_discounting_simple_discounting.json`
    static func case50() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 2682.9997436016715, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.6, rateConfidence: 1.0, options: [
                        option(100.0, .call, -1.0, vol: 1.225482363870083, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_50_discounting_simple_discounting", portfolio: portfolio, parameters: p,
                                   mm: -2969.6428771622996, im: -3079.3477123754724, markToMarket: -2544.2315512351083, optionValue: -2544.2315512351083, collateralValue: 0.0,
                                   basisContingency: -65.45624490581292, mmContingencies: [0.0, 8.044808955299999, 0.0], imContingencies: [0.0, 5.363205970199999, 0.0, 0.0],
                                   scenarioPnLs: [-521.708146214864, -400.9731577527891, -400.9731577527891, -400.9731577527891, -280.2381692907138, -280.2381692907138, -280.2381692907138, -159.5031808286385, -159.5031808286385, -159.5031808286385, -38.7681923665632, -38.7681923665632, -38.7681923665632, 81.96679609551165, 81.96679609551165, 81.96679609551165, 202.70178455758696, 202.70178455758696, 202.70178455758696, 323.43677301966227, 323.43677301966227, 323.43677301966227, 444.1717614817376, 94.47336209510756, 92.35873342058053, -99.37930062005276, -97.98364569485645, -97.28581823225834, -97.05320907805891, -38.7681923665632, -38.7681923665632])
    }
    /// `test_51_discounting_simple_discounting_long.json`
    static func case51() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 2682.9997436016715, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 2.5, rateConfidence: 1.0, options: [
                        option(100.0, .call, 1.0, vol: 1.225482363870083, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_51_discounting_simple_discounting_long", portfolio: portfolio, parameters: p,
                                   mm: 1889.2833335119035, im: 1755.288438845664, markToMarket: 2425.2629121768623, optionValue: 2425.2629121768623, collateralValue: 0.0,
                                   basisContingency: -62.39550133059584, mmContingencies: [0.0, 0.0, 0.0], imContingencies: [0.0, 0.0, 0.0, 0.0],
                                   scenarioPnLs: [137.3348440346026, 36.4211793638774, 36.4211793638774, 36.4211793638774, -64.49248530684736, -64.49248530684736, -64.49248530684736, -165.40614997757302, -165.40614997757302, -165.40614997757302, -266.3198146482978, -266.3198146482978, -266.3198146482978, -367.233479319023, -367.233479319023, -367.233479319023, -468.147143989748, -468.147143989748, -468.147143989748, -569.0608086604732, -569.0608086604732, -569.0608086604732, -669.9744733311984, -95.25746708102204, -109.78400242548534, 61.5559050819027, 71.1434184092414, 75.93717507291078, 77.53509396080055, -266.3198146482978, -266.3198146482978])
    }
    /// `test_52_discounting_multi_expiry_discounting.json`
    static func case52() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.2, rateConfidence: 1.0, options: [
                        option(100000.0, .call, 1.5, vol: 0.5543377511787965, confidence: 0.95),
                        option(120000.0, .put, 2.1, vol: 0.5665119096978181, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 11076452, forwardUSD: 98198.07812501276, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.1, rateConfidence: 1.0, options: [
                        option(120000.0, .put, -4.0, vol: 0.5646450091750466, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_52_discounting_multi_expiry_discounting", portfolio: portfolio, parameters: p,
                                   mm: -81147.83852296828, im: -94908.87072619566, markToMarket: -28016.97983102975, optionValue: -28016.97983102975, collateralValue: 0.0,
                                   basisContingency: -15902.312665071751, mmContingencies: [0.0, 1147.9620725826, 0.0], imContingencies: [0.0, 765.3080483884, 0.0, 0.0],
                                   scenarioPnLs: [13316.39925478489, 14128.771064391934, 10817.522638513678, 4624.148008562901, 3800.4795994750675, 1122.7516761897277, -4373.306280505756, -7064.472398539852, -9005.508609058481, -13684.384371546781, -18415.19869882575, -19553.900086526388, -23314.426344028834, -30177.98785199748, -30496.990114715787, -33264.91853657311, -42258.99669284144, -41796.483869354255, -43532.66421711852, -54549.75343702358, -53401.2276834372, -54108.93031259268, -64978.620774194904, -10322.170123013475, -11235.043670709747, 4855.950165080015, 4827.618137787734, 4411.4790420896525, 4216.528174649093, -20143.53722156721, -20134.331828240734])
    }
    /// `test_53_discounting_turn_off_discounting.json`
    static func case53() -> DerivePublishedCase {
        var p = fixtureParameters
        p.margin.shortRateMultScale = 0.0
        p.margin.shortRateAddScale = 0.0
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.2, rateConfidence: 1.0, options: [
                        option(100000.0, .call, 1.5, vol: 0.5543377511787965, confidence: 0.95),
                        option(120000.0, .put, 2.1, vol: 0.5665119096978181, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 11076452, forwardUSD: 98198.07812501276, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.1, rateConfidence: 1.0, options: [
                        option(120000.0, .put, -4.0, vol: 0.5646450091750466, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_53_discounting_turn_off_discounting", portfolio: portfolio, parameters: p,
                                   mm: -81147.83852296828, im: -94908.87072619566, markToMarket: -28016.97983102975, optionValue: -28016.97983102975, collateralValue: 0.0,
                                   basisContingency: -15902.312665071751, mmContingencies: [0.0, 1147.9620725826, 0.0], imContingencies: [0.0, 765.3080483884, 0.0, 0.0],
                                   scenarioPnLs: [13316.39925478489, 14128.771064391934, 10817.522638513678, 4624.148008562901, 3800.4795994750675, 1122.7516761897277, -4373.306280505756, -7064.472398539852, -9005.508609058481, -13684.384371546781, -18415.19869882575, -19553.900086526388, -23314.426344028834, -30177.98785199748, -30496.990114715787, -33264.91853657311, -42258.99669284144, -41796.483869354255, -43532.66421711852, -54549.75343702358, -53401.2276834372, -54108.93031259268, -64978.620774194904, -10322.170123013475, -11235.043670709747, 4855.950165080015, 4827.618137787734, 4411.4790420896525, 4216.528174649093, -20143.53722156721, -20134.331828240734])
    }
    /// `test_54_discounting_cap_mark_up_discounting.json`
    static func case54() -> DerivePublishedCase {
        var p = fixtureParameters
        p.margin.shortRateMultScale = 10.0
        p.margin.shortRateAddScale = 1.2
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.2, rateConfidence: 1.0, options: [
                        option(100000.0, .call, -1.0, vol: 0.5543377511787965, confidence: 0.95),
                        option(110000.0, .call, 1.0, vol: 0.5592157396329432, confidence: 0.95),
                        option(100000.0, .put, 1.0, vol: 0.5543377511787965, confidence: 0.95),
                        option(110000.0, .put, -1.0, vol: 0.5592157396329432, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_54_discounting_cap_mark_up_discounting", portfolio: portfolio, parameters: p,
                                   mm: -9773.646805520264, im: -10000.000000000004, markToMarket: -8868.234027601304, optionValue: -8868.234027601304, collateralValue: 0.0,
                                   basisContingency: 0.0, mmContingencies: [0.0, 0.0, 0.0], imContingencies: [0.0, 0.0, 0.0, 0.0],
                                   scenarioPnLs: [-1131.7659723986962, -1131.7659723986962, -1131.7659723986944, -1131.7659723986926, -1131.7659723986962, -1131.7659723986962, -1131.7659723986962, -1131.7659723986944, -1131.7659723986962, -1131.7659723986962, -1131.7659723986944, -1131.765972398698, -1131.7659723986962, -1131.7659723986962, -1131.7659723986962, -1131.7659723986926, -1131.7659723986962, -1131.7659723986926, -1131.7659723986926, -1131.7659723986962, -1131.7659723986962, -1131.7659723986962, -1131.7659723987, -61.73268940356504, -123.46537880712908, -81.48715001270587, -40.743575006352934, -20.371787503176762, -13.581191668784113, -1131.765972398698, -1131.765972398698])
    }
    /// `test_55_discounting_negative_rate.json`
    static func case55() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: -1.2, rateConfidence: 1.0, options: [
                        option(100000.0, .call, -1.0, vol: 0.5543377511787965, confidence: 0.95),
                        option(110000.0, .call, 1.0, vol: 0.5592157396329432, confidence: 0.95),
                        option(100000.0, .put, 1.0, vol: 0.5543377511787965, confidence: 0.95),
                        option(110000.0, .put, -1.0, vol: 0.5592157396329432, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_55_discounting_negative_rate", portfolio: portfolio, parameters: p,
                                   mm: -10000.000000000004, im: -10000.000000000004, markToMarket: -10000.0, optionValue: -10000.0, collateralValue: 0.0,
                                   basisContingency: 0.0, mmContingencies: [0.0, 0.0, 0.0], imContingencies: [0.0, 0.0, 0.0, 0.0],
                                   scenarioPnLs: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -3.637979e-12, 0.0, 0.0, 0.0, 3.637979e-12, -7.93741e-13, 7.93741e-13, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    }
    /// `test_56_forward_cont_forward_cont_1.json`
    static func case56() -> DerivePublishedCase {
        var p = fixtureParameters
        p.basisContingency.addFactor = 4.0
        p.basisContingency.multFactor = 5.0
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 150374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.2, rateConfidence: 1.0, options: [
                        option(195000.0, .put, 0.01, vol: 0.06845127962854924, confidence: 1.0),
                        option(1.0, .call, -0.6, vol: 0.06845127962854924, confidence: 1.0),
                    ]),
                ])
        return DerivePublishedCase(name: "test_56_forward_cont_forward_cont_1", portfolio: portfolio, parameters: p,
                                   mm: -100983.45802556415, im: -106396.78178786946, markToMarket: -79617.1534944885, optionValue: -79617.1534944885, collateralValue: 0.0,
                                   basisContingency: -25634.31209459518, mmContingencies: [0.0, 172.19431088739, 0.0], imContingencies: [0.0, 114.79620725826001, 0.0, 0.0],
                                   scenarioPnLs: [-26492.637775235315, -22544.09302801211, -22543.920772926373, -22394.61431852507, -18416.324432334906, -18416.311398597623, -18293.590150331438, -14288.541649174644, -14288.541163634247, -14189.536697707372, -10160.75860622288, -10160.758597918815, -10082.467344368008, -6032.975561693485, -6032.975561634652, -5972.442379676519, -1905.1925171613548, -1905.1925171612093, -1859.5723884618346, 2222.590527370776, 2222.590527370776, 2255.9806163548783, 6374.005011019501, 2748.003509232209, 2194.3723664701356, -4000.063258790923, -3628.3977534169367, -3438.9685547026593, -3375.373384076989, -10160.758592978338, -10160.758592978338])
    }
    /// `test_57_forward_cont_forward_cont_2.json`
    static func case57() -> DerivePublishedCase {
        var p = fixtureParameters
        p.basisContingency.addFactor = 4.0
        p.basisContingency.multFactor = 5.0
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.015, imHaircut: 0.005000000000000001, riskCancellingMarkets: ["ETH"])
        p.collaterals["BTC"] = DeriveCollateralParameters(mmHaircut: 0.25, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["USDT"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.030000000000000002, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                    DeriveCollateralHolding(asset: "ETH", amount: 0.1, priceUSD: 2681.6029850999994, confidence: 1.0),
                    DeriveCollateralHolding(asset: "BTC", amount: 0.1, priceUSD: 95663.50604855, confidence: 1.0),
                    DeriveCollateralHolding(asset: "USDT", amount: 300.0, priceUSD: 0.99984231175, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 2682.9997436016715, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(4000.0, .put, 0.01, vol: 0.8795543651099665, confidence: 0.95),
                        option(1000.0, .call, -0.6, vol: 1.225482363870083, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 2801.18485249767, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.29, rateConfidence: 1.0, options: [
                        option(5000.0, .put, 0.01, vol: 0.7065777498085652, confidence: 0.95),
                        option(500.0, .call, -0.6, vol: 0.9537288427123918, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_57_forward_cont_forward_cont_2", portfolio: portfolio, parameters: p,
                                   mm: 4965.05082116883, im: 4314.521663887444, markToMarket: 7997.973985405995, optionValue: -2134.555449923828, collateralValue: 10132.529435329823,
                                   basisContingency: -751.997756717363, mmContingencies: [0.0, 9.653770746359998, 2401.150762657017], imContingencies: [0.0, 6.43584716424, 488.563652408699, 0.0],
                                   scenarioPnLs: [-777.6482885422348, -635.0273655719462, -634.7805674861321, -640.6658327599395, -496.81303219300986, -496.8488919285856, -503.69748700174256, -358.5737260712022, -358.9043143132524, -366.7644886631586, -220.31359553173047, -220.9607869194066, -229.89306149707863, -82.03761121388732, -83.03163513311642, -93.11604782952304, 56.24791008824863, 54.86904236948928, 43.52437172576717, 194.5348114630236, 192.72479602827624, 179.97220693076915, 316.1504354989013, 89.54353140483232, 83.59546476472048, -126.0753706017492, -117.64039238184117, -113.3066662361281, -111.83517324210418, -219.719789256289, -222.660726557638])
    }
    /// `test_58_min_shock_min_eval_vol_shock.json`
    static func case58() -> DerivePublishedCase {
        var p = fixtureParameters
        p.volShock.minVolUpShock = 1.0
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2500.0, spotConfidence: 0.9,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 2501.396758501672, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(2500.0, .call, -15.0, vol: 0.14679432572503934, confidence: 0.4),
                    ]),
                ])
        return DerivePublishedCase(name: "test_58_min_shock_min_eval_vol_shock", portfolio: portfolio, parameters: p,
                                   mm: -5997.725418886978, im: -29954.541758564064, markToMarket: -357.9600601786269, optionValue: -357.9600601786269, collateralValue: 0.0,
                                   basisContingency: -745.5316866321173, mmContingencies: [0.0, 112.5, 0.0], imContingencies: [0.0, 75.0, 0.0, 22500.0],
                                   scenarioPnLs: [-6909.081698385438, -4728.319753312345, -4728.319757189227, -5487.995403832732, -3039.8769413636437, -3039.8985436756525, -4181.208269087616, -1351.5568735658308, -1360.9909970493352, -3018.2267735116084, 135.29875927593434, -1.3558970650256015, -2025.7971134772283, 357.8674791024393, 349.713683084371, -1222.4955416718562, 357.9600601772806, 357.95467679735657, -613.4433070591649, 357.9600601786269, 357.9600601430875, -187.13485655105603, 83.74940393325511, 19.525094191413483, 38.04825323673136, -1327.3668255484706, -1338.622331305134, -1344.6880933031957, -1346.7101453990604, -1.2813225232326317, -1.430471613813836])
    }
    /// `test_59_min_shock_check_vol_bounded_at_0.json`
    static func case59() -> DerivePublishedCase {
        var p = fixtureParameters
        p.volShock.volRangeDown = 2.0
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 95776.67392708939, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(2500.0, .call, 1.0, vol: 0.15213047481388386, confidence: 0.4),
                    ]),
                ])
        return DerivePublishedCase(name: "test_59_min_shock_check_vol_bounded_at_0", portfolio: portfolio, parameters: p,
                                   mm: 75822.12428040088, im: 14148.379309536263, markToMarket: 92924.68964733939, optionValue: 92924.68964733939, collateralValue: 0.0,
                                   basisContingency: -2363.2844845036507, mmContingencies: [0.0, 0.0, 0.0], imContingencies: [0.0, 0.0, 0.0, 57398.10362913],
                                   scenarioPnLs: [11065.18838541997, 7009.7639986583235, 7009.7639986583235, 7009.7639986583235, 2954.3396118967066, 2954.3396118967066, 2954.3396118967066, -1101.084774864954, -1101.084774864954, -1101.084774864954, -5156.509161626585, -5156.509161626585, -5156.509161626585, -9211.933548388231, -9211.933548388231, -9211.933548388231, -13267.357935149863, -13267.357935149863, -13267.357935149863, -17322.78232191151, -17322.78232191151, -17322.78232191151, -21378.206708673126, -3525.603645498035, -3806.867781586758, 2873.0708497721994, 3058.705179590755, 3151.522344500034, 3182.461399469793, -5156.509161626585, -5156.509161626585])
    }
    /// `test_60_settlement_near_expiry.json`
    static func case60() -> DerivePublishedCase {
        var p = fixtureParameters
        p.volShock.minVolUpShock = 1.0
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 1, forwardUSD: 2682.9997436016715, forwardFixedPortionUSD: 2681.5091881885596, forwardConfidence: 1.0, rate: 0.15000000000000002, rateConfidence: 1.0, options: [
                        option(2700.0, .call, -1.0, vol: 0.6360190705815766, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_60_settlement_near_expiry", portfolio: portfolio, parameters: p,
                                   mm: -8.044808955299999, im: -13.408014925499998, markToMarket: 0.0, optionValue: 0.0, collateralValue: 0.0,
                                   basisContingency: 0.0, mmContingencies: [0.0, 8.044808955299999, 0.0], imContingencies: [0.0, 5.363205970199999, 0.0, 0.0],
                                   scenarioPnLs: [-0.0, 0.0, 0.0, -0.0, 0.0, 0.0, -0.0, 0.0, 0.0, -0.0, 0.0, 0.0, -0.0, 0.0, 0.0, -0.0, 0.0, 0.0, -0.0, 0.0, 0.0, -0.0, -0.0, -0.0, -0.0, -0.0, -0.0, -0.0, -0.0, 0.0, 0.0])
    }
    /// `test_61_general_general_test_1.json`
    static func case61() -> DerivePublishedCase {
        var p = fixtureParameters
        p.skewShock.linearBaseCap = 4.0
        p.skewShock.widthScale = 3.0
        p.skewShock.volParamStatic = 2.5
        p.skewShock.volParamScale = -0.9
        p.scenarios = [
            DeriveScenario(spotShock: 1.18, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.8200000000000001, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.33999999999999997, volShock: .up, dampening: 0.25),
            DeriveScenario(spotShock: 0.6699999999999999, volShock: .up, dampening: 0.5),
            DeriveScenario(spotShock: 1.5, volShock: .up, dampening: 0.3333333333333333),
            DeriveScenario(spotShock: 2.0, volShock: .up, dampening: 0.2),
            DeriveScenario(spotShock: 3.0, volShock: .up, dampening: 0.1),
            DeriveScenario(spotShock: 1.0, volShock: .linear, dampening: 3.0),
            DeriveScenario(spotShock: 1.0, volShock: .abs, dampening: 1.0),
        ]
        p.collaterals["RSWETH"] = DeriveCollateralParameters(mmHaircut: 0.03, imHaircut: 0.010000000000000002, riskCancellingMarkets: ["ETH"])
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.015, imHaircut: 0.005000000000000001, riskCancellingMarkets: ["ETH"])
        p.collaterals["BTC"] = DeriveCollateralParameters(mmHaircut: 0.25, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["CBBTC"] = DeriveCollateralParameters(mmHaircut: 0.35, imHaircut: 0.10000000000000003, riskCancellingMarkets: [])
        p.collaterals["SDAI"] = DeriveCollateralParameters(mmHaircut: 0.12, imHaircut: 0.03, riskCancellingMarkets: [])
        p.collaterals["USDE"] = DeriveCollateralParameters(mmHaircut: 0.2, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["WEETH"] = DeriveCollateralParameters(mmHaircut: 0.05, imHaircut: 0.009999999999999995, riskCancellingMarkets: ["ETH"])
        p.collaterals["DAI"] = DeriveCollateralParameters(mmHaircut: 0.08, imHaircut: 0.020000000000000004, riskCancellingMarkets: [])
        p.collaterals["SUSDE"] = DeriveCollateralParameters(mmHaircut: 0.25, imHaircut: 0.09999999999999998, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: -12312324.0, stablePriceUSD: 0.56, spotPriceUSD: 1234.0, spotConfidence: 0.1269,
                perp: DerivePerpHolding(size: -123.0, markPriceUSD: 4000.0, confidence: 0.2123, unrealisedPnLUSD: -123000.0, unrealisedFundingUSD: 20049.0),
                collaterals: [
                    DeriveCollateralHolding(asset: "RSWETH", amount: 25.0, priceUSD: 3124.0, confidence: 0.1456),
                    DeriveCollateralHolding(asset: "ETH", amount: 100.0, priceUSD: 1234.0, confidence: 0.1269),
                    DeriveCollateralHolding(asset: "BTC", amount: 23.0, priceUSD: 112468.0, confidence: 0.25478),
                    DeriveCollateralHolding(asset: "CBBTC", amount: 4.0, priceUSD: 122106.0, confidence: 0.5395),
                    DeriveCollateralHolding(asset: "SDAI", amount: 11111.0, priceUSD: 1.42, confidence: 0.999),
                    DeriveCollateralHolding(asset: "USDE", amount: 45654.0, priceUSD: 1.1, confidence: 0.26),
                    DeriveCollateralHolding(asset: "WEETH", amount: 49.0, priceUSD: 4329.0, confidence: 0.38953),
                    DeriveCollateralHolding(asset: "DAI", amount: 99853.0, priceUSD: 1.01, confidence: 0.8423),
                    DeriveCollateralHolding(asset: "SUSDE", amount: 45654.0, priceUSD: 2.4, confidence: 0.9),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 794852, forwardUSD: 1734.0, forwardFixedPortionUSD: 0.0, forwardConfidence: 0.6, rate: 0.53, rateConfidence: 0.51, options: [
                        option(100.0, .call, -1.0, vol: 1886.2946496130742, confidence: 0.4),
                        option(5600.0, .call, -12.0, vol: 1861.087694981364, confidence: 0.4),
                    ]),
                    DeriveExpiry(secondsToExpiry: 1399652, forwardUSD: 2134.0, forwardFixedPortionUSD: 0.0, forwardConfidence: 0.69, rate: 2.12, rateConfidence: 0.2, options: [
                        option(2300.0, .put, 52.0, vol: 0.6547716024217306, confidence: 0.95),
                        option(3000.0, .put, -23.0, vol: 0.7835591639303785, confidence: 0.95),
                        option(3100.0, .call, -23.0, vol: 0.8006130306474406, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 1111.0, forwardFixedPortionUSD: 0.0, forwardConfidence: 0.31, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(5000.0, .call, 3.0, vol: 0.9247166607631531, confidence: 0.95),
                        option(20000.0, .put, -23.0, vol: 0.9247166607631531, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 11076452, forwardUSD: 611.0, forwardFixedPortionUSD: 0.0, forwardConfidence: 0.11, rate: 0.27, rateConfidence: 1.0, options: [
                        option(10000.0, .call, -200.0, vol: 0.9622808571129519, confidence: 0.95),
                        option(2000.0, .put, 1000.0, vol: 0.8795820739028171, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 2234.0, forwardFixedPortionUSD: 0.0, forwardConfidence: 0.51, rate: 0.29, rateConfidence: 1.0, options: [
                        option(3000.0, .call, -1.0, vol: 347.26350790300535, confidence: 0.9),
                        option(4000.0, .call, -200.0, vol: 339.8353974095024, confidence: 0.9),
                    ]),
                ])
        return DerivePublishedCase(name: "test_61_general_general_test_1", portfolio: portfolio, parameters: p,
                                   mm: -7411351.440588361, im: -16201837.75142788, markToMarket: -5258774.975987909, optionValue: 432880.1132978054, collateralValue: 6723619.910714285,
                                   basisContingency: -60108.63544509119, mmContingencies: [2276.73, 1788.0659999999998, 1571137.797857143], imContingencies: [758.9099999999999, 1192.0440000000003, 352960.8914285712, 7684988.433444644],
                                   scenarioPnLs: [-382576.11486095615, -378356.23282166204, -373968.22648781043, -355126.3732024941, -348904.0757022286, -344669.7396895293, -327287.4951561248, -318597.5490471049, -314802.01581571007, -299018.78865693207, -287408.2848341963, -284312.21312676155, -270286.83332658425, -255490.27217982616, -253212.25987965573, -241069.9314785343, -223099.5290626682, -221577.15604132396, -211361.93173232616, -190473.1087590016, -189524.75507621246, -181174.5494398942, -150717.3699546815, 46364.45294106232, -23877.90512170593, -189993.70077265264, -169106.83376883742, -132838.68380849966, -721717.3384291362, -283725.2720804395])
    }
    /// `test_62_general_random_2.json`
    static func case62() -> DerivePublishedCase {
        var p = fixtureParameters
        p.collaterals["CBBTC"] = DeriveCollateralParameters(mmHaircut: 0.04, imHaircut: 0.015, riskCancellingMarkets: ["BTC"])
        p.collaterals["SUSDE"] = DeriveCollateralParameters(mmHaircut: 0.25, imHaircut: 0.09999999999999998, riskCancellingMarkets: [])
        p.collaterals["USDE"] = DeriveCollateralParameters(mmHaircut: 0.2, imHaircut: 0.04999999999999999, riskCancellingMarkets: [])
        p.collaterals["BTC"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.009999999999999998, riskCancellingMarkets: ["BTC"])
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.15, imHaircut: 0.05000000000000002, riskCancellingMarkets: [])
        p.collaterals["WEETH"] = DeriveCollateralParameters(mmHaircut: 0.25, imHaircut: 0.09999999999999998, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 13.634654782895272, stablePriceUSD: 2.9429194308848405, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                perp: DerivePerpHolding(size: 19.122520705505913, markPriceUSD: 95650.1545428073, confidence: 1.0, unrealisedPnLUSD: -83180.00982091823, unrealisedFundingUSD: 0.0),
                collaterals: [
                    DeriveCollateralHolding(asset: "CBBTC", amount: 15.222711596021373, priceUSD: 183306.92318671432, confidence: 0.9210659574287002),
                    DeriveCollateralHolding(asset: "SUSDE", amount: 12.234605218073886, priceUSD: 1.1535919698481871, confidence: 1.0),
                    DeriveCollateralHolding(asset: "USDE", amount: 2.3750941321578836, priceUSD: 0.9989126981137378, confidence: 1.0),
                    DeriveCollateralHolding(asset: "BTC", amount: 14.454181498187765, priceUSD: 95663.50604855, confidence: 1.0),
                    DeriveCollateralHolding(asset: "ETH", amount: 5.372823276074342, priceUSD: 2966.798129546218, confidence: 0.2356876419805416),
                    DeriveCollateralHolding(asset: "WEETH", amount: 8.09992173220158, priceUSD: 2840.575164415104, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 8657252, forwardUSD: 97577.3645258305, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.25, rateConfidence: 1.0, options: [
                        option(631622.0, .put, 5.780838315467236, vol: 0.776897013866366, confidence: 0.95),
                        option(119622.0, .put, -20.01388764035225, vol: 0.5652409878496367, confidence: 0.95),
                        option(637061.0, .call, -7.4977801765357555, vol: 0.776897013866366, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 11076452, forwardUSD: 98198.07812501276, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.27, rateConfidence: 1.0, options: [
                        option(577833.0, .call, -91.65947751682262, vol: 0.8123033237962053, confidence: 0.95),
                        option(383527.0, .put, 18.68329217974005, vol: 0.8123033237962053, confidence: 0.95),
                        option(833552.0, .put, -22.57296080973225, vol: 0.8123033237962053, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 26801252, forwardUSD: 102701.71047172313, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.31, rateConfidence: 1.0, options: [
                        option(91184.0, .call, 82.72091338853912, vol: 0.5550054022584738, confidence: 0.95),
                        option(505935.0, .put, 27.939170544567887, vol: 0.7358548053022339, confidence: 0.95),
                        option(969965.0, .call, 99.28595895044754, vol: 0.7924929602707448, confidence: 0.95),
                        option(103874.0, .put, -2.208992050254082, vol: 0.5564970931137203, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 2004452, forwardUSD: 96031.88799711196, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.19, rateConfidence: 1.0, options: [
                        option(776203.0, .put, -44.83116547459598, vol: 0.700248052621673, confidence: 0.95),
                        option(25284.0, .call, -27.79729583480392, vol: 0.8138117756980829, confidence: 0.95),
                        option(406025.0, .put, 91.40075545640101, vol: 0.700248052621673, confidence: 0.95),
                        option(995374.0, .put, -16.191757147879372, vol: 0.700248052621673, confidence: 0.95),
                        option(540476.0, .put, -28.600440042267337, vol: 0.700248052621673, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 5633252, forwardUSD: 96806.98376620916, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.22999999999999998, rateConfidence: 1.0, options: [
                        option(876731.0, .put, 29.437217694565305, vol: 0.7453662506831419, confidence: 0.95),
                        option(922869.0, .put, 48.018187489890494, vol: 0.7453662506831419, confidence: 0.95),
                        option(791734.0, .call, 56.12602766419997, vol: 0.7453662506831419, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.29, rateConfidence: 1.0, options: [
                        option(967453.0, .put, -36.017567112459204, vol: 0.8014248868518354, confidence: 0.95),
                        option(748646.0, .call, 15.567924081070771, vol: 0.8014248868518354, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_62_general_random_2", portfolio: portfolio, parameters: p,
                                   mm: -6526438.160358282, im: -9858897.52328696, markToMarket: 6605640.831497911, optionValue: 5257530.8132278435, collateralValue: 1431276.3934362035,
                                   basisContingency: -876230.0702220676, mmContingencies: [27439.910627620313, 85348.4901110194, 50092.779780794976], imContingencies: [9146.636875873435, 56898.99340734631, 19974.444528107088, 4139.835283161767],
                                   scenarioPnLs: [-15642987.16899008, -16128903.26187327, -16007920.903900871, -15669906.02491667, -16149887.051612852, -16024847.574185545, -15695011.655613549, -16169393.755890977, -16039998.891579155, -15718081.982671283, -16186494.563658584, -16052917.85836216, -15738859.320624687, -16200071.802425623, -16063036.452468477, -15757044.89291193, -16208857.697952116, -16069675.392375913, -15772293.41609264, -16211497.264170947, -16072052.460418262, -15784208.236183431, -15792337.738898005, -846379.623355444, -1722021.359435878, -1109747.9226033753, -539206.208290443, -247613.20902475715, -129122.40989953546, -16047936.474927206, -16037288.86304528])
    }
    /// `test_66_misc_post_expiry.json`
    static func case66() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 0, forwardUSD: 2691.6029850999994, forwardFixedPortionUSD: 2691.6029850999994, forwardConfidence: 1.0, rate: 0.22, rateConfidence: 1.0, options: [
                        option(2500.0, .call, -1.0, vol: 2511.421980938193, confidence: 1.0),
                    ]),
                ])
        return DerivePublishedCase(name: "test_66_misc_post_expiry", portfolio: portfolio, parameters: p,
                                   mm: -199.64779405529939, im: -205.01100002549938, markToMarket: -191.6029850999994, optionValue: -191.6029850999994, collateralValue: 0.0,
                                   basisContingency: 0.0, mmContingencies: [0.0, 8.044808955299999, 0.0], imContingencies: [0.0, 5.363205970199999, 0.0, 0.0],
                                   scenarioPnLs: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    }
    /// `test_67_misc_skew_scenario_with_spot_move.json`
    static func case67() -> DerivePublishedCase {
        var p = fixtureParameters
        p.skewShock.linearBaseCap = 9.9
        p.skewShock.widthScale = 4.9
        p.skewShock.volParamStatic = 2.5
        p.skewShock.volParamScale = -0.9
        p.scenarios = [
            DeriveScenario(spotShock: 1.18, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.135, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.09, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.045, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 1.0, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.955, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.91, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .down, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .none, dampening: 1.0),
            DeriveScenario(spotShock: 0.865, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.8200000000000001, volShock: .up, dampening: 1.0),
            DeriveScenario(spotShock: 0.33999999999999997, volShock: .up, dampening: 0.054545454545454536),
            DeriveScenario(spotShock: 0.6699999999999999, volShock: .up, dampening: 0.10909090909090907),
            DeriveScenario(spotShock: 1.5, volShock: .up, dampening: 0.072),
            DeriveScenario(spotShock: 2.0, volShock: .up, dampening: 0.036),
            DeriveScenario(spotShock: 3.0, volShock: .up, dampening: 0.018),
            DeriveScenario(spotShock: 4.0, volShock: .up, dampening: 0.011999999999999999),
            DeriveScenario(spotShock: 1.0, volShock: .abs, dampening: 1.0),
            DeriveScenario(spotShock: 1.18, volShock: .linear, dampening: 5.0),
        ]
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 2695.7814942763334, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(2500.0, .call, -1.0, vol: 0.6419890928713738, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_67_misc_skew_scenario_with_spot_move", portfolio: portfolio, parameters: p,
                                   mm: -699.6695030318901, im: -798.6384884599281, markToMarket: -317.201576245238, optionValue: -317.201576245238, collateralValue: 0.0,
                                   basisContingency: -60.02060217250662, mmContingencies: [0.0, 8.044808955299999, 0.0], imContingencies: [0.0, 5.363205970199999, 0.0, 0.0],
                                   scenarioPnLs: [-468.0288972891901, -259.6229829654478, -290.87222608499167, -369.72469000008357, -150.41394092802767, -189.1454194194435, -275.94135328916775, -48.10240890992179, -93.983568942656, -187.3558272175831, 44.6936190069477, -6.862094868274767, -104.66978220063658, 125.24449001555004, 70.76174791780898, -28.580698838031253, 191.24403313389678, 137.6232452393107, 40.257336923445905, 241.4639377987612, 192.85980716552683, 101.28290684696995, 154.08452272829356, 17.29866513171166, 29.47498905088702, -89.99542338207867, -92.75137824056516, -94.862901684757, -95.59109570817094, -7.438370015065914, -31.43014864208368])
    }
    /// `test_68_misc_syn_forward.json`
    static func case68() -> DerivePublishedCase {
        var p = fixtureParameters
        p.margin.shortRateMultScale = 0.2
        p.margin.longRateMultScale = 0.56
        p.margin.shortRateAddScale = 0.05
        p.margin.longRateAddScale = 0.11
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 2801.18485249767, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.29, rateConfidence: 1.0, options: [
                        option(2500.0, .call, 1.0, vol: 0.6486935978183301, confidence: 0.95),
                        option(2500.0, .put, -1.0, vol: 0.6486935978183301, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_68_misc_syn_forward", portfolio: portfolio, parameters: p,
                                   mm: -100.82110518183072, im: -189.28751880902087, markToMarket: 253.04454932693, optionValue: 253.04454932693, collateralValue: 0.0,
                                   basisContingency: -180.1550687956452, mmContingencies: [0.0, 0.0, 0.0], imContingencies: [0.0, 0.0, 0.0, 0.0],
                                   scenarioPnLs: [292.77900455267013, 207.35184996877024, 207.35184996877024, 207.35184996877024, 121.92469538487018, 121.92469538487018, 121.92469538487018, 36.49754080096977, 36.49754080096977, 36.49754080096977, -48.92961378293003, -48.92961378293003, -48.92961378293003, -134.35676836683012, -134.35676836683012, -134.35676836683012, -219.78392295073027, -219.78392295073027, -219.78392295073027, -324.8100002471754, -324.8100002471754, -324.8100002471754, -442.33206813595086, -92.50367957906687, -90.98970484711312, 64.81879147474909, 66.58025757093458, 67.4609906190273, 67.75456830172489, -48.92961378293003, -48.92961378293003])
    }
    /// `test_69_misc_change_dte_min.json`
    static func case69() -> DerivePublishedCase {
        var p = fixtureParameters
        p.volShock.dteFloorDays = 399.0
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 11076452, forwardUSD: 2745.2490272903915, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.27, rateConfidence: 1.0, options: [
                        option(2500.0, .call, -1.0, vol: 0.6545248452671644, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_69_misc_change_dte_min", portfolio: portfolio, parameters: p,
                                   mm: -933.1328021856968, im: -1047.5569536649255, markToMarket: -488.8442111942821, optionValue: -488.8442111942821, collateralValue: 0.0,
                                   basisContingency: -93.0450807050663, mmContingencies: [0.0, 8.044808955299999, 0.0], imContingencies: [0.0, 5.363205970199999, 0.0, 0.0],
                                   scenarioPnLs: [-545.3047275451434, -249.1105608594326, -317.4989319667241, -450.9496907037031, -151.84211549397395, -223.48726944296203, -359.53859975050574, -59.568072178234786, -133.70360978998434, -271.34807007467367, 27.008732033424394, -48.627693977001684, -186.67188833036636, 107.17525994858062, 31.247502125859455, -105.81911167964137, 180.24316882035214, 105.43005731920789, -29.110979554674884, 245.59433278919283, 173.44833307532554, 43.12369785928746, 110.55506503735558, 26.15596149937756, 32.36480478912037, -92.22902904198432, -92.09225479889288, -94.61396150063807, -95.92938816468845, -45.23220069198311, -52.02380161160437])
    }
    /// `test_70_misc_extreme_static_disc_neg_value.json`
    static func case70() -> DerivePublishedCase {
        var p = fixtureParameters
        p.margin.shortBaseStaticDiscount = 3.0
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 11076452, forwardUSD: 2745.2490272903915, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.27, rateConfidence: 1.0, options: [
                        option(2500.0, .call, -1.0, vol: 0.6545248452671644, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_70_misc_extreme_static_disc_neg_value", portfolio: portfolio, parameters: p,
                                   mm: -950.3179594259852, im: -1069.038400215286, markToMarket: -488.8442111942821, optionValue: -488.8442111942821, collateralValue: 0.0,
                                   basisContingency: -93.0450807050663, mmContingencies: [0.0, 8.044808955299999, 0.0], imContingencies: [0.0, 5.363205970199999, 0.0, 0.0],
                                   scenarioPnLs: [-566.7861740955038, -238.82287010556655, -317.4989319667241, -472.7084966459017, -140.84810949079832, -223.48726944296203, -381.4675896389286, -48.003953509407836, -133.70360978998434, -293.3229057490842, 38.9545598402035, -48.627693977001684, -208.55051329748966, 119.26250475747929, 31.247502125859455, -127.44172557539429, 192.1857984848944, 105.43005731920789, -50.300750117720156, 257.074131470544, 173.44833307532554, 22.558935943033475, 90.81983563464718, 26.024300590825582, 30.6797907342626, -93.50168881376551, -92.47959449149677, -94.6731553237874, -95.94145418020202, -45.23220069198311, -52.02380161160437])
    }
    /// `test_71_misc_super_itm_spread.json`
    static func case71() -> DerivePublishedCase {
        let p = fixtureParameters
        let portfolio =
            DerivePortfolio(
                market: "ETH", cashUSDC: 0.0, stablePriceUSD: 1.00019088635, spotPriceUSD: 2681.6029850999994, spotConfidence: 1.0,
                collaterals: [
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 2695.7814942763334, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(3400.0, .call, 1.0, vol: 0.7100390980266688, confidence: 0.95),
                        option(3500.0, .call, -1.0, vol: 0.7206768281359544, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_71_misc_super_itm_spread", portfolio: portfolio, parameters: p,
                                   mm: -5.790477288941943, im: -12.876524194245075, markToMarket: 9.145695406770592, optionValue: 9.145695406770592, collateralValue: 0.0,
                                   basisContingency: -2.03772963907141, mmContingencies: [0.0, 8.044808955299999, 0.0], imContingencies: [0.0, 5.363205970199999, 0.0, 0.0],
                                   scenarioPnLs: [15.912422976067479, 7.7408548447761305, 11.011735722822227, 12.512743655716445, 2.495018621220238, 6.536753509214551, 9.25900072422234, -1.6401879481460737, 2.6053526949844663, 6.196925028462671, -4.664113067618805, -0.7103208510576717, 3.369387734056712, -6.695733390304857, -3.380645448813044, 0.8138689216602177, -7.935717352315475, -5.421596387946699, -1.4401610738556876, -8.61420467551567, -6.891226356202296, -3.3736969321992385, -4.980174102782642, -0.49882751971445893, -0.8903628454535166, 2.9218120723460084, 2.3940958184682946, 1.4373898702422814, 0.9723610023607565, -0.9390854646675049, -0.9390854646675049])
    }
    /// `test_85_MarginParameters_IM_LOSS_FACTOR_max.json`
    static func case85() -> DerivePublishedCase {
        var p = fixtureParameters
        p.margin.imFactor = 10.0
        p.collaterals["LBTC"] = DeriveCollateralParameters(mmHaircut: 0.03, imHaircut: 0.015, riskCancellingMarkets: ["BTC"])
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.15, imHaircut: 0.05000000000000002, riskCancellingMarkets: [])
        p.collaterals["DAI"] = DeriveCollateralParameters(mmHaircut: 0.08, imHaircut: 0.020000000000000004, riskCancellingMarkets: [])
        p.collaterals["USDT"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.030000000000000002, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 19.220930304566707, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                perp: DerivePerpHolding(size: 1.2141468878071002, markPriceUSD: 95650.1545428073, confidence: 1.0, unrealisedPnLUSD: -5281.351324292369, unrealisedFundingUSD: 0.0),
                collaterals: [
                    DeriveCollateralHolding(asset: "LBTC", amount: 19.97712415488226, priceUSD: 95569.65243595604, confidence: 1.0),
                    DeriveCollateralHolding(asset: "ETH", amount: 7.033757719813076, priceUSD: 2681.6029850999994, confidence: 1.0),
                    DeriveCollateralHolding(asset: "DAI", amount: 17.163944650584682, priceUSD: 1.0000421948282698, confidence: 1.0),
                    DeriveCollateralHolding(asset: "USDT", amount: 15.14887511292737, priceUSD: 0.99984231175, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 96248.76561417685, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(973384.0, .put, -15.568006640063189, vol: 0.7176284628146902, confidence: 0.95),
                        option(707526.0, .call, -97.70379561143608, vol: 0.7176284628146902, confidence: 0.95),
                        option(296494.0, .call, 7.394066081759036, vol: 0.7176284628146902, confidence: 0.95),
                        option(109991.0, .put, -77.68956528082471, vol: 0.5320368004564104, confidence: 0.95),
                        option(937288.0, .put, -64.26962389397373, vol: 0.7176284628146902, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.29, rateConfidence: 1.0, options: [
                        option(384749.0, .put, -87.29445876960858, vol: 0.7417490295887914, confidence: 0.95),
                        option(639327.0, .call, -9.255258734158716, vol: 0.8014248868518354, confidence: 0.95),
                        option(376479.0, .put, 75.17058807563882, vol: 0.7383375838743339, confidence: 0.95),
                        option(171768.0, .call, 21.79404228763447, vol: 0.6133134659311993, confidence: 0.95),
                        option(989628.0, .call, 52.502160015030256, vol: 0.8014248868518354, confidence: 0.95),
                        option(643599.0, .put, 7.875806023925151, vol: 0.8014248868518354, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 11076452, forwardUSD: 98198.07812501276, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.27, rateConfidence: 1.0, options: [
                        option(556520.0, .put, -23.676142698692644, vol: 0.8123033237962053, confidence: 0.95),
                        option(88994.0, .put, -46.634962009491446, vol: 0.5400952051990696, confidence: 0.95),
                        option(285193.0, .call, -13.046949866179006, vol: 0.7638416157421912, confidence: 0.95),
                        option(217411.0, .call, -47.32218984978185, vol: 0.7020689312604826, confidence: 0.95),
                        option(385660.0, .call, -69.43214629007304, vol: 0.8123033237962053, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 26801252, forwardUSD: 102701.71047172313, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.31, rateConfidence: 1.0, options: [
                        option(831110.0, .call, 99.22427604801936, vol: 0.7924929602707448, confidence: 0.95),
                        option(651555.0, .call, 82.52556786896409, vol: 0.7672178790683004, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 2004452, forwardUSD: 96031.88799711196, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.19, rateConfidence: 1.0, options: [
                        option(622334.0, .call, 5.822869019827408, vol: 0.700248052621673, confidence: 0.95),
                        option(581578.0, .call, 72.15594044689962, vol: 0.700248052621673, confidence: 0.95),
                        option(235619.0, .put, 36.34207380531495, vol: 0.700248052621673, confidence: 0.95),
                        option(371183.0, .call, 90.76318550421604, vol: 0.700248052621673, confidence: 0.95),
                        option(179427.0, .put, -40.31104171027342, vol: 0.700248052621673, confidence: 0.95),
                        option(731835.0, .put, 27.789898973201034, vol: 0.700248052621673, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 5633252, forwardUSD: 96806.98376620916, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.22999999999999998, rateConfidence: 1.0, options: [
                        option(863089.0, .call, 94.21567552272364, vol: 0.7453662506831419, confidence: 0.95),
                        option(274308.0, .put, 0.11722261005967027, vol: 0.7453662506831419, confidence: 0.95),
                        option(613039.0, .call, 74.10371396735337, vol: 0.7453662506831419, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 8657252, forwardUSD: 97577.3645258305, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.25, rateConfidence: 1.0, options: [
                        option(55366.0, .put, 44.14436387203892, vol: 0.7029811802017117, confidence: 0.95),
                        option(240462.0, .call, 28.1923597159616, vol: 0.7267852478952467, confidence: 0.95),
                        option(561380.0, .put, 55.72529572611165, vol: 0.776897013866366, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_85_MarginParameters_IM_LOSS_FACTOR_max", portfolio: portfolio, parameters: p,
                                   mm: -40170463.68073273, im: -129377743.17782006, markToMarket: -32193988.988126032, optionValue: -34116459.74884184, collateralValue: 1927732.8911097953,
                                   basisContingency: -975699.8279819685, mmContingencies: [1742.2432221834401, 169956.9733753439, 60095.670879221085], imContingencies: [580.7477407278138, 113304.64891689591, 29576.341435280716, 0.0],
                                   scenarioPnLs: [-5398662.14198922, -5218470.052292814, -5445985.555587054, -5833636.739607985, -5707843.015094912, -5928030.646059862, -6297168.915008967, -6247680.47414268, -6449742.226288413, -6790063.127115018, -6834629.812972495, -7010467.463148251, -7312589.907744367, -7462004.798200122, -7607679.422052931, -7864378.991820055, -8121702.79882835, -8237237.957680216, -8444345.899738144, -8806203.98082015, -8893960.046321418, -9050671.497519497, -9680849.756412439, -929893.4081635083, -1299473.267885044, -215739.25668077852, -22539.24142897637, 75571.79354785004, 160293.75117236434, -7049180.152513297, -7044667.779922944])
    }
    /// `test_87_MarginParameters_MM_LOSS_FACTOR_max.json`
    static func case87() -> DerivePublishedCase {
        var p = fixtureParameters
        p.margin.mmFactor = 10.0
        p.collaterals["LBTC"] = DeriveCollateralParameters(mmHaircut: 0.03, imHaircut: 0.015, riskCancellingMarkets: ["BTC"])
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.15, imHaircut: 0.05000000000000002, riskCancellingMarkets: [])
        p.collaterals["DAI"] = DeriveCollateralParameters(mmHaircut: 0.08, imHaircut: 0.020000000000000004, riskCancellingMarkets: [])
        p.collaterals["USDT"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.030000000000000002, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 19.220930304566707, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                perp: DerivePerpHolding(size: 1.2141468878071002, markPriceUSD: 95650.1545428073, confidence: 1.0, unrealisedPnLUSD: -5281.351324292369, unrealisedFundingUSD: 0.0),
                collaterals: [
                    DeriveCollateralHolding(asset: "LBTC", amount: 19.97712415488226, priceUSD: 95569.65243595604, confidence: 1.0),
                    DeriveCollateralHolding(asset: "ETH", amount: 7.033757719813076, priceUSD: 2681.6029850999994, confidence: 1.0),
                    DeriveCollateralHolding(asset: "DAI", amount: 17.163944650584682, priceUSD: 1.0000421948282698, confidence: 1.0),
                    DeriveCollateralHolding(asset: "USDT", amount: 15.14887511292737, priceUSD: 0.99984231175, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 96248.76561417685, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(973384.0, .put, -15.568006640063189, vol: 0.7176284628146902, confidence: 0.95),
                        option(707526.0, .call, -97.70379561143608, vol: 0.7176284628146902, confidence: 0.95),
                        option(296494.0, .call, 7.394066081759036, vol: 0.7176284628146902, confidence: 0.95),
                        option(109991.0, .put, -77.68956528082471, vol: 0.5320368004564104, confidence: 0.95),
                        option(937288.0, .put, -64.26962389397373, vol: 0.7176284628146902, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.29, rateConfidence: 1.0, options: [
                        option(384749.0, .put, -87.29445876960858, vol: 0.7417490295887914, confidence: 0.95),
                        option(639327.0, .call, -9.255258734158716, vol: 0.8014248868518354, confidence: 0.95),
                        option(376479.0, .put, 75.17058807563882, vol: 0.7383375838743339, confidence: 0.95),
                        option(171768.0, .call, 21.79404228763447, vol: 0.6133134659311993, confidence: 0.95),
                        option(989628.0, .call, 52.502160015030256, vol: 0.8014248868518354, confidence: 0.95),
                        option(643599.0, .put, 7.875806023925151, vol: 0.8014248868518354, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 11076452, forwardUSD: 98198.07812501276, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.27, rateConfidence: 1.0, options: [
                        option(556520.0, .put, -23.676142698692644, vol: 0.8123033237962053, confidence: 0.95),
                        option(88994.0, .put, -46.634962009491446, vol: 0.5400952051990696, confidence: 0.95),
                        option(285193.0, .call, -13.046949866179006, vol: 0.7638416157421912, confidence: 0.95),
                        option(217411.0, .call, -47.32218984978185, vol: 0.7020689312604826, confidence: 0.95),
                        option(385660.0, .call, -69.43214629007304, vol: 0.8123033237962053, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 26801252, forwardUSD: 102701.71047172313, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.31, rateConfidence: 1.0, options: [
                        option(831110.0, .call, 99.22427604801936, vol: 0.7924929602707448, confidence: 0.95),
                        option(651555.0, .call, 82.52556786896409, vol: 0.7672178790683004, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 2004452, forwardUSD: 96031.88799711196, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.19, rateConfidence: 1.0, options: [
                        option(622334.0, .call, 5.822869019827408, vol: 0.700248052621673, confidence: 0.95),
                        option(581578.0, .call, 72.15594044689962, vol: 0.700248052621673, confidence: 0.95),
                        option(235619.0, .put, 36.34207380531495, vol: 0.700248052621673, confidence: 0.95),
                        option(371183.0, .call, 90.76318550421604, vol: 0.700248052621673, confidence: 0.95),
                        option(179427.0, .put, -40.31104171027342, vol: 0.700248052621673, confidence: 0.95),
                        option(731835.0, .put, 27.789898973201034, vol: 0.700248052621673, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 5633252, forwardUSD: 96806.98376620916, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.22999999999999998, rateConfidence: 1.0, options: [
                        option(863089.0, .call, 94.21567552272364, vol: 0.7453662506831419, confidence: 0.95),
                        option(274308.0, .put, 0.11722261005967027, vol: 0.7453662506831419, confidence: 0.95),
                        option(613039.0, .call, 74.10371396735337, vol: 0.7453662506831419, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 8657252, forwardUSD: 97577.3645258305, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.25, rateConfidence: 1.0, options: [
                        option(55366.0, .put, 44.14436387203892, vol: 0.7029811802017117, confidence: 0.95),
                        option(240462.0, .call, 28.1923597159616, vol: 0.7267852478952467, confidence: 0.95),
                        option(561380.0, .put, 55.72529572611165, vol: 0.776897013866366, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_87_MarginParameters_MM_LOSS_FACTOR_max", portfolio: portfolio, parameters: p,
                                   mm: -129234281.43972716, im: -42250095.37010812, markToMarket: -32193988.988126032, optionValue: -34116459.74884184, collateralValue: 1927732.8911097953,
                                   basisContingency: -975699.8279819685, mmContingencies: [1742.2432221834401, 169956.9733753439, 60095.670879221085], imContingencies: [580.7477407278138, 113304.64891689591, 29576.341435280716, 0.0],
                                   scenarioPnLs: [-5398662.14198922, -5218470.052292814, -5445985.555587054, -5833636.739607985, -5707843.015094912, -5928030.646059862, -6297168.915008967, -6247680.47414268, -6449742.226288413, -6790063.127115018, -6834629.812972495, -7010467.463148251, -7312589.907744367, -7462004.798200122, -7607679.422052931, -7864378.991820055, -8121702.79882835, -8237237.957680216, -8444345.899738144, -8806203.98082015, -8893960.046321418, -9050671.497519497, -9680849.756412439, -929893.4081635083, -1299473.267885044, -215739.25668077852, -22539.24142897637, 75571.79354785004, 160293.75117236434, -7049180.152513297, -7044667.779922944])
    }
    /// `test_97_MarginParameters_STATIC_DISCOUNT_max.json`
    static func case97() -> DerivePublishedCase {
        var p = fixtureParameters
        p.margin.longBaseStaticDiscount = 1.1
        p.collaterals["LBTC"] = DeriveCollateralParameters(mmHaircut: 0.03, imHaircut: 0.015, riskCancellingMarkets: ["BTC"])
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.15, imHaircut: 0.05000000000000002, riskCancellingMarkets: [])
        p.collaterals["DAI"] = DeriveCollateralParameters(mmHaircut: 0.08, imHaircut: 0.020000000000000004, riskCancellingMarkets: [])
        p.collaterals["USDT"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.030000000000000002, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 19.220930304566707, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                perp: DerivePerpHolding(size: 1.2141468878071002, markPriceUSD: 95650.1545428073, confidence: 1.0, unrealisedPnLUSD: -5281.351324292369, unrealisedFundingUSD: 0.0),
                collaterals: [
                    DeriveCollateralHolding(asset: "LBTC", amount: 19.97712415488226, priceUSD: 95569.65243595604, confidence: 1.0),
                    DeriveCollateralHolding(asset: "ETH", amount: 7.033757719813076, priceUSD: 2681.6029850999994, confidence: 1.0),
                    DeriveCollateralHolding(asset: "DAI", amount: 17.163944650584682, priceUSD: 1.0000421948282698, confidence: 1.0),
                    DeriveCollateralHolding(asset: "USDT", amount: 15.14887511292737, priceUSD: 0.99984231175, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 96248.76561417685, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(973384.0, .put, -15.568006640063189, vol: 0.7176284628146902, confidence: 0.95),
                        option(707526.0, .call, -97.70379561143608, vol: 0.7176284628146902, confidence: 0.95),
                        option(296494.0, .call, 7.394066081759036, vol: 0.7176284628146902, confidence: 0.95),
                        option(109991.0, .put, -77.68956528082471, vol: 0.5320368004564104, confidence: 0.95),
                        option(937288.0, .put, -64.26962389397373, vol: 0.7176284628146902, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.29, rateConfidence: 1.0, options: [
                        option(384749.0, .put, -87.29445876960858, vol: 0.7417490295887914, confidence: 0.95),
                        option(639327.0, .call, -9.255258734158716, vol: 0.8014248868518354, confidence: 0.95),
                        option(376479.0, .put, 75.17058807563882, vol: 0.7383375838743339, confidence: 0.95),
                        option(171768.0, .call, 21.79404228763447, vol: 0.6133134659311993, confidence: 0.95),
                        option(989628.0, .call, 52.502160015030256, vol: 0.8014248868518354, confidence: 0.95),
                        option(643599.0, .put, 7.875806023925151, vol: 0.8014248868518354, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 11076452, forwardUSD: 98198.07812501276, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.27, rateConfidence: 1.0, options: [
                        option(556520.0, .put, -23.676142698692644, vol: 0.8123033237962053, confidence: 0.95),
                        option(88994.0, .put, -46.634962009491446, vol: 0.5400952051990696, confidence: 0.95),
                        option(285193.0, .call, -13.046949866179006, vol: 0.7638416157421912, confidence: 0.95),
                        option(217411.0, .call, -47.32218984978185, vol: 0.7020689312604826, confidence: 0.95),
                        option(385660.0, .call, -69.43214629007304, vol: 0.8123033237962053, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 26801252, forwardUSD: 102701.71047172313, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.31, rateConfidence: 1.0, options: [
                        option(831110.0, .call, 99.22427604801936, vol: 0.7924929602707448, confidence: 0.95),
                        option(651555.0, .call, 82.52556786896409, vol: 0.7672178790683004, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 2004452, forwardUSD: 96031.88799711196, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.19, rateConfidence: 1.0, options: [
                        option(622334.0, .call, 5.822869019827408, vol: 0.700248052621673, confidence: 0.95),
                        option(581578.0, .call, 72.15594044689962, vol: 0.700248052621673, confidence: 0.95),
                        option(235619.0, .put, 36.34207380531495, vol: 0.700248052621673, confidence: 0.95),
                        option(371183.0, .call, 90.76318550421604, vol: 0.700248052621673, confidence: 0.95),
                        option(179427.0, .put, -40.31104171027342, vol: 0.700248052621673, confidence: 0.95),
                        option(731835.0, .put, 27.789898973201034, vol: 0.700248052621673, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 5633252, forwardUSD: 96806.98376620916, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.22999999999999998, rateConfidence: 1.0, options: [
                        option(863089.0, .call, 94.21567552272364, vol: 0.7453662506831419, confidence: 0.95),
                        option(274308.0, .put, 0.11722261005967027, vol: 0.7453662506831419, confidence: 0.95),
                        option(613039.0, .call, 74.10371396735337, vol: 0.7453662506831419, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 8657252, forwardUSD: 97577.3645258305, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.25, rateConfidence: 1.0, options: [
                        option(55366.0, .put, 44.14436387203892, vol: 0.7029811802017117, confidence: 0.95),
                        option(240462.0, .call, 28.1923597159616, vol: 0.7267852478952467, confidence: 0.95),
                        option(561380.0, .put, 55.72529572611165, vol: 0.776897013866366, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_97_MarginParameters_STATIC_DISCOUNT_max", portfolio: portfolio, parameters: p,
                                   mm: -35827057.098510526, im: -36820837.14233037, markToMarket: -32193988.988126032, optionValue: -34116459.74884184, collateralValue: 1927732.8911097953,
                                   basisContingency: -975699.8279819685, mmContingencies: [1742.2432221834401, 169956.9733753439, 60095.670879221085], imContingencies: [580.7477407278138, 113304.64891689591, 29576.341435280716, 0.0],
                                   scenarioPnLs: [682357.2812214579, 810357.1533609969, 597533.4506846251, 282248.3446152667, 363710.95471553836, 156747.78403154638, -145585.9605496201, -133021.25388852524, -323088.95420376037, -601875.1727481892, -676482.2964152537, -841293.5069920631, -1086814.521701614, -1259965.5879290898, -1395302.2700252158, -1599959.0468627475, -1875325.4446966876, -1980926.0543705616, -2140150.431360572, -2514967.5132734855, -2592914.6130251987, -2705496.006908635, -3293415.1862689173, -550851.8091723187, -586174.2014009451, 205568.8824883705, 177249.90627521288, 173664.4270149858, 237933.31109131817, -4225457.858704516, -4251591.528634689])
    }
    /// `test_109_OtherContingencyParameters_PEG_LOSS_THRESHOLD_max.json`
    static func case109() -> DerivePublishedCase {
        var p = fixtureParameters
        p.otherContingency.pegLossThreshold = 100.0
        p.collaterals["LBTC"] = DeriveCollateralParameters(mmHaircut: 0.03, imHaircut: 0.015, riskCancellingMarkets: ["BTC"])
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.15, imHaircut: 0.05000000000000002, riskCancellingMarkets: [])
        p.collaterals["DAI"] = DeriveCollateralParameters(mmHaircut: 0.08, imHaircut: 0.020000000000000004, riskCancellingMarkets: [])
        p.collaterals["USDT"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.030000000000000002, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 19.220930304566707, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                perp: DerivePerpHolding(size: 1.2141468878071002, markPriceUSD: 95650.1545428073, confidence: 1.0, unrealisedPnLUSD: -5281.351324292369, unrealisedFundingUSD: 0.0),
                collaterals: [
                    DeriveCollateralHolding(asset: "LBTC", amount: 19.97712415488226, priceUSD: 95569.65243595604, confidence: 1.0),
                    DeriveCollateralHolding(asset: "ETH", amount: 7.033757719813076, priceUSD: 2681.6029850999994, confidence: 1.0),
                    DeriveCollateralHolding(asset: "DAI", amount: 17.163944650584682, priceUSD: 1.0000421948282698, confidence: 1.0),
                    DeriveCollateralHolding(asset: "USDT", amount: 15.14887511292737, priceUSD: 0.99984231175, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 96248.76561417685, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(973384.0, .put, -15.568006640063189, vol: 0.7176284628146902, confidence: 0.95),
                        option(707526.0, .call, -97.70379561143608, vol: 0.7176284628146902, confidence: 0.95),
                        option(296494.0, .call, 7.394066081759036, vol: 0.7176284628146902, confidence: 0.95),
                        option(109991.0, .put, -77.68956528082471, vol: 0.5320368004564104, confidence: 0.95),
                        option(937288.0, .put, -64.26962389397373, vol: 0.7176284628146902, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.29, rateConfidence: 1.0, options: [
                        option(384749.0, .put, -87.29445876960858, vol: 0.7417490295887914, confidence: 0.95),
                        option(639327.0, .call, -9.255258734158716, vol: 0.8014248868518354, confidence: 0.95),
                        option(376479.0, .put, 75.17058807563882, vol: 0.7383375838743339, confidence: 0.95),
                        option(171768.0, .call, 21.79404228763447, vol: 0.6133134659311993, confidence: 0.95),
                        option(989628.0, .call, 52.502160015030256, vol: 0.8014248868518354, confidence: 0.95),
                        option(643599.0, .put, 7.875806023925151, vol: 0.8014248868518354, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 11076452, forwardUSD: 98198.07812501276, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.27, rateConfidence: 1.0, options: [
                        option(556520.0, .put, -23.676142698692644, vol: 0.8123033237962053, confidence: 0.95),
                        option(88994.0, .put, -46.634962009491446, vol: 0.5400952051990696, confidence: 0.95),
                        option(285193.0, .call, -13.046949866179006, vol: 0.7638416157421912, confidence: 0.95),
                        option(217411.0, .call, -47.32218984978185, vol: 0.7020689312604826, confidence: 0.95),
                        option(385660.0, .call, -69.43214629007304, vol: 0.8123033237962053, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 26801252, forwardUSD: 102701.71047172313, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.31, rateConfidence: 1.0, options: [
                        option(831110.0, .call, 99.22427604801936, vol: 0.7924929602707448, confidence: 0.95),
                        option(651555.0, .call, 82.52556786896409, vol: 0.7672178790683004, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 2004452, forwardUSD: 96031.88799711196, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.19, rateConfidence: 1.0, options: [
                        option(622334.0, .call, 5.822869019827408, vol: 0.700248052621673, confidence: 0.95),
                        option(581578.0, .call, 72.15594044689962, vol: 0.700248052621673, confidence: 0.95),
                        option(235619.0, .put, 36.34207380531495, vol: 0.700248052621673, confidence: 0.95),
                        option(371183.0, .call, 90.76318550421604, vol: 0.700248052621673, confidence: 0.95),
                        option(179427.0, .put, -40.31104171027342, vol: 0.700248052621673, confidence: 0.95),
                        option(731835.0, .put, 27.789898973201034, vol: 0.700248052621673, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 5633252, forwardUSD: 96806.98376620916, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.22999999999999998, rateConfidence: 1.0, options: [
                        option(863089.0, .call, 94.21567552272364, vol: 0.7453662506831419, confidence: 0.95),
                        option(274308.0, .put, 0.11722261005967027, vol: 0.7453662506831419, confidence: 0.95),
                        option(613039.0, .call, 74.10371396735337, vol: 0.7453662506831419, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 8657252, forwardUSD: 97577.3645258305, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.25, rateConfidence: 1.0, options: [
                        option(55366.0, .put, 44.14436387203892, vol: 0.7029811802017117, confidence: 0.95),
                        option(240462.0, .call, 28.1923597159616, vol: 0.7267852478952467, confidence: 0.95),
                        option(561380.0, .put, 55.72529572611165, vol: 0.776897013866366, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_109_OtherContingencyParameters_PEG_LOSS_THRESHOLD_max", portfolio: portfolio, parameters: p,
                                   mm: -40170463.68073273, im: -1959054651.2556214, markToMarket: -32193988.988126032, optionValue: -34116459.74884184, collateralValue: 1927732.8911097953,
                                   basisContingency: -975699.8279819685, mmContingencies: [1742.2432221834401, 169956.9733753439, 60095.670879221085], imContingencies: [580.7477407278138, 113304.64891689591, 29576.341435280716, 0.0],
                                   scenarioPnLs: [-5398662.14198922, -5218470.052292814, -5445985.555587054, -5833636.739607985, -5707843.015094912, -5928030.646059862, -6297168.915008967, -6247680.47414268, -6449742.226288413, -6790063.127115018, -6834629.812972495, -7010467.463148251, -7312589.907744367, -7462004.798200122, -7607679.422052931, -7864378.991820055, -8121702.79882835, -8237237.957680216, -8444345.899738144, -8806203.98082015, -8893960.046321418, -9050671.497519497, -9680849.756412439, -929893.4081635083, -1299473.267885044, -215739.25668077852, -22539.24142897637, 75571.79354785004, 160293.75117236434, -7049180.152513297, -7044667.779922944])
    }
    /// `test_113_OtherContingencyParameters_THRESHOLD_CONFIDENCE_max.json`
    static func case113() -> DerivePublishedCase {
        var p = fixtureParameters
        p.otherContingency.confidenceThreshold = 1.0
        p.collaterals["LBTC"] = DeriveCollateralParameters(mmHaircut: 0.03, imHaircut: 0.015, riskCancellingMarkets: ["BTC"])
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.15, imHaircut: 0.05000000000000002, riskCancellingMarkets: [])
        p.collaterals["DAI"] = DeriveCollateralParameters(mmHaircut: 0.08, imHaircut: 0.020000000000000004, riskCancellingMarkets: [])
        p.collaterals["USDT"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.030000000000000002, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 19.220930304566707, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                perp: DerivePerpHolding(size: 1.2141468878071002, markPriceUSD: 95650.1545428073, confidence: 1.0, unrealisedPnLUSD: -5281.351324292369, unrealisedFundingUSD: 0.0),
                collaterals: [
                    DeriveCollateralHolding(asset: "LBTC", amount: 19.97712415488226, priceUSD: 95569.65243595604, confidence: 1.0),
                    DeriveCollateralHolding(asset: "ETH", amount: 7.033757719813076, priceUSD: 2681.6029850999994, confidence: 1.0),
                    DeriveCollateralHolding(asset: "DAI", amount: 17.163944650584682, priceUSD: 1.0000421948282698, confidence: 1.0),
                    DeriveCollateralHolding(asset: "USDT", amount: 15.14887511292737, priceUSD: 0.99984231175, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 96248.76561417685, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(973384.0, .put, -15.568006640063189, vol: 0.7176284628146902, confidence: 0.95),
                        option(707526.0, .call, -97.70379561143608, vol: 0.7176284628146902, confidence: 0.95),
                        option(296494.0, .call, 7.394066081759036, vol: 0.7176284628146902, confidence: 0.95),
                        option(109991.0, .put, -77.68956528082471, vol: 0.5320368004564104, confidence: 0.95),
                        option(937288.0, .put, -64.26962389397373, vol: 0.7176284628146902, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.29, rateConfidence: 1.0, options: [
                        option(384749.0, .put, -87.29445876960858, vol: 0.7417490295887914, confidence: 0.95),
                        option(639327.0, .call, -9.255258734158716, vol: 0.8014248868518354, confidence: 0.95),
                        option(376479.0, .put, 75.17058807563882, vol: 0.7383375838743339, confidence: 0.95),
                        option(171768.0, .call, 21.79404228763447, vol: 0.6133134659311993, confidence: 0.95),
                        option(989628.0, .call, 52.502160015030256, vol: 0.8014248868518354, confidence: 0.95),
                        option(643599.0, .put, 7.875806023925151, vol: 0.8014248868518354, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 11076452, forwardUSD: 98198.07812501276, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.27, rateConfidence: 1.0, options: [
                        option(556520.0, .put, -23.676142698692644, vol: 0.8123033237962053, confidence: 0.95),
                        option(88994.0, .put, -46.634962009491446, vol: 0.5400952051990696, confidence: 0.95),
                        option(285193.0, .call, -13.046949866179006, vol: 0.7638416157421912, confidence: 0.95),
                        option(217411.0, .call, -47.32218984978185, vol: 0.7020689312604826, confidence: 0.95),
                        option(385660.0, .call, -69.43214629007304, vol: 0.8123033237962053, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 26801252, forwardUSD: 102701.71047172313, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.31, rateConfidence: 1.0, options: [
                        option(831110.0, .call, 99.22427604801936, vol: 0.7924929602707448, confidence: 0.95),
                        option(651555.0, .call, 82.52556786896409, vol: 0.7672178790683004, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 2004452, forwardUSD: 96031.88799711196, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.19, rateConfidence: 1.0, options: [
                        option(622334.0, .call, 5.822869019827408, vol: 0.700248052621673, confidence: 0.95),
                        option(581578.0, .call, 72.15594044689962, vol: 0.700248052621673, confidence: 0.95),
                        option(235619.0, .put, 36.34207380531495, vol: 0.700248052621673, confidence: 0.95),
                        option(371183.0, .call, 90.76318550421604, vol: 0.700248052621673, confidence: 0.95),
                        option(179427.0, .put, -40.31104171027342, vol: 0.700248052621673, confidence: 0.95),
                        option(731835.0, .put, 27.789898973201034, vol: 0.700248052621673, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 5633252, forwardUSD: 96806.98376620916, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.22999999999999998, rateConfidence: 1.0, options: [
                        option(863089.0, .call, 94.21567552272364, vol: 0.7453662506831419, confidence: 0.95),
                        option(274308.0, .put, 0.11722261005967027, vol: 0.7453662506831419, confidence: 0.95),
                        option(613039.0, .call, 74.10371396735337, vol: 0.7453662506831419, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 8657252, forwardUSD: 97577.3645258305, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.25, rateConfidence: 1.0, options: [
                        option(55366.0, .put, 44.14436387203892, vol: 0.7029811802017117, confidence: 0.95),
                        option(240462.0, .call, 28.1923597159616, vol: 0.7267852478952467, confidence: 0.95),
                        option(561380.0, .put, 55.72529572611165, vol: 0.776897013866366, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_113_OtherContingencyParameters_THRESHOLD_CONFIDENCE_max", portfolio: portfolio, parameters: p,
                                   mm: -40170463.68073273, im: -49272099.23517375, markToMarket: -32193988.988126032, optionValue: -34116459.74884184, collateralValue: 1927732.8911097953,
                                   basisContingency: -975699.8279819685, mmContingencies: [1742.2432221834401, 169956.9733753439, 60095.670879221085], imContingencies: [580.7477407278138, 113304.64891689591, 29576.341435280716, 7022003.865065618],
                                   scenarioPnLs: [-5398662.14198922, -5218470.052292814, -5445985.555587054, -5833636.739607985, -5707843.015094912, -5928030.646059862, -6297168.915008967, -6247680.47414268, -6449742.226288413, -6790063.127115018, -6834629.812972495, -7010467.463148251, -7312589.907744367, -7462004.798200122, -7607679.422052931, -7864378.991820055, -8121702.79882835, -8237237.957680216, -8444345.899738144, -8806203.98082015, -8893960.046321418, -9050671.497519497, -9680849.756412439, -929893.4081635083, -1299473.267885044, -215739.25668077852, -22539.24142897637, 75571.79354785004, 160293.75117236434, -7049180.152513297, -7044667.779922944])
    }
    /// `test_121_OtherContingencyParameters_MMOptionPercent_max.json`
    static func case121() -> DerivePublishedCase {
        var p = fixtureParameters
        p.otherContingency.mmOptionPercent = 2.0
        p.otherContingency.imOptionPercent = 0.004999999999999893
        p.collaterals["LBTC"] = DeriveCollateralParameters(mmHaircut: 0.03, imHaircut: 0.015, riskCancellingMarkets: ["BTC"])
        p.collaterals["ETH"] = DeriveCollateralParameters(mmHaircut: 0.15, imHaircut: 0.05000000000000002, riskCancellingMarkets: [])
        p.collaterals["DAI"] = DeriveCollateralParameters(mmHaircut: 0.08, imHaircut: 0.020000000000000004, riskCancellingMarkets: [])
        p.collaterals["USDT"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.030000000000000002, riskCancellingMarkets: [])
        let portfolio =
            DerivePortfolio(
                market: "BTC", cashUSDC: 19.220930304566707, stablePriceUSD: 1.00019088635, spotPriceUSD: 95663.50604855, spotConfidence: 1.0,
                perp: DerivePerpHolding(size: 1.2141468878071002, markPriceUSD: 95650.1545428073, confidence: 1.0, unrealisedPnLUSD: -5281.351324292369, unrealisedFundingUSD: 0.0),
                collaterals: [
                    DeriveCollateralHolding(asset: "LBTC", amount: 19.97712415488226, priceUSD: 95569.65243595604, confidence: 1.0),
                    DeriveCollateralHolding(asset: "ETH", amount: 7.033757719813076, priceUSD: 2681.6029850999994, confidence: 1.0),
                    DeriveCollateralHolding(asset: "DAI", amount: 17.163944650584682, priceUSD: 1.0000421948282698, confidence: 1.0),
                    DeriveCollateralHolding(asset: "USDT", amount: 15.14887511292737, priceUSD: 0.99984231175, confidence: 1.0),
                ],
                expiries: [
                    DeriveExpiry(secondsToExpiry: 3214052, forwardUSD: 96248.76561417685, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.21000000000000002, rateConfidence: 1.0, options: [
                        option(973384.0, .put, -15.568006640063189, vol: 0.7176284628146902, confidence: 0.95),
                        option(707526.0, .call, -97.70379561143608, vol: 0.7176284628146902, confidence: 0.95),
                        option(296494.0, .call, 7.394066081759036, vol: 0.7176284628146902, confidence: 0.95),
                        option(109991.0, .put, -77.68956528082471, vol: 0.5320368004564104, confidence: 0.95),
                        option(937288.0, .put, -64.26962389397373, vol: 0.7176284628146902, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 18938852, forwardUSD: 100374.61000117072, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.29, rateConfidence: 1.0, options: [
                        option(384749.0, .put, -87.29445876960858, vol: 0.7417490295887914, confidence: 0.95),
                        option(639327.0, .call, -9.255258734158716, vol: 0.8014248868518354, confidence: 0.95),
                        option(376479.0, .put, 75.17058807563882, vol: 0.7383375838743339, confidence: 0.95),
                        option(171768.0, .call, 21.79404228763447, vol: 0.6133134659311993, confidence: 0.95),
                        option(989628.0, .call, 52.502160015030256, vol: 0.8014248868518354, confidence: 0.95),
                        option(643599.0, .put, 7.875806023925151, vol: 0.8014248868518354, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 11076452, forwardUSD: 98198.07812501276, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.27, rateConfidence: 1.0, options: [
                        option(556520.0, .put, -23.676142698692644, vol: 0.8123033237962053, confidence: 0.95),
                        option(88994.0, .put, -46.634962009491446, vol: 0.5400952051990696, confidence: 0.95),
                        option(285193.0, .call, -13.046949866179006, vol: 0.7638416157421912, confidence: 0.95),
                        option(217411.0, .call, -47.32218984978185, vol: 0.7020689312604826, confidence: 0.95),
                        option(385660.0, .call, -69.43214629007304, vol: 0.8123033237962053, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 26801252, forwardUSD: 102701.71047172313, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.31, rateConfidence: 1.0, options: [
                        option(831110.0, .call, 99.22427604801936, vol: 0.7924929602707448, confidence: 0.95),
                        option(651555.0, .call, 82.52556786896409, vol: 0.7672178790683004, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 2004452, forwardUSD: 96031.88799711196, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.19, rateConfidence: 1.0, options: [
                        option(622334.0, .call, 5.822869019827408, vol: 0.700248052621673, confidence: 0.95),
                        option(581578.0, .call, 72.15594044689962, vol: 0.700248052621673, confidence: 0.95),
                        option(235619.0, .put, 36.34207380531495, vol: 0.700248052621673, confidence: 0.95),
                        option(371183.0, .call, 90.76318550421604, vol: 0.700248052621673, confidence: 0.95),
                        option(179427.0, .put, -40.31104171027342, vol: 0.700248052621673, confidence: 0.95),
                        option(731835.0, .put, 27.789898973201034, vol: 0.700248052621673, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 5633252, forwardUSD: 96806.98376620916, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.22999999999999998, rateConfidence: 1.0, options: [
                        option(863089.0, .call, 94.21567552272364, vol: 0.7453662506831419, confidence: 0.95),
                        option(274308.0, .put, 0.11722261005967027, vol: 0.7453662506831419, confidence: 0.95),
                        option(613039.0, .call, 74.10371396735337, vol: 0.7453662506831419, confidence: 0.95),
                    ]),
                    DeriveExpiry(secondsToExpiry: 8657252, forwardUSD: 97577.3645258305, forwardFixedPortionUSD: 0.0, forwardConfidence: 1.0, rate: 0.25, rateConfidence: 1.0, options: [
                        option(55366.0, .put, 44.14436387203892, vol: 0.7029811802017117, confidence: 0.95),
                        option(240462.0, .call, 28.1923597159616, vol: 0.7267852478952467, confidence: 0.95),
                        option(561380.0, .put, 55.72529572611165, vol: 0.776897013866366, confidence: 0.95),
                    ]),
                ])
        return DerivePublishedCase(name: "test_121_OtherContingencyParameters_MMOptionPercent_max", portfolio: portfolio, parameters: p,
                                   mm: -153305155.62425327, im: -155554744.28700405, markToMarket: -32193988.988126032, optionValue: -34116459.74884184, collateralValue: 1927732.8911097953,
                                   basisContingency: -975699.8279819685, mmContingencies: [1742.2432221834401, 113304648.91689591, 60095.670879221085], imContingencies: [580.7477407278138, 283261.6222922653, 29576.341435280716, 0.0],
                                   scenarioPnLs: [-5398662.14198922, -5218470.052292814, -5445985.555587054, -5833636.739607985, -5707843.015094912, -5928030.646059862, -6297168.915008967, -6247680.47414268, -6449742.226288413, -6790063.127115018, -6834629.812972495, -7010467.463148251, -7312589.907744367, -7462004.798200122, -7607679.422052931, -7864378.991820055, -8121702.79882835, -8237237.957680216, -8444345.899738144, -8806203.98082015, -8893960.046321418, -9050671.497519497, -9680849.756412439, -929893.4081635083, -1299473.267885044, -215739.25668077852, -22539.24142897637, 75571.79354785004, 160293.75117236434, -7049180.152513297, -7044667.779922944])
    }
}

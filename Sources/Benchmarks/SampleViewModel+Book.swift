import Dashboard
extension SampleViewModel {
    /// Builds one row with margin figures for the three modes.
    static func row(
        _ instrument: String, _ underlying: String, _ kind: String, size: Double, unit: String, entry: Double?,
        mark: Double, pnl: Double, notional: Double, greeks: PositionGreeks,
        isolated: (Double, Double, Double?, Double?, Double?), cross: (Double, Double), portfolio: (Double, Double),
        accountLiquidation: Double?, spot: Double, schedule: [String]
    ) -> PositionRow {
        let accountDistance = accountLiquidation.map { abs($0 - spot) / spot }
        return PositionRow(
            instrument: instrument, underlying: underlying, kindLabel: kind, size: size, sizeUnit: unit,
            entryPrice: entry, markPrice: mark, unrealizedPnlUSD: pnl, notionalUSD: notional, greeks: greeks,
            margin: PerMode(
                isolated: PositionMarginFigures(initialMarginUSD: isolated.0, maintenanceMarginUSD: isolated.1,
                                                liquidationPrice: isolated.2, distanceToLiquidation: isolated.3,
                                                utilization: isolated.4),
                cross: PositionMarginFigures(initialMarginUSD: cross.0, maintenanceMarginUSD: cross.1,
                                             liquidationPrice: accountLiquidation, distanceToLiquidation: accountDistance,
                                             utilization: cross.1 / 441_900),
                portfolio: PositionMarginFigures(initialMarginUSD: portfolio.0, maintenanceMarginUSD: portfolio.1,
                                                 liquidationPrice: accountLiquidation.map { $0 * 0.78 },
                                                 distanceToLiquidation: accountDistance.map { $0 + 0.17 },
                                                 utilization: max(0, portfolio.1) / 231_760)),
            scheduleLines: schedule)
    }

    static let deribitFuture = ["IM = 2% + 0.005% per BTC of size", "MM = 1% + 0.005% per BTC of size (Deribit)"]
    static let deribitShortCall = ["IM = max(0.15 − OTM/U, 0.1) + mark  (coin per contract)", "MM = 0.075 + mark"]
    static let deribitShortPut = ["IM = max(max(0.15 − OTM/U, 0.1) + mark, MM)", "MM = max(0.075, 0.075·mark) + mark"]

    static let samplePositions: [PositionRow] = [
        row("BTC-PERPETUAL", "BTC", "inverse perpetual", size: 2_500_000, unit: "USD", entry: 61_200, mark: 65_012,
            pnl: 149_360, notional: 2_500_000, greeks: PositionGreeks(delta: 38.45),
            isolated: (59_800, 29_900, 44_870, 0.310, 0.42), cross: (59_800, 29_900), portfolio: (31_200, 24_960),
            accountLiquidation: 57_300, spot: 65_012, schedule: deribitFuture),
        row("ETH-PERPETUAL", "ETH", "inverse perpetual", size: -1_200_000, unit: "USD", entry: 3_520, mark: 3_402,
            pnl: 39_860, notional: 1_200_000, greeks: PositionGreeks(delta: -352.7),
            isolated: (26_400, 13_200, 4_118, 0.210, 0.38), cross: (26_400, 13_200), portfolio: (14_100, 11_280),
            accountLiquidation: 3_690, spot: 3_402, schedule: deribitFuture),
        row("BTCUSDT", "BTC", "linear perpetual", size: 14.2, unit: "BTC", entry: 67_950, mark: 65_020,
            pnl: -41_606, notional: 923_284, greeks: PositionGreeks(delta: 14.2),
            isolated: (92_330, 13_849, 64_380, 0.0098, 1.01), cross: (92_330, 13_849), portfolio: (40_100, 32_080),
            accountLiquidation: 57_300, spot: 65_012, schedule: ["Binance tier ≤1M: MMR 1%, cum 1,300", "IM = notional / 10x"]),
        row("BTC-27MAR26", "BTC", "inverse future", size: 1_500_000, unit: "USD", entry: 64_100, mark: 65_640,
            pnl: 36_040, notional: 1_500_000, greeks: PositionGreeks(delta: 22.85),
            isolated: (33_400, 16_700, 52_130, 0.198, 0.55), cross: (33_400, 16_700), portfolio: (17_900, 14_320),
            accountLiquidation: 57_300, spot: 65_012, schedule: deribitFuture),
        row("BTC-27MAR26-70000-C", "BTC", "inverse call", size: -40, unit: "BTC", entry: 0.0415, mark: 0.0298,
            pnl: 30_420, notional: 2_600_480, greeks: PositionGreeks(delta: -12.4, gamma: -0.00031, vega: -5_820, theta: 2_110),
            isolated: (352_100, 274_000, 79_400, 0.221, 0.86), cross: (352_100, 274_000), portfolio: (121_500, 97_200),
            accountLiquidation: 57_300, spot: 65_012, schedule: deribitShortCall),
        row("BTC-27MAR26-60000-P", "BTC", "inverse put", size: 25, unit: "BTC", entry: 0.0290, mark: 0.0352,
            pnl: 10_080, notional: 1_625_300, greeks: PositionGreeks(delta: -7.9, gamma: 0.00024, vega: 3_960, theta: -1_450),
            isolated: (0, 0, nil, nil, nil), cross: (0, 0), portfolio: (-8_400, -6_720),
            accountLiquidation: nil, spot: 65_012, schedule: ["long option: no margin beyond the premium"]),
        row("ETH-27MAR26-3000-P", "ETH", "inverse put", size: -300, unit: "ETH", entry: 0.0380, mark: 0.0466,
            pnl: -8_777, notional: 1_020_600, greeks: PositionGreeks(delta: 81.3, gamma: -0.021, vega: -1_870, theta: 610),
            isolated: (118_400, 77_300, 2_711, 0.203, 0.88), cross: (118_400, 77_300), portfolio: (46_300, 37_040),
            accountLiquidation: 3_690, spot: 3_402, schedule: deribitShortPut),
        row("ETH-27MAR26-4000-C", "ETH", "inverse call", size: 200, unit: "ETH", entry: 0.0210, mark: 0.0163,
            pnl: -3_198, notional: 680_400, greeks: PositionGreeks(delta: 38.2, gamma: 0.014, vega: 1_540, theta: -520),
            isolated: (0, 0, nil, nil, nil), cross: (0, 0), portfolio: (-4_900, -3_920),
            accountLiquidation: nil, spot: 3_402, schedule: ["long option: no margin beyond the premium"]),
        row("BTC_USDC-27MAR26-90000-C", "BTC", "linear call", size: -15, unit: "BTC", entry: 820, mark: 455,
            pnl: 5_475, notional: 975_180, greeks: PositionGreeks(delta: -1.35, gamma: -0.00004, vega: -1_010, theta: 390),
            isolated: (8_120, 4_680, 96_300, 0.481, 0.22), cross: (8_120, 4_680), portfolio: (3_100, 2_480),
            accountLiquidation: 57_300, spot: 65_012, schedule: deribitShortCall),
        row("SOL_USDC-PERPETUAL", "SOL", "linear perpetual", size: 4_000, unit: "SOL", entry: 17.85, mark: 16.42,
            pnl: -5_720, notional: 65_680, greeks: PositionGreeks(delta: 4_000),
            isolated: (3_280, 1_640, 13.91, 0.153, 0.64), cross: (3_280, 1_640), portfolio: (2_900, 2_320),
            accountLiquidation: 11.2, spot: 16.42, schedule: deribitFuture),
    ]

    static let scenarios: [StressScenarioRow] = [
        StressScenarioRow(name: "12 Mar 2020", shockDescription: "BTC −39%, ETH −43%, vol ×2 in a day",
                          outcome: PerMode(isolated: StressOutcome(pnlUSD: -402_000, equityUSD: 210_400, maintenanceMarginUSD: 498_000, utilization: 2.37),
                                           cross: StressOutcome(pnlUSD: -402_000, equityUSD: 210_400, maintenanceMarginUSD: 380_000, utilization: 1.81),
                                           portfolio: StressOutcome(pnlUSD: -402_000, equityUSD: 210_400, maintenanceMarginUSD: 262_000, utilization: 1.25)),
                          liquidatedInstruments: ["BTC-PERPETUAL", "BTCUSDT", "BTC-27MAR26"]),
        StressScenarioRow(name: "9 Nov 2022 (FTX)", shockDescription: "BTC −14%, ETH −17%, vol +50%",
                          outcome: PerMode(isolated: StressOutcome(pnlUSD: -121_500, equityUSD: 490_900, maintenanceMarginUSD: 560_100, utilization: 1.141),
                                           cross: StressOutcome(pnlUSD: -121_500, equityUSD: 490_900, maintenanceMarginUSD: 447_300, utilization: 0.911),
                                           portfolio: StressOutcome(pnlUSD: -121_500, equityUSD: 490_900, maintenanceMarginUSD: 251_000, utilization: 0.511)),
                          liquidatedInstruments: []),
        StressScenarioRow(name: "Feb 2026 selloff", shockDescription: "BTC −22%, ETH −28%, vol +35%",
                          outcome: PerMode(isolated: StressOutcome(pnlUSD: -208_300, equityUSD: 404_100, maintenanceMarginUSD: 530_000, utilization: 1.31),
                                           cross: StressOutcome(pnlUSD: -208_300, equityUSD: 404_100, maintenanceMarginUSD: 419_700, utilization: 1.039),
                                           portfolio: StressOutcome(pnlUSD: -208_300, equityUSD: 404_100, maintenanceMarginUSD: 244_000, utilization: 0.604)),
                          liquidatedInstruments: ["BTCUSDT"]),
        StressScenarioRow(name: "All −30%, vol ×2", shockDescription: "every underlying −30%, implied vol doubled",
                          outcome: PerMode(isolated: StressOutcome(pnlUSD: -311_800, equityUSD: 300_600, maintenanceMarginUSD: 515_000, utilization: 1.71),
                                           cross: StressOutcome(pnlUSD: -311_800, equityUSD: 300_600, maintenanceMarginUSD: 401_200, utilization: 1.335),
                                           portfolio: StressOutcome(pnlUSD: -311_800, equityUSD: 300_600, maintenanceMarginUSD: 259_000, utilization: 0.862)),
                          liquidatedInstruments: ["BTC-PERPETUAL", "BTCUSDT"]),
        StressScenarioRow(name: "Squeeze +25%", shockDescription: "BTC +25%, ETH +30%, vol +20%",
                          outcome: PerMode(isolated: StressOutcome(pnlUSD: 96_400, equityUSD: 708_800, maintenanceMarginUSD: 601_000, utilization: 0.848),
                                           cross: StressOutcome(pnlUSD: 96_400, equityUSD: 708_800, maintenanceMarginUSD: 488_000, utilization: 0.688),
                                           portfolio: StressOutcome(pnlUSD: 96_400, equityUSD: 708_800, maintenanceMarginUSD: 240_500, utilization: 0.339)),
                          liquidatedInstruments: []),
    ]
}

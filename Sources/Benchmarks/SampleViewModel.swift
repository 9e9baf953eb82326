import Dashboard
import MarginEngine
/// A realistic demo book for snapshots and the benchmark: BTC/ETH inverse perps, a
/// BTCUSDT linear perp, a dated future, long and short options, three modes with different numbers,
/// and some alerts. Numbers are illustrative, not engine output.
public enum SampleViewModel {
    /// The demo view model; `instrumentOverride` replaces the first instrument's name (for the
    /// hostile-symbol snapshot).
    public static func make(instrumentOverride: String? = nil) -> DashboardViewModel {
        var positions = samplePositions
        if let instrumentOverride { positions[0].instrument = instrumentOverride }
        return DashboardViewModel(
            header: HeaderModel(
                feedName: "tape ftx-2022-11.csv", clock: "2022-11-09 14:03:22 UTC", speed: "×60", isPaused: false,
                status: "3 bad rows skipped",
                figures: PerMode(
                    isolated: ModeFigures(equityUSD: 612_400, initialMarginUSD: 690_250, maintenanceMarginUSD: 557_300,
                                          freeCollateralUSD: -77_850, utilization: 0.910),
                    cross: ModeFigures(equityUSD: 612_400, initialMarginUSD: 585_100, maintenanceMarginUSD: 441_900,
                                       freeCollateralUSD: 27_300, utilization: 0.7216),
                    portfolio: ModeFigures(equityUSD: 612_400, initialMarginUSD: 289_700, maintenanceMarginUSD: 231_760,
                                           freeCollateralUSD: 322_700, utilization: 0.3785))),
            positions: positions,
            risk: RiskModel(
                stressMatrices: [matrix("BTC", delta: 9.1, gamma: -0.00042, vega: -2_100, spot: 65_012),
                                 matrix("ETH", delta: -31, gamma: 0.012, vega: 900, spot: 3_402)],
                confidence: 0.99, horizon: "1d", valueAtRiskUSD: 118_400, expectedShortfallUSD: 156_900,
                riskMatrixMarginUSD: 231_760, expectedShortfallMarginUSD: 156_900,
                contributors: [
                    ExpectedShortfallContributor(instrument: "BTC-PERPETUAL", contributionUSD: 88_200),
                    ExpectedShortfallContributor(instrument: "BTC-27MAR26", contributionUSD: 41_700),
                    ExpectedShortfallContributor(instrument: "BTCUSDT", contributionUSD: 36_900),
                    ExpectedShortfallContributor(instrument: "BTC-27MAR26-70000-C", contributionUSD: -12_300),
                    ExpectedShortfallContributor(instrument: "ETH-PERPETUAL", contributionUSD: 9_800),
                ]),
            alerts: [
                AlertRow(time: "14:03:21", severity: .liquidation, mode: "ISOLATED", message: "BTCUSDT closed 1.2 @ 63,950, penalty 384"),
                AlertRow(time: "14:03:05", severity: .danger, mode: "ISOLATED", message: "BTCUSDT util 101% ≥ 100%"),
                AlertRow(time: "14:02:40", severity: .warning, mode: "ISOLATED", message: "account util 91.0% ≥ 85%"),
                AlertRow(time: "14:01:12", severity: .notice, mode: "CROSS", message: "account util 72.2% ≥ 70%"),
                AlertRow(time: "13:58:47", severity: .notice, mode: "", message: "BTC vol regime: EWMA σ 4.1%/day"),
                AlertRow(time: "13:52:03", severity: .warning, mode: "ISOLATED", message: "ETH-27MAR26-3000-P util 88%"),
            ],
            sparklines: [
                SparklineSeries(label: "BTC", kind: .price, values: wave(start: 69_800, end: 65_012, count: 90, wobble: 420)),
                SparklineSeries(label: "ETH", kind: .price, values: wave(start: 3_620, end: 3_402, count: 90, wobble: 31)),
                SparklineSeries(label: "util", kind: .utilization, values: wave(start: 0.55, end: 0.7216, count: 90, wobble: 0.02)),
            ],
            stressScenarios: scenarios,
            liquidationLevels: PerMode(
                isolated: [LiquidationLevels.Underlying(underlying: "BTC", indexUSD: 65_012, down: 63_950 / 65_012.0, up: 79_400 / 65_012.0),
                           LiquidationLevels.Underlying(underlying: "ETH", indexUSD: 3_402, down: nil, up: 3_560 / 3_402.0)],
                cross: [LiquidationLevels.Underlying(underlying: "BTC", indexUSD: 65_012, down: 57_300 / 65_012.0, up: nil),
                        LiquidationLevels.Underlying(underlying: "ETH", indexUSD: 3_402, down: nil, up: 3_690 / 3_402.0)],
                portfolio: [LiquidationLevels.Underlying(underlying: "BTC", indexUSD: 65_012, down: 44_694 / 65_012.0, up: nil),
                            LiquidationLevels.Underlying(underlying: "ETH", indexUSD: 3_402, down: nil, up: 4_410 / 3_402.0)]))
    }

    /// A deterministic wavy path from `start` to `end` (no randomness: snapshots stay stable).
    static func wave(start: Double, end: Double, count: Int, wobble: Double) -> [Double] {
        (0..<count).map { index in
            let t = Double(index) / Double(max(1, count - 1))
            let phase = Double(index)
            return start + (end - start) * t + wobble * (1 - t) * (0.6 * sine(phase * 0.37) + 0.4 * sine(phase * 0.11 + 1))
        }
    }

    /// sin without Foundation (Taylor series after range reduction; plenty for demo data).
    static func sine(_ x: Double) -> Double {
        let twoPi = 6.283185307179586
        var r = x - (x / twoPi).rounded(.down) * twoPi
        if r > twoPi / 2 { r -= twoPi }
        var term = r, sum = r
        for n in 1..<10 {
            term *= -r * r / Double((2 * n) * (2 * n + 1))
            sum += term
        }
        return sum
    }

    /// A delta-gamma-vega stress matrix: moves 0, ±4 … ±16%, vol up / unchanged / down.
    static func matrix(_ underlying: String, delta: Double, gamma: Double, vega: Double, spot: Double) -> StressMatrixModel {
        let moves = [-0.16, -0.12, -0.08, -0.04, 0, 0.04, 0.08, 0.12, 0.16]
        let volShocks = [50.0, 0, -25]
        let pnl = volShocks.map { shock in
            moves.map { move in
                let dS = spot * move
                return delta * dS + 0.5 * gamma * dS * dS + vega * shock
            }
        }
        return StressMatrixModel(underlying: underlying, priceMoves: moves, volScenarios: ["vol+", "vol=", "vol-"], pnlUSD: pnl)
    }
}

import RealModule

/// Parameters of Deribit's portfolio-margin risk matrix for one currency (DESIGN §5.3).
///
/// Source: Deribit API docs `private/pme/simulate` (the `parameters` object) and Deribit support,
/// "Portfolio Margin". BTC values as published in 2024, ETH as published in 2026. The vol shock
/// shape `IV·(1 ± shock·(30/max(DTE, 1))^power)` is Paradex's published formula for a
/// Deribit-style venue (Deribit does not publish its own).
public struct RiskMatrixParameters: Sendable, Equatable {
    /// Largest price move of the regular matrix, a fraction (0.16 = ±16%). The floor of the dynamic
    /// scan range.
    public var priceRange: Double
    /// Buckets on each side of zero (4 → moves 0, ±4, ±8, ±12, ±16% for a 0.16 range).
    public var bucketsPerSide: Int
    /// Vol-up shock, a fraction of IV before the term factor (0.5).
    public var volShockUp: Double
    /// Vol-down shock, a fraction of IV before the term factor (0.25).
    public var volShockDown: Double
    /// Term-factor power for options with fewer than 30 days to expiry (0.30).
    public var vegaPowerShort: Double
    /// Term-factor power for options with 30 days or more (0.13).
    public var vegaPowerLong: Double
    /// The vol-up shock is applied to at least this IV level (fraction, 0.5): a 20% IV moves up as
    /// much, in vol points, as a 50% one. (Deribit's `min_volatility_for_shock_up`; this reading is
    /// ours.)
    public var minVolatilityForShockUp: Double
    /// MM = `mmFactor` · risk-matrix margin (0.8).
    public var mmFactor: Double
    /// Gains in a scenario count at this fraction (1 = fully; ETH 0.6), applied per instrument after
    /// netting positions in the same instrument.
    public var pnlOffset: Double
    /// Roll shock rate per year of time to expiry (0.075 BTC, 0.05 ETH).
    public var annualisedMoveRisk: Double
    /// Roll shock floor, a fraction of the coin size (0.01 BTC, 0.005 ETH).
    public var minAnnualisedMove: Double
    /// Largest delta shock, a fraction of |net delta| (0.1).
    public var maxDeltaShock: Double
    /// |net delta| in USD above which the delta shock starts (20,000,000).
    public var deltaTotalLiquidationShockThresholdUSD: Double
    /// Deribit's `extended_dampener` (USD). Kept as data and reported; Deribit does not publish
    /// how it enters, so the extended moves use only the published weight price_range/|move|.
    public var extendedDampener: Double
    /// Extended price moves, fractions (−0.66 … +5.0), evaluated with the vol-up shock.
    public var extendedMoves: [Double]
    /// Short-option contingency, coin per contract of |short option| (0 unless the catalogue says).
    public var shortOptionContingency: Double

    public init(priceRange: Double = 0.16, bucketsPerSide: Int = 4, volShockUp: Double = 0.5,
                volShockDown: Double = 0.25, vegaPowerShort: Double = 0.30, vegaPowerLong: Double = 0.13,
                minVolatilityForShockUp: Double = 0.5, mmFactor: Double = 0.8, pnlOffset: Double = 1,
                annualisedMoveRisk: Double = 0.075, minAnnualisedMove: Double = 0.01, maxDeltaShock: Double = 0.1,
                deltaTotalLiquidationShockThresholdUSD: Double = 20_000_000, extendedDampener: Double = 100_000,
                extendedMoves: [Double] = [-0.66, -0.33, 0.5, 1, 2, 3, 4, 5], shortOptionContingency: Double = 0) {
        self.priceRange = priceRange
        self.bucketsPerSide = bucketsPerSide
        self.volShockUp = volShockUp
        self.volShockDown = volShockDown
        self.vegaPowerShort = vegaPowerShort
        self.vegaPowerLong = vegaPowerLong
        self.minVolatilityForShockUp = minVolatilityForShockUp
        self.mmFactor = mmFactor
        self.pnlOffset = pnlOffset
        self.annualisedMoveRisk = annualisedMoveRisk
        self.minAnnualisedMove = minAnnualisedMove
        self.maxDeltaShock = maxDeltaShock
        self.deltaTotalLiquidationShockThresholdUSD = deltaTotalLiquidationShockThresholdUSD
        self.extendedDampener = extendedDampener
        self.extendedMoves = extendedMoves
        self.shortOptionContingency = shortOptionContingency
    }

    /// Regular price moves for a scan range (fractions): −range … +range in `bucketsPerSide` steps.
    public func priceMoves(range: Double) -> [Double] {
        let n = max(1, bucketsPerSide)
        return (-n...n).map { range * Double($0) / Double(n) }
    }

    /// Term factor `(30 / max(DTE, 1))^power` for an option `days` from expiry.
    public func termFactor(days: Double) -> Double {
        let power = days < 30 ? vegaPowerShort : vegaPowerLong
        return Double.pow(30 / max(days, 1), power)
    }

    /// Shocked IV (fraction) for the vol scenario `direction` (+1 up, 0 unchanged, −1 down).
    public func shockedVol(_ vol: Double, days: Double, direction: Int) -> Double {
        direction == 0 ? vol : shockedVol(vol, termFactor: termFactor(days: days), direction: direction)
    }

    /// As `shockedVol(_:days:direction:)` with the term factor `termFactor(days:)` given (the risk
    /// matrix computes it once per expiry).
    func shockedVol(_ vol: Double, termFactor term: Double, direction: Int) -> Double {
        switch direction {
        case 1: return vol + max(vol, minVolatilityForShockUp) * volShockUp * term
        case -1: return vol * max(0.05, 1 - volShockDown * term)
        default: return vol
        }
    }
}

/// How the liquidation engine acts (DESIGN §6).
///
/// Deribit liquidates incrementally (about 20 rounds a second, a part of the book at a time); dYdX
/// at most a fraction of a position per block. Here each round closes `sliceFraction` of one
/// position at mark, charging `penaltyRate` of the closed notional, until utilization is at or
/// below `targetUtilization`. A penalty above the maintenance rate makes each slice raise
/// utilization (equity falls faster than MM), so the position ends closed whole — as on real venues
/// whose clearance fee exceeds the smallest brackets' MMR.
public struct LiquidationPolicy: Sendable, Equatable {
    /// Fee on the notional closed by a liquidation, fraction (0.0025 = 0.25%), paid from collateral.
    public var penaltyRate: Double
    /// Part of a position closed per round in cross/portfolio mode, fraction.
    public var sliceFraction: Double
    /// Cross/portfolio: rounds stop once utilization ≤ this fraction.
    public var targetUtilization: Double
    /// Cap on rounds per market update (the rest continue on the next update).
    public var maxRoundsPerUpdate: Int
    /// A remainder below this notional (USD) is closed whole rather than sliced.
    public var minimumSliceUSD: Double

    public init(penaltyRate: Double = 0.0025, sliceFraction: Double = 0.25, targetUtilization: Double = 0.9,
                maxRoundsPerUpdate: Int = 64, minimumSliceUSD: Double = 100) {
        self.penaltyRate = penaltyRate
        self.sliceFraction = sliceFraction
        self.targetUtilization = targetUtilization
        self.maxRoundsPerUpdate = maxRoundsPerUpdate
        self.minimumSliceUSD = minimumSliceUSD
    }
}

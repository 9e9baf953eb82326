/// A position valued at one market state: price, PnL, greeks and per-position margin, all in USD
/// unless the field says otherwise.
public struct PositionValuation: Sendable, Equatable {
    /// The instrument's mark in its quote convention: USD for futures, perps, spot and linear
    /// options; coin for inverse options (Deribit's convention).
    public var mark: Double
    /// Underlying index, USD.
    public var indexUSD: Double
    /// Forward used for options, USD (the mark for futures).
    public var forwardUSD: Double
    /// Absolute notional, USD (options: |size| × index).
    public var notionalUSD: Double
    /// Unrealized PnL against the entry price, USD (converted at the index for coin PnL).
    public var unrealizedPnlUSD: Double
    /// What the position adds to account equity, USD: uPnL for futures and perps, the mark value
    /// for options (negative when short), the haircut value for spot.
    public var equityContributionUSD: Double
    /// Delta in coin of the underlying (signed): options size·N(d1) (Black-76), linear size,
    /// inverse notional/mark.
    public var deltaCoin: Double
    /// Gamma in coin per USD move of the underlying (options only).
    public var gamma: Double
    /// Vega in USD per vol point.
    public var vegaUSD: Double
    /// Theta in USD per day.
    public var thetaUSD: Double
    /// Initial margin of this position alone, USD.
    public var initialMarginUSD: Double
    /// Maintenance margin of this position alone, USD.
    public var maintenanceMarginUSD: Double
    /// Implied vol used (options), fraction; 0 otherwise.
    public var impliedVol: Double
    /// Years to expiry (ACT/365) at the valuation time; 0 for perps and spot.
    public var yearsToExpiry: Double

    public init(mark: Double, indexUSD: Double, forwardUSD: Double, notionalUSD: Double, unrealizedPnlUSD: Double,
                equityContributionUSD: Double, deltaCoin: Double, gamma: Double, vegaUSD: Double, thetaUSD: Double,
                initialMarginUSD: Double, maintenanceMarginUSD: Double, impliedVol: Double, yearsToExpiry: Double) {
        self.mark = mark
        self.indexUSD = indexUSD
        self.forwardUSD = forwardUSD
        self.notionalUSD = notionalUSD
        self.unrealizedPnlUSD = unrealizedPnlUSD
        self.equityContributionUSD = equityContributionUSD
        self.deltaCoin = deltaCoin
        self.gamma = gamma
        self.vegaUSD = vegaUSD
        self.thetaUSD = thetaUSD
        self.initialMarginUSD = initialMarginUSD
        self.maintenanceMarginUSD = maintenanceMarginUSD
        self.impliedVol = impliedVol
        self.yearsToExpiry = yearsToExpiry
    }
}

/// Derive's static contingencies (`PMRMLib_2._addOptionContingency`, `_getConfidenceContingency`,
/// `_addBasisContingency`), as pure functions of one expiry or one notional.
public enum DeriveContingencies {
    /// Naked short contracts in one expiry: shorts not offset by a long of the same strike (any right).
    ///
    /// Follows Derive's pairwise filter exactly: each holding is compared with the later holdings of
    /// its strike; a long/short pair nets, two shorts both count, an unpaired short counts in full.
    public static func nakedShorts(_ options: [DeriveOptionHolding]) -> Double {
        var naked = 0.0
        var seen = [Bool](repeating: false, count: options.count)
        for i in options.indices where !seen[i] {
            let first = options[i].amount
            var found = false
            for j in options.indices where j > i && options[j].strikeUSD == options[i].strikeUSD {
                seen[j] = true
                let second = options[j].amount
                if first * second < 0 {
                    naked += first < 0 ? Swift.abs(first) - min(-first, second) : Swift.abs(second) - min(first, -second)
                } else if first < 0 {
                    naked += Swift.abs(first) + Swift.abs(second)
                }
                found = true
            }
            if !found, first < 0 { naked += Swift.abs(first) }
        }
        return naked
    }

    /// IM charge for a low-confidence feed: `(1 − confidence)·confidenceMargin·notional` when the
    /// confidence is below the threshold, else 0. USD.
    public static func confidence(minConfidence: Double, notionalUSD: Double,
                                  parameters p: DeriveOtherContingencyParameters) -> Double {
        minConfidence < p.confidenceThreshold ? (1 - minConfidence) * p.confidenceMargin * notionalUSD : 0
    }

    /// Multiplier of an expiry's basis (forward) loss: `addFactor + multFactor·T`, T in years.
    public static func basisFactor(years: Double, parameters p: DeriveBasisContingencyParameters) -> Double {
        p.addFactor + p.multFactor * years
    }
}

/// The static contingencies of one margin evaluation, each a positive USD charge.
///
/// MM requirement = mmFactor·|worst loss| + `maintenanceUSD`; IM requirement =
/// imFactor·|worst loss| + `maintenanceUSD` + `initialExtraUSD` (Derive charges IM contingencies
/// on top of the MM ones).
public struct DeriveContingencyBreakdown: Sendable, Equatable {
    /// |perp| notional at spot × `mmPerpPercent`.
    public var perpMaintenanceUSD: Double = 0
    /// |perp| notional at spot × `imPerpPercent`.
    public var perpInitialUSD: Double = 0
    /// Naked short notional at spot × `mmOptionPercent`, summed over expiries.
    public var optionMaintenanceUSD: Double = 0
    /// Naked short notional at spot × `imOptionPercent`.
    public var optionInitialUSD: Double = 0
    /// Collateral value × MM haircut.
    public var collateralMaintenanceUSD: Double = 0
    /// Collateral value × IM haircut.
    public var collateralInitialUSD: Double = 0
    /// Oracle-confidence charges (IM only).
    public var confidenceInitialUSD: Double = 0

    public init() {}

    /// Charged in both MM and IM.
    public var maintenanceUSD: Double { perpMaintenanceUSD + optionMaintenanceUSD + collateralMaintenanceUSD }
    /// Charged in IM on top of `maintenanceUSD`.
    public var initialExtraUSD: Double { perpInitialUSD + optionInitialUSD + collateralInitialUSD + confidenceInitialUSD }
}

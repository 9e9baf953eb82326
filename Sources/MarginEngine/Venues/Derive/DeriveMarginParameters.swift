/// Derive portfolio margin ("PM2") parameters: the venue's rulebook as plain data.
///
/// Source: Derive's risk manager `PMRMLib_2` (github.com/derivexyz/v2-core,
/// `src/risk-managers/PMRMLib_2.sol`, commit 7736900d395703c4f675376caa4c315402943831) and its
/// parameter structs (`src/interfaces/IPMRMLib_2.sol`); the deployed values are in that repo's
/// `scripts/config-mainnet.sol` (`getPMRM2Params`, `getDefaultPM2Scenarios`) and on
/// docs.derive.xyz, "Portfolio Margin Parameters". The bundled values live in MarginConfig's
/// `BundledDeriveCatalogue` so a user can override any of them.
///
/// Units: every factor is a plain fraction or multiplier (0.8 = 80 %, 1.045 = spot +4.5 %), never a
/// percentage; times are in days where named `…Days`; money is USD.
public struct DeriveMarginParameters: Sendable, Equatable {
    /// The scenarios the portfolio is revalued in (regular grid, tails, skews), in order.
    public var scenarios: [DeriveScenario]
    public var volShock: DeriveVolShockParameters
    public var margin: DeriveMarginFactors
    public var basisContingency: DeriveBasisContingencyParameters
    public var otherContingency: DeriveOtherContingencyParameters
    public var skewShock: DeriveSkewShockParameters
    /// Accepted collateral assets (other than USDC cash) by asset name (`ETH`, `USDT`, `WEETH`).
    /// An asset missing here is not accepted: margining an account holding it throws.
    public var collaterals: [String: DeriveCollateralParameters]

    public init(scenarios: [DeriveScenario], volShock: DeriveVolShockParameters, margin: DeriveMarginFactors,
                basisContingency: DeriveBasisContingencyParameters, otherContingency: DeriveOtherContingencyParameters,
                skewShock: DeriveSkewShockParameters, collaterals: [String: DeriveCollateralParameters] = [:]) {
        self.scenarios = scenarios
        self.volShock = volShock
        self.margin = margin
        self.basisContingency = basisContingency
        self.otherContingency = otherContingency
        self.skewShock = skewShock
        self.collaterals = collaterals
    }
}

/// How implied vols are shocked by time to expiry (`IPMRMLib_2.VolShockParameters`).
///
/// With `m = (30 days / max(T, dteFloor))^p` (p = `shortTermPower` for T ≤ 30 days, else
/// `longTermPower`), the up shock multiplies vols by `1 + volRangeUp·m` (and never evaluates below
/// `minVolUpShock`), the down shock by `max(0, 1 − volRangeDown·m)`.
public struct DeriveVolShockParameters: Sendable, Equatable {
    /// Fraction (0.5 = vols × 1.5 at 30 days).
    public var volRangeUp: Double
    /// Fraction (0.3 = vols × 0.7 at 30 days).
    public var volRangeDown: Double
    /// Exponent for expiries up to 30 days.
    public var shortTermPower: Double
    /// Exponent for expiries beyond 30 days.
    public var longTermPower: Double
    /// Floor on time to expiry in the shock curve, days.
    public var dteFloorDays: Double
    /// Lowest vol (fraction, 0.4 = 40 %) an option is evaluated at in an up-vol scenario.
    public var minVolUpShock: Double

    public init(volRangeUp: Double, volRangeDown: Double, shortTermPower: Double, longTermPower: Double,
                dteFloorDays: Double, minVolUpShock: Double) {
        self.volRangeUp = volRangeUp
        self.volRangeDown = volRangeDown
        self.shortTermPower = shortTermPower
        self.longTermPower = longTermPower
        self.dteFloorDays = dteFloorDays
        self.minVolUpShock = minVolUpShock
    }
}

/// Loss factors and the static discounting of option value (`IPMRMLib_2.MarginParameters`).
///
/// The worst scenario loss is multiplied by `mmFactor` (maintenance) or `imFactor` (initial).
/// In every scenario an expiry's shocked option value is multiplied by
/// `longBaseStaticDiscount·e^(−T·(r·longRateMultScale + longRateAddScale))` when positive and by
/// `min(1/discount, shortBaseStaticDiscount / e^(−T·(r·shortRateMultScale + shortRateAddScale)))`
/// when negative (T in years, r the expiry's rate floored at 0).
public struct DeriveMarginFactors: Sendable, Equatable {
    /// Initial-margin loss factor (multiplier, 1.0 = the worst loss itself).
    public var imFactor: Double
    /// Maintenance-margin loss factor (multiplier, 0.8 = 80 % of the worst loss).
    public var mmFactor: Double
    public var shortRateMultScale: Double
    public var longRateMultScale: Double
    /// Added to the rate for short (negative-value) expiries, per year (0.16 = 16 %).
    public var shortRateAddScale: Double
    /// Added to the rate for long (positive-value) expiries, per year.
    public var longRateAddScale: Double
    /// Multiplier on negative expiry values (Derive's `shortBaseStaticDiscount`).
    public var shortBaseStaticDiscount: Double
    /// Multiplier on positive expiry values (Derive's `longBaseStaticDiscount`).
    public var longBaseStaticDiscount: Double

    public init(imFactor: Double, mmFactor: Double, shortRateMultScale: Double, longRateMultScale: Double,
                shortRateAddScale: Double, longRateAddScale: Double, shortBaseStaticDiscount: Double,
                longBaseStaticDiscount: Double) {
        self.imFactor = imFactor
        self.mmFactor = mmFactor
        self.shortRateMultScale = shortRateMultScale
        self.longRateMultScale = longRateMultScale
        self.shortRateAddScale = shortRateAddScale
        self.longRateAddScale = longRateAddScale
        self.shortBaseStaticDiscount = shortBaseStaticDiscount
        self.longBaseStaticDiscount = longBaseStaticDiscount
    }
}

/// The forward ("basis") contingency (`IPMRMLib_2.BasisContingencyParameters`): each expiry is
/// revalued with its forward moved up and down (vols held); the worse loss, times
/// `addFactor + multFactor·T` (T in years), is a floor on the worst scenario loss.
public struct DeriveBasisContingencyParameters: Sendable, Equatable {
    /// Spot multiplier for the up move (1.045 = +4.5 %), in (1, 3).
    public var scenarioSpotUp: Double
    /// Spot multiplier for the down move (0.955 = −4.5 %), below 1.
    public var scenarioSpotDown: Double
    /// Multiplier on the loss, constant part.
    public var addFactor: Double
    /// Multiplier on the loss per year to expiry.
    public var multFactor: Double

    public init(scenarioSpotUp: Double, scenarioSpotDown: Double, addFactor: Double, multFactor: Double) {
        self.scenarioSpotUp = scenarioSpotUp
        self.scenarioSpotDown = scenarioSpotDown
        self.addFactor = addFactor
        self.multFactor = multFactor
    }
}

/// Static contingencies (`IPMRMLib_2.OtherContingencyParameters`), all fractions of notional at spot.
///
/// IM contingencies are charged on top of the MM ones: IM requirement = imFactor·loss + MM
/// contingencies + IM contingencies.
public struct DeriveOtherContingencyParameters: Sendable, Equatable {
    /// Below this USDC price (USD) the IM loss factor grows (0.99).
    public var pegLossThreshold: Double
    /// IM factor added per USD of depeg below the threshold.
    public var pegLossFactor: Double
    /// Oracle confidence (0…1) below which a confidence contingency applies to IM.
    public var confidenceThreshold: Double
    /// Multiplier on (1 − confidence) × notional for that contingency.
    public var confidenceMargin: Double
    /// MM charge per USD of |perp| notional (0.03 = 3 %).
    public var mmPerpPercent: Double
    /// Extra IM charge per USD of |perp| notional.
    public var imPerpPercent: Double
    /// MM charge per USD of naked short option notional (at spot).
    public var mmOptionPercent: Double
    /// Extra IM charge per USD of naked short option notional.
    public var imOptionPercent: Double

    public init(pegLossThreshold: Double, pegLossFactor: Double, confidenceThreshold: Double, confidenceMargin: Double,
                mmPerpPercent: Double, imPerpPercent: Double, mmOptionPercent: Double, imOptionPercent: Double) {
        self.pegLossThreshold = pegLossThreshold
        self.pegLossFactor = pegLossFactor
        self.confidenceThreshold = confidenceThreshold
        self.confidenceMargin = confidenceMargin
        self.mmPerpPercent = mmPerpPercent
        self.imPerpPercent = imPerpPercent
        self.mmOptionPercent = mmOptionPercent
        self.imOptionPercent = imOptionPercent
    }
}

/// The skew scenarios (`IPMRMLib_2.SkewShockParameters`): vols of each strike are multiplied by
/// `1 + clamp(k·cap/k*, ±cap)` with k = ln(K/F) (linear) or |ln(K/F)| (abs),
/// cap = `cBase·√T + baseCap` and k* = max(`minKStar`, √T·`widthScale`·(`volParamStatic` + √T·`volParamScale`)).
public struct DeriveSkewShockParameters: Sendable, Equatable {
    public var linearBaseCap: Double
    public var absBaseCap: Double
    /// Per √year.
    public var linearCBase: Double
    /// Per √year.
    public var absCBase: Double
    public var minKStar: Double
    public var widthScale: Double
    public var volParamStatic: Double
    public var volParamScale: Double

    public init(linearBaseCap: Double, absBaseCap: Double, linearCBase: Double, absCBase: Double, minKStar: Double,
                widthScale: Double, volParamStatic: Double, volParamScale: Double) {
        self.linearBaseCap = linearBaseCap
        self.absBaseCap = absBaseCap
        self.linearCBase = linearCBase
        self.absCBase = absCBase
        self.minKStar = minKStar
        self.widthScale = widthScale
        self.volParamStatic = volParamStatic
        self.volParamScale = volParamScale
    }
}

/// One collateral asset (`IPMRMLib_2.CollateralParameters`): haircuts are fractions of its USD value.
public struct DeriveCollateralParameters: Sendable, Equatable {
    /// MM haircut (0.15 = 15 % of the value charged).
    public var mmHaircut: Double
    /// Extra IM haircut, charged on top of the MM one.
    public var imHaircut: Double
    /// Markets (underlyings, `BTC`, `ETH`) in whose portfolios the asset is risk cancelling: it
    /// moves with that market's spot (BTC or cbBTC in a BTC portfolio, weETH in an ETH one), so it is
    /// shocked in every scenario like spot and hedges the derivatives. Derive sets this per manager.
    public var riskCancellingMarkets: [String]

    public init(mmHaircut: Double, imHaircut: Double, riskCancellingMarkets: [String] = []) {
        self.mmHaircut = mmHaircut
        self.imHaircut = imHaircut
        self.riskCancellingMarkets = riskCancellingMarkets
    }
}

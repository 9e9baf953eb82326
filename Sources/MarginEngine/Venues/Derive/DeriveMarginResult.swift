/// The outcome of Derive's portfolio margin for one subaccount, for a side-by-side venue table.
///
/// Sign conventions: `maintenanceMarginUSD` and `initialMarginUSD` are requirements (≥ 0);
/// Derive's own `getMargin` returns the *net* margin, mark-to-market minus the requirement
/// (`netMaintenanceMarginUSD`, `netInitialMarginUSD`): negative means liquidatable (MM) or unable to
/// open risk (IM). Losses (`worstScenarioLossUSD`, scenario PnLs, `basisContingencyUSD`) are ≤ 0
/// when losing, as Derive keeps them.
public struct DeriveMarginResult: Sendable, Equatable {
    public var market: String
    /// Cash + option value + perp unsettled PnL/funding + collateral value, USD (Derive's MtM).
    public var markToMarketUSD: Double
    /// MM requirement: mmFactor·|worst loss| + MM contingencies, USD.
    public var maintenanceMarginUSD: Double
    /// IM requirement: imFactor·|worst loss| + MM and IM contingencies, USD.
    public var initialMarginUSD: Double
    /// Derive's signed maintenance margin: MtM − MM requirement.
    public var netMaintenanceMarginUSD: Double
    /// Derive's signed initial margin: MtM − IM requirement.
    public var netInitialMarginUSD: Double
    /// The worst of the scenario PnLs and the basis contingency, USD (≤ 0 when losing).
    public var worstScenarioLossUSD: Double
    /// Which scenario gave it.
    public var worstScenario: DeriveWorstCase
    /// PnL of each scenario of the parameters, in their order (dampened, discounted), USD.
    public var scenarioPnLUSD: [Double]
    /// The forward (basis) contingency summed over expiries, USD (≤ 0); a floor on the worst loss.
    public var basisContingencyUSD: Double
    public var contingencies: DeriveContingencyBreakdown
    /// The MM loss factor applied.
    public var mmFactor: Double
    /// The IM loss factor applied (raised when USDC trades below the peg threshold).
    public var imFactor: Double
    public var cashUSDC: Double
    public var optionValueUSD: Double
    /// Perp unsettled PnL + funding, USD.
    public var perpValueUSD: Double
    /// Collateral value in USDC terms (amount × price / USDC price).
    public var collateralValueUSD: Double
    public var expiries: [DeriveExpiryValuation]

    public init(market: String, markToMarketUSD: Double, maintenanceMarginUSD: Double, initialMarginUSD: Double,
                netMaintenanceMarginUSD: Double, netInitialMarginUSD: Double, worstScenarioLossUSD: Double,
                worstScenario: DeriveWorstCase, scenarioPnLUSD: [Double], basisContingencyUSD: Double,
                contingencies: DeriveContingencyBreakdown, mmFactor: Double, imFactor: Double, cashUSDC: Double,
                optionValueUSD: Double, perpValueUSD: Double, collateralValueUSD: Double,
                expiries: [DeriveExpiryValuation]) {
        self.market = market
        self.markToMarketUSD = markToMarketUSD
        self.maintenanceMarginUSD = maintenanceMarginUSD
        self.initialMarginUSD = initialMarginUSD
        self.netMaintenanceMarginUSD = netMaintenanceMarginUSD
        self.netInitialMarginUSD = netInitialMarginUSD
        self.worstScenarioLossUSD = worstScenarioLossUSD
        self.worstScenario = worstScenario
        self.scenarioPnLUSD = scenarioPnLUSD
        self.basisContingencyUSD = basisContingencyUSD
        self.contingencies = contingencies
        self.mmFactor = mmFactor
        self.imFactor = imFactor
        self.cashUSDC = cashUSDC
        self.optionValueUSD = optionValueUSD
        self.perpValueUSD = perpValueUSD
        self.collateralValueUSD = collateralValueUSD
        self.expiries = expiries
    }

    /// The worst PnL among scenarios of one kind (regular, tail, skew), or nil when there is none.
    public func worstPnL(of kind: DeriveScenario.Kind, scenarios: [DeriveScenario]) -> Double? {
        var worst: Double?
        for (scenario, pnl) in zip(scenarios, scenarioPnLUSD) where scenario.kind == kind {
            worst = min(worst ?? pnl, pnl)
        }
        return worst
    }
}

/// Where the worst loss came from.
public enum DeriveWorstCase: Sendable, Equatable {
    /// Scenario `index` of the parameters' list.
    case scenario(index: Int, DeriveScenario)
    /// The forward (basis) contingency was worse than every scenario (Derive's index = count).
    case basisContingency
}

/// One expiry's precomputed values.
public struct DeriveExpiryValuation: Sendable, Equatable {
    public var secondsToExpiry: Double
    /// Option value of the expiry at current marks, USD.
    public var valueUSD: Double
    /// e^(−r·T), r floored at 0.
    public var discount: Double
    /// Vol multiplier in up/down scenarios.
    public var volShockUp: Double
    public var volShockDown: Double
    /// Multiplier on positive/negative shocked values.
    public var staticDiscountPositive: Double
    public var staticDiscountNegative: Double
    /// This expiry's basis contingency (already × its factor), USD (≤ 0).
    public var basisContingencyUSD: Double
    /// Naked short contracts.
    public var nakedShorts: Double

    public init(secondsToExpiry: Double, valueUSD: Double, discount: Double, volShockUp: Double, volShockDown: Double,
                staticDiscountPositive: Double, staticDiscountNegative: Double, basisContingencyUSD: Double,
                nakedShorts: Double) {
        self.secondsToExpiry = secondsToExpiry
        self.valueUSD = valueUSD
        self.discount = discount
        self.volShockUp = volShockUp
        self.volShockDown = volShockDown
        self.staticDiscountPositive = staticDiscountPositive
        self.staticDiscountNegative = staticDiscountNegative
        self.basisContingencyUSD = basisContingencyUSD
        self.nakedShorts = nakedShorts
    }
}

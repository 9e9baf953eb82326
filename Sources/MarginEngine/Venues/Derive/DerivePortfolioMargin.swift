import RealModule

/// Derive's portfolio margin ("PM2") for one subaccount: a pure function of the portfolio and the
/// parameters, no I/O.
///
/// Source: github.com/derivexyz/v2-core `src/risk-managers/PMRMLib_2.sol` (`addPrecomputes`,
/// `getScenarioPnL`, `getMarginAndMarkToMarket`) and `PMRM_2.sol` (`_arrangePortfolio`), commit
/// 7736900d395703c4f675376caa4c315402943831; docs.derive.xyz "Portfolio Margin".
///
/// The rule:
/// 1. Value every expiry with Black-76 on its forward, discounted at e^(−rT) (r floored at 0, T in
///    years of 365 days); the mark-to-market is cash + options + perp unsettled PnL and funding +
///    collateral (amount × price / USDC price).
/// 2. In each scenario move the forward's variable part and the perp price by the spot shock, the
///    vols by the expiry's up/down multiplier (or the skew multipliers), multiply each expiry's
///    shocked value by its static discount (positive or negative), and take the change from the
///    mark × the dampening; risk-cancelling collateral moves with spot. Skew scenarios count every
///    expiry's change as a loss (−|ΔV|).
/// 3. The worst loss is the minimum of the scenario PnLs and the basis contingency (each expiry's
///    worse forward ±move loss × `addFactor + multFactor·T`).
/// 4. MM requirement = mmFactor·|worst| + perp, option and collateral MM contingencies;
///    IM requirement = (imFactor + depeg add-on)·|worst| + those + the IM contingencies (perp,
///    option, collateral, oracle confidence).
public enum DerivePortfolioMargin {
    /// Margins a portfolio given in Derive's terms.
    ///
    /// - Throws: `MarginError.invalidPrice` for a non-positive or non-finite spot, stable, forward
    ///   or collateral price; `MarginError.invalidPosition` for a non-finite amount, a negative vol,
    ///   a collateral asset the parameters do not accept, no scenarios, or an expired expiry with a
    ///   zero DTE floor (Derive's contract reverts in these cases too).
    public static func margin(portfolio: DerivePortfolio,
                              parameters: DeriveMarginParameters) throws(MarginError) -> DeriveMarginResult {
        try validate(portfolio, parameters)
        let other = parameters.otherContingency
        let spot = portfolio.spotPriceUSD
        var contingencies = DeriveContingencyBreakdown()

        // Portfolio-wide confidence: spot, and the perp's when a perp is held.
        var minConfidence = portfolio.spotConfidence
        var perpSize = 0.0, perpPrice = 0.0, perpValue = 0.0
        if let perp = portfolio.perp, perp.size != 0 {
            perpSize = perp.size
            perpPrice = perp.markPriceUSD
            perpValue = perp.unrealisedPnLUSD + perp.unrealisedFundingUSD
            minConfidence = min(minConfidence, perp.confidence)
        }
        let perpNotional = Swift.abs(perpSize) * spot
        contingencies.perpMaintenanceUSD = perpNotional * other.mmPerpPercent
        contingencies.perpInitialUSD = perpNotional * other.imPerpPercent
        contingencies.confidenceInitialUSD += DeriveContingencies.confidence(
            minConfidence: minConfidence, notionalUSD: perpNotional, parameters: other)

        // Expiries: value now, basis contingency, shocks, discounts, option contingencies.
        var expiries: [PreparedExpiry] = []
        expiries.reserveCapacity(portfolio.expiries.count)
        var optionValue = 0.0, basis = 0.0
        for expiry in portfolio.expiries {
            var prepared = try PreparedExpiry(expiry, parameters: parameters)
            optionValue += prepared.value
            let up = prepared.value(spotShock: parameters.basisContingency.scenarioSpotUp, volShock: .none, parameters: parameters)
            let down = prepared.value(spotShock: parameters.basisContingency.scenarioSpotDown, volShock: .none, parameters: parameters)
            let loss = min(up - prepared.value, down - prepared.value, 0)
            prepared.basisContingency = loss * DeriveContingencies.basisFactor(years: prepared.years,
                                                                               parameters: parameters.basisContingency)
            basis += prepared.basisContingency
            prepared.nakedShorts = DeriveContingencies.nakedShorts(expiry.options)
            contingencies.optionMaintenanceUSD += prepared.nakedShorts * spot * other.mmOptionPercent
            contingencies.optionInitialUSD += prepared.nakedShorts * spot * other.imOptionPercent
            var expiryConfidence = min(minConfidence, expiry.forwardConfidence, expiry.rateConfidence)
            var net = 0.0
            for option in expiry.options {
                expiryConfidence = min(expiryConfidence, option.volConfidence)
                net += Swift.abs(option.amount)
            }
            contingencies.confidenceInitialUSD += DeriveContingencies.confidence(
                minConfidence: expiryConfidence, notionalUSD: net * spot, parameters: other)
            expiries.append(prepared)
        }

        // Collateral: value in USDC, haircuts, confidence (against spot's, not the perp's).
        var collateralValue = 0.0
        var riskCancellingValue = 0.0
        for holding in portfolio.collaterals {
            guard let terms = parameters.collaterals[holding.asset] else {
                throw .invalidPosition(instrument: holding.asset,
                                       reason: "not accepted as Derive portfolio-margin collateral (no [collaterals] entry)")
            }
            let value = holding.amount * holding.priceUSD / portfolio.stablePriceUSD
            collateralValue += value
            if terms.riskCancellingMarkets.contains(portfolio.market) { riskCancellingValue += value }
            contingencies.collateralMaintenanceUSD += value * terms.mmHaircut
            contingencies.collateralInitialUSD += value * terms.imHaircut
            contingencies.confidenceInitialUSD += DeriveContingencies.confidence(
                minConfidence: min(holding.confidence, portfolio.spotConfidence), notionalUSD: value, parameters: other)
        }

        // Scenarios.
        var pnls: [Double] = []
        pnls.reserveCapacity(parameters.scenarios.count)
        var worst = basis
        var worstCase = DeriveWorstCase.basisContingency
        for (index, scenario) in parameters.scenarios.enumerated() {
            var pnl = perpSize == 0 ? 0 : perpSize * ((scenario.spotShock - 1) * perpPrice) * scenario.dampening
            let isSkew = scenario.kind == .skew
            for expiry in expiries {
                var shocked = expiry.value(spotShock: scenario.spotShock, volShock: scenario.volShock, parameters: parameters)
                shocked *= shocked >= 0 ? expiry.staticDiscountPositive : expiry.staticDiscountNegative
                let change = (shocked - expiry.value) * scenario.dampening
                pnl += isSkew ? -Swift.abs(change) : change
            }
            pnl += riskCancellingValue * (scenario.spotShock - 1) * scenario.dampening
            pnls.append(pnl)
            if pnl < worst {
                worst = pnl
                worstCase = .scenario(index: index, scenario)
            }
        }

        let markToMarket = optionValue + perpValue + collateralValue + portfolio.cashUSDC
        let mmFactor = parameters.margin.mmFactor
        var imFactor = parameters.margin.imFactor
        if portfolio.stablePriceUSD < other.pegLossThreshold {
            imFactor += (other.pegLossThreshold - portfolio.stablePriceUSD) * other.pegLossFactor
        }
        let maintenance = -worst * mmFactor + contingencies.maintenanceUSD
        let initial = -worst * imFactor + contingencies.maintenanceUSD + contingencies.initialExtraUSD
        guard maintenance.isFinite, initial.isFinite, markToMarket.isFinite else {
            throw .invalidPosition(instrument: portfolio.market, reason: "Derive margin is not a finite number")
        }
        return DeriveMarginResult(
            market: portfolio.market, markToMarketUSD: markToMarket,
            maintenanceMarginUSD: maintenance, initialMarginUSD: initial,
            netMaintenanceMarginUSD: markToMarket - maintenance, netInitialMarginUSD: markToMarket - initial,
            worstScenarioLossUSD: worst, worstScenario: worstCase, scenarioPnLUSD: pnls,
            basisContingencyUSD: basis, contingencies: contingencies, mmFactor: mmFactor, imFactor: imFactor,
            cashUSDC: portfolio.cashUSDC, optionValueUSD: optionValue, perpValueUSD: perpValue,
            collateralValueUSD: collateralValue,
            expiries: expiries.map { $0.valuation })
    }

    static func validate(_ portfolio: DerivePortfolio, _ parameters: DeriveMarginParameters) throws(MarginError) {
        let market = portfolio.market
        guard !parameters.scenarios.isEmpty else {
            throw .invalidPosition(instrument: market, reason: "the Derive parameters list no scenarios")
        }
        for scenario in parameters.scenarios where !(scenario.spotShock.isFinite && scenario.spotShock >= 0
                                                     && scenario.dampening.isFinite && scenario.dampening >= 0) {
            throw .invalidPosition(instrument: market, reason: "a Derive scenario has a negative or non-finite shock")
        }
        try positive(portfolio.spotPriceUSD, "\(market)-USD")
        try positive(portfolio.stablePriceUSD, "USDC-USD")
        try finite(portfolio.cashUSDC, market, "cash")
        try confidence(portfolio.spotConfidence, market)
        if let perp = portfolio.perp {
            try finite(perp.size, market, "perp size")
            try finite(perp.unrealisedPnLUSD + perp.unrealisedFundingUSD, market, "perp unsettled PnL")
            try confidence(perp.confidence, market)
            if perp.size != 0 { try positive(perp.markPriceUSD, "\(market)-PERP") }
        }
        for holding in portfolio.collaterals {
            try positive(holding.priceUSD, holding.asset)
            guard holding.amount.isFinite, holding.amount >= 0 else {
                throw .invalidPosition(instrument: holding.asset, reason: "collateral amount must be finite and ≥ 0")
            }
            try confidence(holding.confidence, holding.asset)
        }
        for expiry in portfolio.expiries {
            guard expiry.secondsToExpiry.isFinite, expiry.secondsToExpiry >= 0 else {
                throw .invalidPosition(instrument: market, reason: "seconds to expiry must be finite and ≥ 0")
            }
            guard expiry.forwardUSD.isFinite, expiry.forwardUSD > 0, expiry.forwardFixedPortionUSD.isFinite,
                  expiry.forwardFixedPortionUSD >= 0, expiry.forwardFixedPortionUSD <= expiry.forwardUSD else {
                throw .invalidPrice(symbol: "\(market) forward", value: expiry.forwardUSD)
            }
            try finite(expiry.rate, market, "rate")
            try confidence(expiry.forwardConfidence, market)
            try confidence(expiry.rateConfidence, market)
            for option in expiry.options {
                try finite(option.amount, market, "option amount")
                guard option.strikeUSD.isFinite, option.strikeUSD >= 0 else {
                    throw .invalidPrice(symbol: "\(market) strike", value: option.strikeUSD)
                }
                guard option.vol.isFinite, option.vol >= 0 else {
                    throw .invalidPosition(instrument: market, reason: "implied vol must be finite and ≥ 0, got \(option.vol)")
                }
                try confidence(option.volConfidence, market)
            }
        }
    }

    private static func positive(_ value: Double, _ symbol: String) throws(MarginError) {
        guard value.isFinite, value > 0 else { throw .invalidPrice(symbol: symbol, value: value) }
    }

    private static func finite(_ value: Double, _ market: String, _ what: String) throws(MarginError) {
        guard value.isFinite else { throw .invalidPosition(instrument: market, reason: "\(what) must be finite, got \(value)") }
    }

    private static func confidence(_ value: Double, _ name: String) throws(MarginError) {
        guard value.isFinite, value >= 0, value <= 1 else {
            throw .invalidPosition(instrument: name, reason: "a feed confidence is in [0, 1], got \(value)")
        }
    }
}

/// One expiry with what every scenario needs computed once (Derive's "precomputes").
struct PreparedExpiry {
    let options: [DeriveOptionHolding]
    let seconds: Double
    let years: Double
    let fixedForward: Double
    let variableForward: Double
    let discount: Double
    let volShockUp: Double
    let volShockDown: Double
    let staticDiscountPositive: Double
    let staticDiscountNegative: Double
    /// Value at current marks (no shock, no static discount), USD.
    var value: Double = 0
    var basisContingency: Double = 0
    var nakedShorts: Double = 0

    init(_ expiry: DeriveExpiry, parameters: DeriveMarginParameters) throws(MarginError) {
        options = expiry.options
        seconds = expiry.secondsToExpiry
        years = seconds / DeriveExpiryShocks.secondsPerYear
        fixedForward = expiry.forwardFixedPortionUSD
        variableForward = expiry.forwardUSD - expiry.forwardFixedPortionUSD
        let rate = max(expiry.rate, 0)
        discount = Double.exp(-rate * years)
        guard let shocks = DeriveExpiryShocks.volMultipliers(secondsToExpiry: seconds, parameters: parameters.volShock) else {
            throw .invalidPosition(instrument: "expiry", reason: "expired options with a zero DTE floor (Derive divides by zero)")
        }
        volShockUp = shocks.up
        volShockDown = shocks.down
        let discounts = DeriveExpiryShocks.staticDiscounts(years: years, rate: rate, discount: discount,
                                                           parameters: parameters.margin)
        staticDiscountPositive = discounts.positive
        staticDiscountNegative = discounts.negative
        value = self.value(spotShock: 1, volShock: .none, parameters: parameters)
    }

    /// Option value of the expiry with the forward's variable part × `spotShock` and vols shocked.
    func value(spotShock: Double, volShock: DeriveVolShock, parameters: DeriveMarginParameters) -> Double {
        let isSkew = volShock == .linear || volShock == .abs
        // Skew scenarios are evaluated at the current forward (Derive ignores their spot shock).
        let forward = isSkew ? variableForward + fixedForward : variableForward * spotShock + fixedForward
        var multiplier = 1.0, floor = 0.0
        switch volShock {
        case .up: multiplier = volShockUp; floor = parameters.volShock.minVolUpShock
        case .down: multiplier = volShockDown
        case .none, .linear, .abs: break
        }
        var total = 0.0
        for option in options {
            let vol = isSkew
                ? option.vol * DeriveExpiryShocks.skewMultiplier(strike: option.strikeUSD, forward: forward, years: years,
                                                                 shock: volShock, parameters: parameters.skewShock)
                : max(floor, option.vol * multiplier)
            let price = discount * Black76.price(forward: forward, strike: option.strikeUSD, years: years, vol: vol,
                                                 right: option.right)
            total += price * option.amount
        }
        return total
    }

    var valuation: DeriveExpiryValuation {
        DeriveExpiryValuation(secondsToExpiry: seconds, valueUSD: value, discount: discount, volShockUp: volShockUp,
                              volShockDown: volShockDown, staticDiscountPositive: staticDiscountPositive,
                              staticDiscountNegative: staticDiscountNegative, basisContingencyUSD: basisContingency,
                              nakedShorts: nakedShorts)
    }
}

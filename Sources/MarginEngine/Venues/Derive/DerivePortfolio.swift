/// A Derive portfolio-margined subaccount in Derive's own terms, so published cases can be typed
/// in directly. One subaccount margins one market (`BTC`, `ETH`): its perp, its options and any
/// collateral; settlement is in USDC.
///
/// Units: prices USD, amounts in the asset (coin for perps, options and collateral, USDC for cash),
/// vols and rates as fractions (0.45 = 45 %), confidences in [0, 1] (1 = fully trusted feed).
public struct DerivePortfolio: Sendable, Equatable {
    /// The market this subaccount margins (the underlying, e.g. `BTC`).
    public var market: String
    /// USDC balance (negative = borrowed).
    public var cashUSDC: Double
    /// USDC's price in USD (Derive's stable feed); below the peg threshold it raises IM.
    public var stablePriceUSD: Double
    /// Spot (index) price of the market, USD.
    public var spotPriceUSD: Double
    public var spotConfidence: Double
    public var perp: DerivePerpHolding?
    public var collaterals: [DeriveCollateralHolding]
    public var expiries: [DeriveExpiry]

    public init(market: String, cashUSDC: Double = 0, stablePriceUSD: Double = 1, spotPriceUSD: Double,
                spotConfidence: Double = 1, perp: DerivePerpHolding? = nil, collaterals: [DeriveCollateralHolding] = [],
                expiries: [DeriveExpiry] = []) {
        self.market = market
        self.cashUSDC = cashUSDC
        self.stablePriceUSD = stablePriceUSD
        self.spotPriceUSD = spotPriceUSD
        self.spotConfidence = spotConfidence
        self.perp = perp
        self.collaterals = collaterals
        self.expiries = expiries
    }
}

/// The subaccount's perpetual position.
public struct DerivePerpHolding: Sendable, Equatable {
    /// Contracts = coin; positive long.
    public var size: Double
    /// Perp (mark) price, USD: the price scenarios move.
    public var markPriceUSD: Double
    public var confidence: Double
    /// Unsettled PnL, USD (part of the mark-to-market).
    public var unrealisedPnLUSD: Double
    /// Unsettled funding, USD (part of the mark-to-market).
    public var unrealisedFundingUSD: Double

    public init(size: Double, markPriceUSD: Double, confidence: Double = 1, unrealisedPnLUSD: Double = 0,
                unrealisedFundingUSD: Double = 0) {
        self.size = size
        self.markPriceUSD = markPriceUSD
        self.confidence = confidence
        self.unrealisedPnLUSD = unrealisedPnLUSD
        self.unrealisedFundingUSD = unrealisedFundingUSD
    }
}

/// A collateral balance other than USDC cash; its haircuts come from the parameters' table.
public struct DeriveCollateralHolding: Sendable, Equatable {
    /// Asset name as in `DeriveMarginParameters.collaterals` (`ETH`, `USDT`, `WEETH`).
    public var asset: String
    /// Amount in the asset (≥ 0: Derive's PM holds no negative collateral).
    public var amount: Double
    public var priceUSD: Double
    public var confidence: Double

    public init(asset: String, amount: Double, priceUSD: Double, confidence: Double = 1) {
        self.asset = asset
        self.amount = amount
        self.priceUSD = priceUSD
        self.confidence = confidence
    }
}

/// One expiry's feeds and the options held on it.
public struct DeriveExpiry: Sendable, Equatable {
    /// Seconds from now to expiry (0 once expired).
    public var secondsToExpiry: Double
    /// Forward price, USD.
    public var forwardUSD: Double
    /// Part of the forward already fixed (the settlement average's elapsed part, within the last 30
    /// minutes), USD: scenarios move only `forwardUSD − forwardFixedPortionUSD`.
    public var forwardFixedPortionUSD: Double
    public var forwardConfidence: Double
    /// Interest rate per year (continuously compounded); Derive floors it at 0.
    public var rate: Double
    public var rateConfidence: Double
    public var options: [DeriveOptionHolding]

    public init(secondsToExpiry: Double, forwardUSD: Double, forwardFixedPortionUSD: Double = 0,
                forwardConfidence: Double = 1, rate: Double = 0, rateConfidence: Double = 1,
                options: [DeriveOptionHolding]) {
        self.secondsToExpiry = secondsToExpiry
        self.forwardUSD = forwardUSD
        self.forwardFixedPortionUSD = forwardFixedPortionUSD
        self.forwardConfidence = forwardConfidence
        self.rate = rate
        self.rateConfidence = rateConfidence
        self.options = options
    }
}

/// One option position (European, USDC-settled, 1 contract = 1 coin).
public struct DeriveOptionHolding: Sendable, Equatable {
    public var strikeUSD: Double
    public var right: OptionRight
    /// Contracts; positive long.
    public var amount: Double
    /// Mark implied vol at this strike, fraction.
    public var vol: Double
    public var volConfidence: Double

    public init(strikeUSD: Double, right: OptionRight, amount: Double, vol: Double, volConfidence: Double = 1) {
        self.strikeUSD = strikeUSD
        self.right = right
        self.amount = amount
        self.vol = vol
        self.volConfidence = volConfidence
    }
}

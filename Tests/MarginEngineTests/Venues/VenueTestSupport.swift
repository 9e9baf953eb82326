@testable import MarginEngine

/// Hand-built venue catalogues for engine tests (the bundled one lives in MarginConfig).
enum VenueTestSupport {
    static let hyperliquidBTC = HyperliquidTierSchedule(tiers: [HyperliquidTier(lowerBoundUSD: 0, maxLeverage: 40),
                                                              HyperliquidTier(lowerBoundUSD: 150_000_000, maxLeverage: 20)])

    static func catalogue(dydx: DydxMarketSchedule = DydxMarketSchedule(initialMarginFraction: 0.02, maintenanceMarginFraction: 0.012),
                          haircuts: [String: Double] = [:]) -> Catalogue {
        let tiers = BinanceTierSchedule(caps: [50_000, 250_000, 1e15], rates: [0.004, 0.005, 0.01],
                                        maxLeverages: [125, 100, 50], amounts: [nil, nil, nil])
        let future = DeribitFutureSchedule(initialBaseRate: 0.02, initialRatePerCoin: 0.00005,
                                           maintenanceBaseRate: 0.01, maintenanceRatePerCoin: 0.00005)
        let option = DeribitOptionSchedule(initialBaseRate: 0.15, initialFloorRate: 0.1, maintenanceRate: 0.075)
        let map = VenueInstrumentMap(rows: [
            "BTC": ["deribit": "BTC-PERPETUAL", "deribit_linear": "BTC_USDC-PERPETUAL", "binance": "BTCUSDT",
                    "dydx": "BTC-USD", "hyperliquid": "BTC", "derive": "BTC-PERP"],
            "ETH": ["deribit": "ETH-PERPETUAL", "deribit_linear": "ETH_USDC-PERPETUAL", "binance": "ETHUSDT",
                    "dydx": "ETH-USD", "hyperliquid": "ETH", "derive": "ETH-PERP"],
        ])
        let venues = VenueCatalogue(custodianHaircuts: haircuts, hyperliquid: ["BTC": hyperliquidBTC, "ETH": hyperliquidBTC],
                                    dydx: ["BTC": dydx, "ETH": dydx], derive: deriveParameters, instrumentMap: map)
        return Catalogue(schedules: ["tiers": .binanceTiers(tiers), "deribit": .deribitFuture(future), "option": .deribitOption(option)],
                         assignments: ["usdt_perpetual": "tiers", "inverse_perpetual": "deribit", "linear_perpetual": "deribit",
                                       "inverse_future": "deribit", "inverse_option": "option"],
                         venues: venues)
    }

    /// Derive's published PM2 fixture parameters (`fixtureParameters`, v2-core's portfolio cases)
    /// with BTC accepted as collateral at the haircuts of its case 13 (mm 2%, im 1%, risk-cancelling BTC).
    static var deriveParameters: DeriveMarginParameters {
        var parameters = fixtureParameters
        parameters.collaterals["BTC"] = DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.01, riskCancellingMarkets: ["BTC"])
        return parameters
    }

    static func market(btc: Double = 100_000, eth: Double = 3_000) -> MarketState {
        MarketState(timestampMicros: 1_767_225_600_000_000, indexUSD: ["BTC": btc, "ETH": eth],
                    marksUSD: ["BTC-PERPETUAL": btc, "BTCUSDT": btc, "ETH-PERPETUAL": eth, "ETHUSDT": eth],
                    impliedVols: ["BTC-27MAR26-110000-C": 0.6])
    }

    static func position(_ name: String, _ size: Double, at entry: Double, leverage: Double? = nil) throws -> Position {
        Position(instrument: try InstrumentParser.parse(name), size: size, entryPrice: entry, leverage: leverage)
    }
}

@testable import MarginEngine

/// Small builders shared by the portfolio-margin tests.
enum PM {
    static func instrument(_ name: String) -> Instrument {
        do { return try InstrumentParser.parse(name) } catch { preconditionFailure("bad test instrument \(name)") }
    }

    static func position(_ name: String, _ size: Double, entry: Double = 1) -> Position {
        Position(instrument: instrument(name), size: size, entryPrice: entry)
    }

    /// The bundled-schedule-free catalogue the engine tests use: Deribit schedules for the families.
    static func catalogue(_ configure: (inout PortfolioMarginCatalogue) -> Void = { _ in }) -> Catalogue {
        var pm = PortfolioMarginCatalogue()
        pm.riskMatrix["ETH"] = RiskMatrixParameters(priceRange: 0.18, volShockUp: 0.4, pnlOffset: 0.6, annualisedMoveRisk: 0.05,
                                                    minAnnualisedMove: 0.005, extendedDampener: 200_000)
        configure(&pm)
        let future = MarginSchedule.deribitFuture(DeribitFutureSchedule(initialBaseRate: 0.02, initialRatePerCoin: 0.00005,
                                                                         maintenanceBaseRate: 0.01, maintenanceRatePerCoin: 0.00005))
        let option = MarginSchedule.deribitOption(DeribitOptionSchedule(initialBaseRate: 0.15, initialFloorRate: 0.1, maintenanceRate: 0.075))
        return Catalogue(schedules: ["future": future, "option": option],
                         assignments: ["inverse_perpetual": "future", "inverse_future": "future", "linear_perpetual": "future",
                                       "linear_future": "future", "usdt_perpetual": "future", "inverse_option": "option",
                                       "linear_option": "option"],
                         portfolioMargin: pm)
    }

    static func account(_ positions: [Position], collateral: [String: Double] = ["BTC": 10]) -> Account {
        Account(name: "test", collateral: collateral.sorted { $0.key < $1.key }.map { CollateralBalance(coin: $0.key, amount: $0.value) },
                positions: positions)
    }
}

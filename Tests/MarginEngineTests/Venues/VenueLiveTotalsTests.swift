import Testing
@testable import MarginEngine

/// The dashboard's venues view reads `VenueMargin.totals` (the cheap path, no levels); `margin
/// --venue` reads `VenueMargin.margin`. On the same book, market and model they must give the same
/// equity, IM and MM for every venue — Deribit portfolio margin included.
struct VenueLiveTotalsTests {
    @Test(arguments: Venue.allCases)
    func liveTotalsEqualTheReport(venue: Venue) throws {
        var market = VenueTestSupport.market()
        market.marksUSD["BTC-27MAR26"] = 101_000
        let account = Account(name: "desk", collateral: [CollateralBalance(coin: "USDC", amount: 250_000),
                                                         CollateralBalance(coin: "BTC", amount: 1)], positions: [
            try VenueTestSupport.position("BTC-PERPETUAL", -80_000, at: 95_000),
            try VenueTestSupport.position("BTCUSDT", 0.5, at: 98_000),
            try VenueTestSupport.position("ETHUSDT", -12, at: 3_100),
            try VenueTestSupport.position("BTC-27MAR26-110000-C", -3, at: 0.02),
            try VenueTestSupport.position("BTC-27MAR26", 20_000, at: 99_000),
        ])
        let catalogue = VenueTestSupport.catalogue()
        let report = try VenueMargin.margin(account, on: venue, market: market, catalogue: catalogue)
        let live = try VenueMargin.totals(account, on: venue, market: market, catalogue: catalogue)
        #expect(live.totals.equityUSD == report.report.equityUSD)
        #expect(live.totals.initialMarginUSD == report.report.initialMarginUSD)
        #expect(live.totals.maintenanceMarginUSD == report.report.maintenanceMarginUSD)
        #expect(live.unlisted == report.unlisted)
        #expect(report.report.maintenanceMarginUSD > 0)
    }
}

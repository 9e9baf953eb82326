import Testing
@testable import MarginEngine

/// The slot a whole-account venue rule (Derive's portfolio margin) plugs into: a stand-in rule here.
struct TotalsRuleTests {
    struct RuleFailure: Error, CustomStringConvertible {
        var description: String { "no parameters for SOL" }
    }

    @Test func aTotalsRuleGetsTheVenueBookAndItsFiguresPassThrough() throws {
        let account = Account(name: "d", collateral: [CollateralBalance(coin: "USDC", amount: 10_000)],
                              positions: [try VenueTestSupport.position("BTCUSDT", 1, at: 90_000)])
        let book = try VenueBook(mapping: account, to: .deribit, market: VenueTestSupport.market(), catalogue: VenueTestSupport.catalogue())
        var seen: [String] = []
        var cash: [CollateralBalance] = []
        let report = try VenueMargin.totalsRuleReport(book) { account, _ in
            seen = account.positions.map(\.instrument.name)
            cash = account.collateral
            return (MarginTotals(equityUSD: 20_000, initialMarginUSD: 1_234, maintenanceMarginUSD: 567), 19_000)
        }
        #expect(seen == ["BTC_USDC-PERPETUAL"])
        // The rule sees 10,000 USDC + the BTCUSDT uPnL 1 × (100,000 − 90,000) settled into USDC = 20,000.
        #expect(cash == [CollateralBalance(coin: "USDC", amount: 20_000)])
        #expect(report.initialMarginUSD == 1_234 && report.maintenanceMarginUSD == 567)
        #expect(report.equityUSD == 20_000 && report.collateralUSD == 19_000 && report.freeCollateralUSD == 20_000 - 1_234)
        #expect(abs(report.utilization - 567.0 / 20_000) < 1e-12)
        let error = try #require(throws: MarginError.self) {
            try VenueMargin.totalsRuleReport(book) { _, _ in throw RuleFailure() }
        }
        #expect(error == .venueRule(venue: "deribit", reason: "no parameters for SOL"))
    }
}

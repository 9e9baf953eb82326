import Testing
@testable import MarginEngine

/// `margin --venue derive`: a book re-created on Derive and margined by its portfolio margin, one
/// subaccount per market. Expected numbers are written out by hand from Derive's published PM2
/// fixture parameters (`fixtureParameters`: v2-core portfolio cases, regular scenarios ±18% in
/// 4.5% steps with dampening 1, tail scenarios 0.34…4 with dampening ≤ 0.109, mm_factor 0.8,
/// im_factor 1, mm_perp_percent 1.5%, im_perp_percent 0.5%).
struct DeriveVenueTests {
    static let market: MarketState = {
        var market = VenueTestSupport.market(btc: 100_000, eth: 3_100)
        market.marksUSD["ETH_USDC-PERPETUAL"] = 3_100
        return market
    }()

    /// Long 1 BTC as a Deribit inverse perp (100,000 USD at mark 100,000, entry 90,000), short 10 ETH
    /// as a linear perp (entry 3,000, mark 3,100), 50,000 USDC.
    static func book() throws -> Account {
        Account(name: "desk", collateral: [CollateralBalance(coin: "USDC", amount: 50_000)], positions: [
            try VenueTestSupport.position("BTC-PERPETUAL", 100_000, at: 90_000),
            try VenueTestSupport.position("ETH_USDC-PERPETUAL", -10, at: 3_000),
        ])
    }

    @Test func perpsOnTwoMarketsMatchAHandCalculation() throws {
        let report = try VenueMargin.margin(try Self.book(), on: .derive, market: Self.market, catalogue: VenueTestSupport.catalogue())
        #expect(report.isComplete)
        // Settled into USDC: BTC 100,000 × (1/90,000 − 1/100,000) × 100,000 = 11,111.11; ETH −10 × 100 = −1,000.
        let settled = 100_000 * (1 / 90_000.0 - 1 / 100_000.0) * 100_000 - 1_000
        #expect(abs(report.settledPnlUSD - settled) < 1e-6)
        // Equity: Derive's mark-to-market = cash 50,000 + settled PnL (the perps re-opened at the mark).
        #expect(abs(report.report.equityUSD - (50_000 + settled)) < 1e-6)
        // BTC, long 1 at 100,000: worst regular scenario spot × 0.82 → −18,000 (the tails lose at most
        // 0.66 × 100,000 × 0.0545 = 3,600). MM = 0.8 × 18,000 + 1.5% × 100,000 = 15,900;
        // IM = 1 × 18,000 + 1,500 + 0.5% × 100,000 = 20,000.
        // ETH, short 10 at 3,100: worst spot × 1.18 → −5,580 (the tails: at most 0.5 × 31,000 × 0.072 = 1,116).
        // MM = 0.8 × 5,580 + 1.5% × 31,000 = 4,929; IM = 5,580 + 465 + 155 = 6,200.
        #expect(abs(report.report.maintenanceMarginUSD - (15_900 + 4_929)) < 1e-6)
        #expect(abs(report.report.initialMarginUSD - (20_000 + 6_200)) < 1e-6)
        // The same as margining the two subaccounts directly.
        let book = try VenueBook(mapping: try Self.book(), to: .derive, market: Self.market, catalogue: VenueTestSupport.catalogue())
        #expect(book.account.positions.map(\.instrument.name) == ["BTC-PERP", "ETH-PERP"])
        let direct = try DerivePortfolioMargin.marginByMarket(account: book.account, market: book.market,
                                                             parameters: VenueTestSupport.deriveParameters)
        #expect(direct.maintenanceMarginUSD == report.report.maintenanceMarginUSD)
        #expect(direct.initialMarginUSD == report.report.initialMarginUSD)
    }

    @Test func liquidationLevelSolvesDerivesSurplus() throws {
        let account = Account(name: "btc", collateral: [CollateralBalance(coin: "USDC", amount: 50_000)],
                              positions: [try VenueTestSupport.position("BTC-PERPETUAL", 100_000, at: 90_000)])
        let report = try VenueMargin.margin(account, on: .derive, market: Self.market, catalogue: VenueTestSupport.catalogue())
        // At factor f of the BTC price: MtM = 61,111.11 + 100,000 (f − 1) and MM = 15,900 f (every
        // term scales with the price), so MtM = MM at f = (61,111.11 − 100,000) / (15,900 − 100,000).
        let cash = 50_000 + 100_000 * (1 / 90_000.0 - 1 / 100_000.0) * 100_000
        let factor = (cash - 100_000) / (15_900 - 100_000)
        let level = try #require(report.report.liquidationLevels.first)
        #expect(level.underlying == "BTC")
        #expect(abs((level.downUSD ?? 0) - factor * 100_000) < 1e-4)
        #expect(level.up == nil)
    }

    @Test func whatDeriveDoesNotListIsReported() throws {
        var market = Self.market
        market.indexUSD["SOL"] = 150
        market.marksUSD["BTC-27MAR26"] = 101_000
        market.impliedVols["SOL_USDC-27MAR26-150-C"] = 0.7
        market.impliedVols["BTC-27MAR26-90000-P"] = 0.6
        let account = Account(name: "mixed", collateral: [CollateralBalance(coin: "USDC", amount: 100_000),
                                                          CollateralBalance(coin: "SOL", amount: 100)], positions: [
            try VenueTestSupport.position("BTC-PERPETUAL", 100_000, at: 100_000),
            try VenueTestSupport.position("BTC-27MAR26", 10_000, at: 100_000),
            try VenueTestSupport.position("SOL_USDC-27MAR26-150-C", 5, at: 10),
            try VenueTestSupport.position("BTC-27MAR26-90000-P", -1, at: 0.01),
        ])
        let report = try VenueMargin.margin(account, on: .derive, market: market, catalogue: VenueTestSupport.catalogue())
        #expect(report.unlisted.map(\.instrument) == ["BTC-27MAR26", "SOL_USDC-27MAR26-150-C", "SOL balance"])
        #expect(report.unlisted[0].reason.contains("no dated futures"))
        #expect(report.unlisted[1].reason.contains("no SOL market"))
        #expect(report.unlisted[2].reason.contains("not accepted as collateral"))
        #expect(abs(report.unlisted[2].notionalUSD - 15_000) < 1e-9)
        // The BTC put stays (Derive lists BTC options) and is margined: a short put on a long perp
        // adds downside, so MM is above the perp's alone.
        let perpOnly = Account(name: "perp", collateral: [CollateralBalance(coin: "USDC", amount: 100_000)],
                               positions: [try VenueTestSupport.position("BTC-PERPETUAL", 100_000, at: 100_000)])
        let alone = try VenueMargin.margin(perpOnly, on: .derive, market: market, catalogue: VenueTestSupport.catalogue())
        #expect(report.report.maintenanceMarginUSD > alone.report.maintenanceMarginUSD)
        // The live path gives the same totals.
        let live = try VenueMargin.totals(account, on: .derive, market: market, catalogue: VenueTestSupport.catalogue())
        #expect(live.totals.maintenanceMarginUSD == report.report.maintenanceMarginUSD)
        #expect(live.totals.equityUSD == report.report.equityUSD && live.unlisted.count == 3)
    }

    @Test func withoutParametersDeriveIsAnError() throws {
        var catalogue = VenueTestSupport.catalogue()
        catalogue.venues.derive = nil
        let error = try #require(throws: MarginError.self) {
            try VenueMargin.margin(try Self.book(), on: .derive, market: Self.market, catalogue: catalogue)
        }
        #expect(error == .venueRule(venue: "derive", reason: "the catalogue has no [venues.derive] parameters"))
    }

    /// The property for Derive: every account on Derive, grouped under Derive, equals Derive
    /// margining the combined book; one account alone equals its own Derive figures. Custodian
    /// haircut 0 here: on Derive collateral enters the requirement (its haircut contingency and
    /// risk-cancelling), so a haircut on it changes MM, not only equity.
    @Test func oneVenueGroupEqualsDeriveAlone() throws {
        var random = SeededRandom(seed: 0x5EED_0D12)
        let catalogue = VenueTestSupport.catalogue()
        let market = VenueTestSupport.market()
        for trial in 0..<9 {
            let accounts = try CrossVenuePropertyTests.randomBook(&random, venue: .derive, accounts: 1 + trial % 3)
            let group = try CrossVenueGroup.report(accounts, market: market, catalogue: catalogue)
            #expect(group.groupVenue == .derive)
            let (combined, _) = try CrossVenueGroup.combined(accounts, name: "group", market: market, catalogue: catalogue)
            let alone = try VenueMargin.margin(combined, on: .derive, market: market, catalogue: catalogue)
            #expect(group.group.report.initialMarginUSD == alone.report.initialMarginUSD)
            #expect(group.group.report.maintenanceMarginUSD == alone.report.maintenanceMarginUSD)
            if accounts.count == 1, let only = accounts.first {
                let member = try VenueMargin.margin(only, on: .derive, market: market, catalogue: catalogue)
                let tolerance = 1e-9 * max(1, member.report.initialMarginUSD)
                #expect(abs(group.group.report.initialMarginUSD - member.report.initialMarginUSD) <= tolerance)
                #expect(abs(group.saved.maintenanceMarginUSD) <= tolerance)
                #expect(abs(group.group.report.equityUSD - member.report.equityUSD) <= 1e-9 * max(1, member.report.equityUSD))
            }
        }
    }
}

import Testing
@testable import MarginEngine

/// Property (issue 12): a book held on one venue only, grouped under that venue's rules, equals
/// that venue margining the combined book alone. The custodian haircut of that venue is applied on
/// both sides (it changes equity only, never IM or MM); with one account the saving is zero.
struct CrossVenuePropertyTests {
    static func randomBook(_ random: inout SeededRandom, venue: Venue, accounts: Int) throws -> [Account] {
        let names = ["BTCUSDT", "ETHUSDT", "BTC-PERPETUAL", "ETH-PERPETUAL", "BTC_USDC-PERPETUAL"]
        var result: [Account] = []
        for index in 0..<accounts {
            var positions: [Position] = []
            for _ in 0..<(1 + Int(random.uniform() * 4)) {
                let name = names[Int(random.uniform() * Double(names.count)) % names.count]
                let instrument = try InstrumentParser.parse(name)
                let price = instrument.underlying == "BTC" ? 100_000.0 : 3_000.0
                let sign: Double = random.uniform() < 0.5 ? -1 : 1
                let coin = sign * (0.1 + random.uniform() * 20)
                let entry = price * (0.8 + 0.4 * random.uniform())
                let size = instrument.settlement == .inverse ? coin * price : coin
                positions.append(Position(instrument: instrument, size: size, entryPrice: entry,
                                          leverage: random.uniform() < 0.5 ? nil : 10))
            }
            let collateral = [CollateralBalance(coin: "USDC", amount: 50_000 + random.uniform() * 2_000_000),
                              CollateralBalance(coin: "BTC", amount: random.uniform() * 5)]
            result.append(Account(name: "acct\(index)", collateral: collateral, positions: positions, venue: venue))
        }
        return result
    }

    @Test(arguments: [Venue.deribit, .binance, .hyperliquid, .dydx])
    func oneVenueGroupEqualsThatVenueAlone(venue: Venue) throws {
        var random = SeededRandom(seed: 0x5EED_0012)
        for trial in 0..<12 {
            let haircut = trial % 3 == 0 ? 0 : random.uniform() * 0.1
            let catalogue = VenueTestSupport.catalogue(haircuts: [venue.custodian: haircut])
            let market = VenueTestSupport.market()
            let accounts = try Self.randomBook(&random, venue: venue, accounts: 1 + trial % 3)
            let group = try CrossVenueGroup.report(accounts, market: market, catalogue: catalogue)
            #expect(group.groupVenue == venue)
            let (combined, _) = try CrossVenueGroup.combined(accounts, name: "group", market: market, catalogue: catalogue)
            let alone = try VenueMargin.margin(combined, on: venue, market: market, catalogue: catalogue)
            #expect(group.group.report.initialMarginUSD == alone.report.initialMarginUSD)
            #expect(group.group.report.maintenanceMarginUSD == alone.report.maintenanceMarginUSD)
            #expect(group.group.report.equityUSD == alone.report.equityUSD)
            if accounts.count == 1, let only = accounts.first {
                let member = try VenueMargin.margin(only, on: venue, market: market, catalogue: catalogue)
                let tolerance = 1e-9 * max(1, member.report.initialMarginUSD)
                #expect(abs(group.group.report.initialMarginUSD - member.report.initialMarginUSD) <= tolerance)
                #expect(abs(group.group.report.maintenanceMarginUSD - member.report.maintenanceMarginUSD) <= tolerance)
                #expect(abs(group.saved.initialMarginUSD) <= tolerance && abs(group.saved.maintenanceMarginUSD) <= tolerance)
                // Equity differs by exactly the haircut the group applies to the venue's collateral.
                #expect(abs(member.report.equityUSD - group.group.report.equityUSD - group.custodianHaircutUSD)
                        <= 1e-9 * max(1, member.report.equityUSD))
            }
        }
    }

    /// Netting across venues: long BTC on Binance and the same exposure short on Hyperliquid need
    /// margin separately and (almost) none together under Deribit's portfolio rule; the saving is positive.
    @Test func oppositeVenuesNetInTheGroup() throws {
        let catalogue = VenueTestSupport.catalogue()
        let market = VenueTestSupport.market()
        let binance = Account(name: "b", collateral: [CollateralBalance(coin: "USDC", amount: 200_000)],
                              positions: [try VenueTestSupport.position("BTCUSDT", 5, at: 100_000)], venue: .binance)
        let hyperliquid = Account(name: "h", collateral: [CollateralBalance(coin: "USDC", amount: 200_000)],
                                  positions: [try VenueTestSupport.position("BTCUSDT", -5, at: 100_000)], venue: .hyperliquid)
        let group = try CrossVenueGroup.report([binance, hyperliquid], groupVenue: .deribit, market: market, catalogue: catalogue)
        #expect(group.members.map(\.venue) == [.binance, .hyperliquid])
        #expect(group.group.report.positions.isEmpty)
        #expect(group.group.report.initialMarginUSD == 0)
        #expect(group.saved.initialMarginUSD == group.separateInitialMarginUSD)
        #expect(group.saved.initialMarginUSD > 0 && group.saved.maintenanceMarginUSD > 0)
        #expect(CrossVenueGroup.defaultGroupVenue(for: [binance, hyperliquid]) == .deribitPortfolio)
    }
}

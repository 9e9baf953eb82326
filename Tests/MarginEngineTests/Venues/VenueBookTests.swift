import Testing
@testable import MarginEngine

/// The instrument map and the re-creation of a book on another venue (`VenueBook`).
struct VenueBookTests {
    /// Every name in the table finds its own row and column again.
    @Test func mapRoundTrips() throws {
        let map = VenueTestSupport.catalogue().venues.instrumentMap
        for (underlying, row) in map.rows {
            for (column, name) in row {
                let found = try #require(map.locate(name: name))
                #expect(found.underlying == underlying && found.column == column)
            }
        }
        #expect(map.perpetualName(underlying: "BTC", venue: .dydx) == "BTC-USD")
        #expect(map.perpetualName(underlying: "BTC", venue: .hyperliquid) == "BTC")
        #expect(map.perpetualName(underlying: "ETH", venue: .deribitPortfolio) == "ETH_USDC-PERPETUAL")
        #expect(map.locate(name: "DOGEUSDT") == nil)
    }

    /// Binance → dYdX → Binance: a BTCUSDT position keeps its coin size, entry and mark on dYdX's
    /// BTC-USD, and its own venue keeps it as it is.
    @Test func linearPerpetualRoundTrip() throws {
        let catalogue = VenueTestSupport.catalogue()
        let market = VenueTestSupport.market()
        let account = Account(name: "a", collateral: [], positions: [try VenueTestSupport.position("BTCUSDT", 1.5, at: 100_000)])
        let dydx = try VenueBook(mapping: account, to: .dydx, market: market, catalogue: catalogue)
        let moved = try #require(dydx.account.positions.first)
        #expect(moved.instrument.name == "BTC-USD" && moved.size == 1.5 && moved.entryPrice == 100_000)
        let back = try VenueBook(mapping: account, to: .binance, market: market, catalogue: catalogue)
        #expect(back.account.positions == account.positions)
        let deribit = try VenueBook(mapping: account, to: .deribit, market: market, catalogue: catalogue)
        #expect(deribit.account.positions.first?.instrument.name == "BTC_USDC-PERPETUAL")
        #expect(deribit.account.positions.first?.size == 1.5)
    }

    /// Sizing across venues (DESIGN §13): an inverse BTC-PERPETUAL of 50,000 USD bought at 80,000 and
    /// marked at 100,000 is 50,000 / 100,000 = 0.5 BTC on Hyperliquid, opened at 100,000; its uPnL
    /// 50,000 × (1/80,000 − 1/100,000) × 100,000 = 12,500 USD is settled into USDC, so equity is the same.
    @Test func inversePerpetualBecomesCoinExposure() throws {
        let catalogue = VenueTestSupport.catalogue()
        let market = VenueTestSupport.market()
        let account = Account(name: "a", collateral: [CollateralBalance(coin: "BTC", amount: 1)],
                              positions: [try VenueTestSupport.position("BTC-PERPETUAL", 50_000, at: 80_000)])
        let book = try VenueBook(mapping: account, to: .hyperliquid, market: market, catalogue: catalogue)
        let moved = try #require(book.account.positions.first)
        #expect(moved.instrument.name == "BTC" && abs(moved.size - 0.5) < 1e-12 && moved.entryPrice == 100_000)
        #expect(abs(book.settledPnlUSD - 12_500) < 1e-6)
        #expect(book.account.collateral.contains(CollateralBalance(coin: "USDC", amount: book.settledPnlUSD)))
        let deribit = try VenueMargin.margin(account, on: .deribit, market: market, catalogue: catalogue)
        let hyperliquid = try VenueMargin.margin(account, on: .hyperliquid, market: market, catalogue: catalogue)
        #expect(abs(deribit.report.equityUSD - hyperliquid.report.equityUSD) < 1e-6)
        #expect(abs(deribit.report.equityUSD - 112_500) < 1e-6)
    }

    /// Two perpetuals on one venue instrument are netted, as the venue holds them: long 1 BTCUSDT and
    /// short 50,000 USD of BTC-PERPETUAL (−0.5 BTC at 100,000) are one 0.5 BTC position on dYdX.
    @Test func sameInstrumentNets() throws {
        let account = Account(name: "a", collateral: [], positions: [
            try VenueTestSupport.position("BTCUSDT", 1, at: 100_000),
            try VenueTestSupport.position("BTC-PERPETUAL", -50_000, at: 100_000),
        ])
        let book = try VenueBook(mapping: account, to: .dydx, market: VenueTestSupport.market(), catalogue: VenueTestSupport.catalogue())
        #expect(book.account.positions.count == 1)
        #expect(abs((book.account.positions.first?.size ?? 0) - 0.5) < 1e-12)
    }

    /// Options are not listed on perps-only venues: reported with their notional (|coin| × index),
    /// the venue marked incomplete, and never the cheapest.
    @Test func optionsAreUnlistedOffDeribit() throws {
        let catalogue = VenueTestSupport.catalogue()
        let market = VenueTestSupport.market()
        let account = Account(name: "a", collateral: [CollateralBalance(coin: "USDC", amount: 100_000)], positions: [
            try VenueTestSupport.position("BTCUSDT", 1, at: 100_000),
            try VenueTestSupport.position("BTC-27MAR26-110000-C", -2, at: 0.02),
        ])
        var reports: [VenueMarginReport] = []
        for venue in [Venue.deribit, .binance, .hyperliquid, .dydx] {
            reports.append(try VenueMargin.margin(account, on: venue, market: market, catalogue: catalogue))
        }
        #expect(reports[0].isComplete)
        for report in reports.dropFirst() {
            #expect(!report.isComplete)
            #expect(report.unlisted.map(\.instrument) == ["BTC-27MAR26-110000-C"])
            #expect(abs(report.unlistedNotionalUSD - 200_000) < 1e-9)
        }
        #expect(VenueMargin.cheapest(reports) == .deribit)
        #expect(VenueMargin.cheapest(Array(reports.dropFirst())) == nil)
    }
}

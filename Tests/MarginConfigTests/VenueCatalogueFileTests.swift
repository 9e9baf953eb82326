import Testing
@testable import MarginConfig
@testable import MarginEngine

/// `[venues]` in the catalogue and `accounts.venue` in portfolio files.
struct VenueCatalogueFileTests {
    static let book = """
    as_of = "2026-01-05T00:00:00Z"
    [[accounts]]
    name = "a"
    venue = "hyperliquid"
    collateral = { USDC = 1000 }
    [[accounts.positions]]
    instrument = "BTCUSDT"
    size = 0.1
    entry = 90000
    [marks]
    "BTC-USD" = 93000
    """

    /// The bundled values, as their sources publish them (URLs in the bundled TOML).
    @Test func bundledVenues() throws {
        let venues = try CatalogueFile.bundled().venues
        let btc = try #require(venues.hyperliquid["BTC"])
        #expect(btc.tiers == [HyperliquidTier(lowerBoundUSD: 0, maxLeverage: 40), HyperliquidTier(lowerBoundUSD: 150_000_000, maxLeverage: 20)])
        #expect(venues.hyperliquid["ETH"]?.tiers.first?.maxLeverage == 25)
        let dydx = try #require(venues.dydx["BTC"])
        #expect(dydx.initialMarginFraction == 0.02 && dydx.maintenanceMarginFraction == 0.012)
        #expect(venues.instrumentMap.perpetualName(underlying: "ETH", venue: .dydx) == "ETH-USD")
        #expect(venues.instrumentMap.locate(name: "BTC-PERPETUAL")?.column == "deribit")
        for venue in Venue.allCases { #expect(venues.custodianHaircut(venue) >= 0 && venues.custodianHaircut(venue) < 1) }
        #expect(venues.custodianHaircut(.deribitPortfolio) == venues.custodianHaircut(.deribit))
    }

    /// A portfolio's `[catalogue.venues]` overrides key by key; the rest stays bundled.
    @Test func overrideFromThePortfolio() throws {
        let text = Self.book + """

        [catalogue.venues.dydx]
        custodian_haircut = 0.2
        [catalogue.venues.dydx.markets.BTC]
        initial_margin_fraction = 0.05
        maintenance_margin_fraction = 0.03
        open_interest_lower_cap_usd = 500_000_000
        open_interest_upper_cap_usd = 1_000_000_000
        open_notional_usd = 750_000_000
        [catalogue.venues.map.BTC]
        dydx = "XBT-USD"
        """
        let document = try PortfolioFile.parse(text: text, file: "book.toml")
        let venues = document.catalogue.venues
        #expect(venues.custodianHaircuts["dydx"] == 0.2)
        #expect(venues.custodianHaircuts["binance"] == (try CatalogueFile.bundled()).venues.custodianHaircuts["binance"])
        #expect(abs((venues.dydx["BTC"]?.effectiveInitialMarginFraction ?? 0) - 0.525) < 1e-12)
        #expect(venues.dydx["ETH"]?.initialMarginFraction == 0.02)
        #expect(venues.instrumentMap.perpetualName(underlying: "BTC", venue: .dydx) == "XBT-USD")
        #expect(venues.instrumentMap.perpetualName(underlying: "BTC", venue: .binance) == "BTCUSDT")
        #expect(document.portfolio.accounts.first?.venue == .hyperliquid)
    }

    /// Derive's parameters: bundled from their own table, overridable key by key from a portfolio
    /// (`[catalogue.venues.derive.margin] mm_factor`), and a change there changes Derive's MM.
    @Test func deriveParametersOverrideFromThePortfolio() throws {
        let bundled = try CatalogueFile.bundled().venues
        #expect(bundled.derive == (try DeriveParametersFile.bundled()))
        #expect(bundled.instrumentMap.perpetualName(underlying: "BTC", venue: .derive) == "BTC-PERP")
        #expect(bundled.custodianHaircut(.derive) == 0.03)
        let tagged = Self.book.replacingOccurrences(of: "\"hyperliquid\"", with: "\"derive\"")
        let plain = try PortfolioFile.parse(text: tagged, file: "book.toml")
        let text = tagged + """

        [catalogue.venues.derive]
        custodian_haircut = 0.1
        [catalogue.venues.derive.margin]
        mm_factor = 0.4
        """
        let document = try PortfolioFile.parse(text: text, file: "book.toml")
        let derive = try #require(document.catalogue.venues.derive)
        #expect(derive.margin.mmFactor == 0.4)
        #expect(derive.margin.imFactor == bundled.derive?.margin.imFactor && derive.scenarios == bundled.derive?.scenarios)
        #expect(document.catalogue.venues.custodianHaircuts["derive"] == 0.1)
        #expect(document.portfolio.accounts.first?.venue == .derive)
        // Long 0.1 BTC at 93,000 (index as mark): worst regular scenario −18% → 1,674 USD; the MM's
        // scenario part is mm_factor × 1,674 and the perp contingency (3% of notional) stays.
        let account = try #require(plain.portfolio.accounts.first)
        let market = try MarketBuilder.build(plain.market, for: plain.portfolio, at: 1_767_571_200_000_000, file: "book.toml")
        let before = try VenueMargin.margin(account, on: .derive, market: market, catalogue: plain.catalogue)
        let after = try VenueMargin.margin(account, on: .derive, market: market, catalogue: document.catalogue)
        let scenarioLoss = 0.18 * 0.1 * 93_000
        #expect(abs(before.report.maintenanceMarginUSD - (0.8 * scenarioLoss + 0.03 * 9_300)) < 1e-6)
        #expect(abs(after.report.maintenanceMarginUSD - (0.4 * scenarioLoss + 0.03 * 9_300)) < 1e-6)
    }

    @Test func unknownKeysNameTheirPath() throws {
        for (snippet, location) in [
            ("[catalogue.venues.dydx.markets.BTC]\ninitial_margin_fraction = 0.02\nmaintenance_margin_fraction = 0.01\nimf = 1",
             "catalogue.venues.dydx.markets.BTC.imf"),
            ("[catalogue.venues.kraken]\ncustodian_haircut = 0.1", "catalogue.venues.kraken"),
            ("[catalogue.venues.map.BTC]\nbybit = \"BTCUSDT\"", "catalogue.venues.map.BTC.bybit"),
            ("[catalogue.venues.binance]\ncustodian_haircut = 1.5", "catalogue.venues.binance.custodian_haircut"),
            ("[catalogue.venues.map.BTC]\nbinance = \"ETHUSDT\"", "catalogue.venues.map.BTC.binance"),
            ("[catalogue.venues.map.BTC]\nderibit_linear = \"BTC-PERPETUAL\"", "catalogue.venues.map.BTC.deribit_linear"),
            ("[catalogue.venues.derive.margin]\nmm_factr = 0.9", "catalogue.venues.derive.margin.mm_factr"),
            ("[catalogue.venues.derive]\nmarkets = {}", "catalogue.venues.derive.markets"),
        ] {
            let error = try #require(throws: ConfigError.self) { try PortfolioFile.parse(text: Self.book + "\n" + snippet, file: "book.toml") }
            #expect(error.location == location, "\(error)")
        }
    }

    @Test func accountVenueIsOptionalAndChecked() throws {
        let untagged = try PortfolioFile.parse(text: Self.book.replacingOccurrences(of: "venue = \"hyperliquid\"\n", with: ""), file: "b")
        #expect(untagged.portfolio.accounts.first?.venue == nil)
        let error = try #require(throws: ConfigError.self) {
            try PortfolioFile.parse(text: Self.book.replacingOccurrences(of: "\"hyperliquid\"", with: "\"ftx\""), file: "book.toml")
        }
        #expect(error.location == "accounts[0].venue")
        #expect(error.message.contains("deribit-pm"))
    }
}

import MarginEngine

/// Reads the catalogue's `[venues]` table (DESIGN §13; the schema is documented in the README).
///
/// ```toml
/// [venues.binance]
/// custodian_haircut = 0.02                   # fraction of collateral value held there
/// [venues.hyperliquid.markets.BTC]
/// margin_tiers = [{ lower_bound_usd = 0, max_leverage = 40 }, { lower_bound_usd = 150_000_000, max_leverage = 20 }]
/// [venues.dydx.markets.BTC]
/// initial_margin_fraction = 0.02             # fractions, not ppm
/// maintenance_margin_fraction = 0.012
/// open_interest_lower_cap_usd = 0            # 0/0: no open-interest scaling
/// open_interest_upper_cap_usd = 0
/// open_notional_usd = 0                      # the market's open interest × oracle price
/// [venues.derive]
/// custodian_haircut = 0.05
/// [venues.derive.margin]                     # Derive PM2 parameters (DeriveParametersFile), laid
/// mm_factor = 0.8                            # over the bundled ones key by key
/// [venues.map.BTC]
/// deribit = "BTC-PERPETUAL"                  # columns: VenueInstrumentMap.columns
/// ```
/// Unknown keys are errors naming their key path (`catalogue.venues.dydx.markets.BTC.imf`).
enum VenueCatalogueFile {
    static let custodians = ["deribit", "binance", "hyperliquid", "dydx", "derive"]

    static func parse(_ node: TOMLNode) throws(ConfigError) -> VenueCatalogue {
        try node.rejectUnknownKeys(allowed: custodians + ["map"])
        var catalogue = VenueCatalogue()
        for custodian in custodians {
            guard let section = try node.optionalTable(custodian) else { continue }
            let marketsAllowed = custodian == "hyperliquid" || custodian == "dydx"
            let deriveKeys = custodian == "derive" ? DeriveParametersFile.sectionKeys : []
            try section.rejectUnknownKeys(allowed: ["custodian_haircut"] + (marketsAllowed ? ["markets"] : []) + deriveKeys)
            if custodian == "derive", section.keys.contains(where: { deriveKeys.contains($0) }) {
                catalogue.derive = try DeriveParametersFile.parse(section)
            }
            if let haircut = try section.optionalPositive("custodian_haircut", allowZero: true) {
                guard haircut < 1 else { throw section.error("custodian_haircut", "must be a fraction in [0, 1), got \(haircut)") }
                catalogue.custodianHaircuts[custodian] = haircut
            }
            guard let markets = try section.optionalTable("markets") else { continue }
            for coin in markets.keys {
                guard let market = try markets.optionalTable(coin) else { throw markets.error(coin, "expected a table") }
                if custodian == "hyperliquid" {
                    catalogue.hyperliquid[coin] = try hyperliquidTiers(market)
                } else {
                    catalogue.dydx[coin] = try dydxMarket(market)
                }
            }
        }
        if let map = try node.optionalTable("map") {
            for coin in map.keys {
                guard let row = try map.optionalTable(coin) else { throw map.error(coin, "expected a table of venue names") }
                try row.rejectUnknownKeys(allowed: VenueInstrumentMap.columns)
                var names: [String: String] = [:]
                for column in row.keys {
                    let name = try row.string(column)
                    try checkEngineName(name, column: column, underlying: coin, row: row)
                    names[column] = name
                }
                catalogue.instrumentMap.rows[coin] = names
            }
        }
        return catalogue
    }

    /// Deribit's and Binance's columns name engine instruments: they must parse as a perpetual of
    /// the row's coin (`[venues.map.BTC] binance = "ETHUSDT"` would move BTC exposure into ETH).
    /// Hyperliquid's and dYdX's names are labels (their contracts are built from the row's coin).
    static func checkEngineName(_ name: String, column: String, underlying: String, row: TOMLNode) throws(ConfigError) {
        guard !name.isEmpty, name.count <= 64 else { throw row.error(column, "must be a name of 1 to 64 characters") }
        guard ["deribit", "deribit_linear", "binance"].contains(column) else { return }
        let instrument: Instrument
        do { instrument = try InstrumentParser.parse(name) } catch { throw row.error(column, error.description) }
        guard instrument.kind == .perpetual, instrument.underlying == underlying else {
            throw row.error(column, "'\(name)' is not a \(underlying) perpetual")
        }
        let expected = column == "deribit" ? "inverse_perpetual" : column == "deribit_linear" ? "linear_perpetual" : "usdt_perpetual"
        guard instrument.family == expected else { throw row.error(column, "'\(name)' is not a \(expected.replacingOccurrences(of: "_", with: " "))") }
    }

    static func hyperliquidTiers(_ node: TOMLNode) throws(ConfigError) -> HyperliquidTierSchedule {
        try node.rejectUnknownKeys(allowed: ["margin_tiers"])
        let rows = try node.tableArray("margin_tiers")
        guard !rows.isEmpty else { throw node.error("margin_tiers", "needs at least one tier") }
        var tiers: [HyperliquidTier] = []
        for row in rows {
            try row.rejectUnknownKeys(allowed: ["lower_bound_usd", "max_leverage"])
            let bound = try row.positive("lower_bound_usd", allowZero: true)
            if let last = tiers.last, bound <= last.lowerBoundUSD { throw row.error("lower_bound_usd", "tiers must increase") }
            if tiers.isEmpty, bound != 0 { throw row.error("lower_bound_usd", "the first tier starts at 0") }
            let leverage = try row.positive("max_leverage")
            guard leverage >= 1 else { throw row.error("max_leverage", "must be ≥ 1, got \(leverage)") }
            tiers.append(HyperliquidTier(lowerBoundUSD: bound, maxLeverage: leverage))
        }
        return HyperliquidTierSchedule(tiers: tiers)
    }

    static func dydxMarket(_ node: TOMLNode) throws(ConfigError) -> DydxMarketSchedule {
        let keys = ["initial_margin_fraction", "maintenance_margin_fraction", "open_interest_lower_cap_usd",
                    "open_interest_upper_cap_usd", "open_notional_usd"]
        try node.rejectUnknownKeys(allowed: keys)
        let initial = try node.positive(keys[0])
        let maintenance = try node.positive(keys[1])
        guard initial <= 1 else { throw node.error(keys[0], "must be a fraction ≤ 1, got \(initial)") }
        guard maintenance <= initial else { throw node.error(keys[1], "must not exceed the initial margin fraction \(initial)") }
        let lower = try node.optionalPositive(keys[2], allowZero: true) ?? 0
        let upper = try node.optionalPositive(keys[3], allowZero: true) ?? 0
        guard upper == 0 || upper > lower else { throw node.error(keys[3], "must be above the lower cap \(lower) (or 0: no scaling)") }
        return DydxMarketSchedule(initialMarginFraction: initial, maintenanceMarginFraction: maintenance,
                                  openInterestLowerCapUSD: lower, openInterestUpperCapUSD: upper,
                                  openNotionalUSD: try node.optionalPositive(keys[4], allowZero: true) ?? 0)
    }
}

import MarginEngine

/// Reads a catalogue (bundled, or a portfolio's `[catalogue]` table) from TOML.
///
/// Schema: `default_leverage` (number), `[haircuts]` coin → fraction, `[assignments]` name or
/// `UNDERLYING:family` or family → schedule name, `[schedules.NAME]` with `type` one of
/// `binance_tiers` (`brackets` = [{max_notional_usd, mmr, max_leverage, cum?}]), `deribit_future`
/// (`initial_base_rate`, `initial_rate_per_coin`, `maintenance_base_rate`,
/// `maintenance_rate_per_coin`) or `deribit_option` (`initial_base_rate`, `initial_floor_rate`,
/// `maintenance_rate`); `[venues]` venue rulebooks and the instrument map (``VenueCatalogueFile``).
public enum CatalogueFile {
    static let topKeys = ["default_leverage", "haircuts", "assignments", "schedules", "venues"] + PortfolioMarginFile.topKeys

    /// The bundled catalogue. Throws only if the bundled text itself were broken (a test guards it).
    /// Derive's parameters are their own bundled table (`BundledDeriveCatalogue`).
    public static func bundled() throws(ConfigError) -> Catalogue {
        var catalogue = try parse(TOMLNode.parse(BundledCatalogue.toml, file: BundledCatalogue.label))
        catalogue.venues.derive = try DeriveParametersFile.bundled()
        return catalogue
    }

    /// Parses catalogue TOML text (the schema of a portfolio's `[catalogue]` override, at top
    /// level); `file` names it in errors. Any text gives a catalogue or a ``ConfigError`` — never a trap.
    public static func parse(text: String, file: String) throws(ConfigError) -> Catalogue {
        try parse(TOMLNode.parse(text, file: file))
    }

    static func parse(_ node: TOMLNode) throws(ConfigError) -> Catalogue {
        try node.rejectUnknownKeys(allowed: topKeys)
        var catalogue = Catalogue()
        if let leverage = try node.optionalPositive("default_leverage") { catalogue.defaultLeverage = leverage }
        if let haircuts = try node.optionalTable("haircuts") {
            for coin in haircuts.keys {
                let value = try haircuts.double(coin)
                guard value.isFinite, value >= 0, value < 1 else { throw haircuts.error(coin, "haircut must be in [0, 1), got \(value)") }
                catalogue.haircuts[coin] = value
            }
        }
        if let assignments = try node.optionalTable("assignments") {
            for key in assignments.keys { catalogue.assignments[key] = try assignments.string(key) }
        }
        if let schedules = try node.optionalTable("schedules") {
            for name in schedules.keys {
                guard let sub = try schedules.optionalTable(name) else { continue }
                catalogue.schedules[name] = try schedule(sub)
            }
        }
        catalogue.portfolioMargin = try PortfolioMarginFile.parse(node)
        if let venues = try node.optionalTable("venues") { catalogue.venues = try VenueCatalogueFile.parse(venues) }
        return catalogue
    }

    /// Checks that every assignment names a defined schedule.
    static func validateAssignments(_ catalogue: Catalogue, file: String) throws(ConfigError) {
        for (key, name) in catalogue.assignments.sorted(by: { $0.key < $1.key }) where catalogue.schedules[name] == nil {
            throw ConfigError(file: file, location: "assignments.\(key)", message: "schedule '\(name)' is not defined")
        }
    }

    static func schedule(_ node: TOMLNode) throws(ConfigError) -> MarginSchedule {
        let type = try node.string("type")
        switch type {
        case "binance_tiers":
            try node.rejectUnknownKeys(allowed: ["type", "brackets"])
            let rows = try node.tableArray("brackets")
            guard !rows.isEmpty else { throw node.error("brackets", "needs at least one bracket") }
            var caps: [Double] = [], rates: [Double] = [], leverages: [Double] = [], amounts: [Double?] = []
            for row in rows {
                try row.rejectUnknownKeys(allowed: ["max_notional_usd", "mmr", "max_leverage", "cum"])
                let cap = try row.positive("max_notional_usd")
                if let last = caps.last, cap <= last { throw row.error("max_notional_usd", "brackets must increase") }
                let rate = try row.positive("mmr", allowZero: true)
                guard rate < 1 else { throw row.error("mmr", "must be a fraction below 1, got \(rate)") }
                caps.append(cap)
                rates.append(rate)
                leverages.append(try row.optionalPositive("max_leverage") ?? 125)
                amounts.append(try row.optionalPositive("cum", allowZero: true))
            }
            return .binanceTiers(BinanceTierSchedule(caps: caps, rates: rates, maxLeverages: leverages, amounts: amounts))
        case "deribit_future":
            let keys = ["initial_base_rate", "initial_rate_per_coin", "maintenance_base_rate", "maintenance_rate_per_coin"]
            try node.rejectUnknownKeys(allowed: ["type"] + keys)
            return .deribitFuture(DeribitFutureSchedule(
                initialBaseRate: try node.positive(keys[0], allowZero: true),
                initialRatePerCoin: try node.positive(keys[1], allowZero: true),
                maintenanceBaseRate: try node.positive(keys[2], allowZero: true),
                maintenanceRatePerCoin: try node.positive(keys[3], allowZero: true)))
        case "deribit_option":
            let keys = ["initial_base_rate", "initial_floor_rate", "maintenance_rate"]
            try node.rejectUnknownKeys(allowed: ["type"] + keys)
            return .deribitOption(DeribitOptionSchedule(
                initialBaseRate: try node.positive(keys[0], allowZero: true),
                initialFloorRate: try node.positive(keys[1], allowZero: true),
                maintenanceRate: try node.positive(keys[2], allowZero: true)))
        default:
            throw node.error("type", "unknown schedule type '\(type)' (expected binance_tiers, deribit_future or deribit_option)")
        }
    }
}

import MarginEngine

/// Reads the portfolio-margin part of a catalogue: the `[portfolio_margin]` table.
///
/// Every catalogue (the bundled one, a portfolio's `[catalogue]`) is read on top of the bundled
/// portfolio-margin data (`BundledPortfolioMarginCatalogue`), key by key: a portfolio can change
/// one parameter (`[catalogue.portfolio_margin.risk_matrix.BTC] price_range = 0.2`) and keep the
/// rest; a stress test with an existing name replaces it, a new name is appended.
///
/// Schema (all optional; see the README's catalogue section):
/// `risk_matrix.CURRENCY` / `risk_matrix.default` (Deribit parameters), `expected_shortfall`,
/// `default_vols` (annual, fractions; `default` key), `correlations` (`"BTC/ETH"`; `default` key),
/// `dynamic_range`, `liquidity` (with `daily_volume_usd`), `[[stress_tests]]`.
enum PortfolioMarginFile {
    static let topKeys: [String] = ["portfolio_margin"]
    static let sectionKeys = ["risk_matrix", "expected_shortfall", "default_vols", "correlations", "dynamic_range", "live_volatility",
                              "liquidity", "stress_tests"]

    /// The bundled portfolio-margin data (over the engine's built-in defaults).
    static func bundled() throws(ConfigError) -> PortfolioMarginCatalogue {
        let root = try TOMLNode.parse(BundledPortfolioMarginCatalogue.toml, file: BundledPortfolioMarginCatalogue.label)
        try root.rejectUnknownKeys(allowed: topKeys)
        guard let node = try root.optionalTable("portfolio_margin") else { return PortfolioMarginCatalogue() }
        return try parse(section: node, base: PortfolioMarginCatalogue(riskMatrix: [:], stressTests: []))
    }

    /// A catalogue's portfolio-margin data: the bundled data with the node's `[portfolio_margin]` laid over it.
    static func parse(_ node: TOMLNode) throws(ConfigError) -> PortfolioMarginCatalogue {
        let base = try bundled()
        guard let section = try node.optionalTable("portfolio_margin") else { return base }
        return try parse(section: section, base: base)
    }

    static func parse(section node: TOMLNode, base: PortfolioMarginCatalogue) throws(ConfigError) -> PortfolioMarginCatalogue {
        try node.rejectUnknownKeys(allowed: sectionKeys)
        var result = base
        if let matrices = try node.optionalTable("risk_matrix") {
            for currency in matrices.keys {
                guard let sub = try matrices.optionalTable(currency) else { continue }
                if currency == "default" {
                    result.defaultRiskMatrix = try riskMatrix(sub, base: result.defaultRiskMatrix)
                } else {
                    result.riskMatrix[currency] = try riskMatrix(sub, base: result.riskMatrix[currency] ?? result.defaultRiskMatrix)
                }
            }
        }
        if let es = try node.optionalTable("expected_shortfall") {
            result.expectedShortfall = try expectedShortfall(es, base: result.expectedShortfall)
        }
        if let vols = try node.optionalTable("default_vols") {
            for coin in vols.keys {
                let vol = try vols.positive(coin)
                guard vol < 20 else { throw vols.error(coin, "an annual vol is a fraction (0.6 = 60%), got \(vol)") }
                if coin == "default" { result.marketDefaults.defaultVol = vol } else { result.marketDefaults.annualVols[coin] = vol }
            }
        }
        if let correlations = try node.optionalTable("correlations") {
            for pair in correlations.keys {
                let value = try correlations.double(pair)
                guard value.isFinite, value >= -1, value <= 1 else { throw correlations.error(pair, "a correlation is in [−1, 1], got \(value)") }
                if pair == "default" {
                    result.marketDefaults.defaultCorrelation = value
                } else {
                    let coins = pair.split(separator: "/")
                    guard coins.count == 2, !coins[0].isEmpty, !coins[1].isEmpty else {
                        throw correlations.error(pair, "keys are coin pairs such as \"BTC/ETH\" (or default)")
                    }
                    result.marketDefaults.correlations[pair] = value
                }
            }
        }
        if let dynamic = try node.optionalTable("dynamic_range") {
            try dynamic.rejectUnknownKeys(allowed: ["multiplier", "horizon_days", "maximum"])
            if let k = try dynamic.optionalPositive("multiplier", allowZero: true) { result.dynamicRange.multiplier = k }
            if let days = try dynamic.optionalPositive("horizon_days") { result.dynamicRange.horizonDays = days }
            if let cap = try dynamic.optionalPositive("maximum") {
                guard cap < 1 else { throw dynamic.error("maximum", "the largest scan range is a fraction below 1, got \(cap)") }
                result.dynamicRange.maximum = cap
            }
        }
        if let live = try node.optionalTable("live_volatility") {
            try live.rejectUnknownKeys(allowed: ["enabled", "sample_seconds", "half_life_hours", "apply_threshold"])
            if let enabled = try live.optionalBool("enabled") { result.liveVolatility.enabled = enabled }
            if let seconds = try live.optionalPositive("sample_seconds") { result.liveVolatility.sampleSeconds = seconds }
            if let hours = try live.optionalPositive("half_life_hours") { result.liveVolatility.halfLifeHours = hours }
            if let threshold = try live.optionalPositive("apply_threshold", allowZero: true) {
                result.liveVolatility.applyThreshold = threshold
            }
        }
        if let liquidity = try node.optionalTable("liquidity") {
            result.liquidity = try self.liquidity(liquidity, base: result.liquidity)
        }
        for stressNode in try node.tableArray("stress_tests") {
            let scenario = try stress(stressNode)
            if let index = result.stressTests.firstIndex(where: { $0.name == scenario.name }) {
                result.stressTests[index] = scenario
            } else {
                result.stressTests.append(scenario)
            }
        }
        return result
    }

    static func liquidity(_ node: TOMLNode, base: LiquiditySettings) throws(ConfigError) -> LiquiditySettings {
        try node.rejectUnknownKeys(allowed: ["participation_threshold", "impact_coefficient", "daily_volume_usd"])
        var result = base
        if let threshold = try node.optionalPositive("participation_threshold", allowZero: true) { result.participationThreshold = threshold }
        if let y = try node.optionalPositive("impact_coefficient", allowZero: true) { result.impactCoefficient = y }
        if let volumes = try node.optionalTable("daily_volume_usd") {
            for key in volumes.keys { result.dailyVolumeUSD[key] = try volumes.positive(key) }
        }
        return result
    }
}

import MarginEngine

extension PortfolioMarginFile {
    static let riskMatrixKeys = [
        "price_range", "buckets_per_side", "vol_shock_up", "vol_shock_down", "vega_power_short", "vega_power_long",
        "min_volatility_for_shock_up", "mm_factor", "pnl_offset", "annualised_move_risk", "min_annualised_move",
        "max_delta_shock", "delta_total_liq_shock_threshold", "extended_dampener", "extended_moves",
        "short_option_contingency",
    ]

    static func riskMatrix(_ node: TOMLNode, base: RiskMatrixParameters) throws(ConfigError) -> RiskMatrixParameters {
        try node.rejectUnknownKeys(allowed: riskMatrixKeys)
        var p = base
        if let v = try node.optionalPositive("price_range") {
            guard v < 1 else { throw node.error("price_range", "a fraction below 1 (0.16 = 16%), got \(v)") }
            p.priceRange = v
        }
        if let v = try integer(node, "buckets_per_side", range: 1...50) { p.bucketsPerSide = v }
        if let v = try node.optionalPositive("vol_shock_up", allowZero: true) { p.volShockUp = v }
        if let v = try node.optionalPositive("vol_shock_down", allowZero: true) {
            guard v < 1 else { throw node.error("vol_shock_down", "a fraction below 1, got \(v)") }
            p.volShockDown = v
        }
        if let v = try node.optionalPositive("vega_power_short", allowZero: true) { p.vegaPowerShort = v }
        if let v = try node.optionalPositive("vega_power_long", allowZero: true) { p.vegaPowerLong = v }
        if let v = try node.optionalPositive("min_volatility_for_shock_up", allowZero: true) { p.minVolatilityForShockUp = v }
        if let v = try node.optionalPositive("mm_factor") {
            guard v <= 1 else { throw node.error("mm_factor", "a fraction ≤ 1, got \(v)") }
            p.mmFactor = v
        }
        if let v = try node.optionalPositive("pnl_offset", allowZero: true) {
            guard v <= 1 else { throw node.error("pnl_offset", "a fraction ≤ 1, got \(v)") }
            p.pnlOffset = v
        }
        if let v = try node.optionalPositive("annualised_move_risk", allowZero: true) { p.annualisedMoveRisk = v }
        if let v = try node.optionalPositive("min_annualised_move", allowZero: true) { p.minAnnualisedMove = v }
        if let v = try node.optionalPositive("max_delta_shock", allowZero: true) { p.maxDeltaShock = v }
        if let v = try node.optionalPositive("delta_total_liq_shock_threshold") { p.deltaTotalLiquidationShockThresholdUSD = v }
        if let v = try node.optionalPositive("extended_dampener", allowZero: true) { p.extendedDampener = v }
        if let v = try node.optionalPositive("short_option_contingency", allowZero: true) { p.shortOptionContingency = v }
        if let moves = try numbers(node, "extended_moves") {
            for move in moves where !(move > -1) || !move.isFinite || move == 0 {
                throw node.error("extended_moves", "moves are non-zero fractions above −1 (−0.66 = −66%), got \(move)")
            }
            p.extendedMoves = moves
        }
        return p
    }

    static let expectedShortfallKeys = [
        "method", "confidence", "horizon_days", "lambda", "degrees_of_freedom", "scenarios", "seed", "min_history_days",
        "revaluation", "grid_nodes", "maintenance_multiplier", "initial_multiplier",
    ]

    static func expectedShortfall(_ node: TOMLNode, base: ExpectedShortfallSettings) throws(ConfigError) -> ExpectedShortfallSettings {
        try node.rejectUnknownKeys(allowed: expectedShortfallKeys)
        var s = base
        if let text = try node.optionalString("method") {
            guard let method = ScenarioMethod(rawValue: text) else {
                throw node.error("method", "expected monte_carlo or filtered_historical, got '\(text)'")
            }
            s.method = method
        }
        if let text = try node.optionalString("revaluation") {
            guard let method = RevaluationMethod(rawValue: text) else { throw node.error("revaluation", "expected grid or full, got '\(text)'") }
            s.revaluation = method
        }
        if let v = try node.optionalPositive("confidence") {
            guard v >= 0.5, v < 1 else { throw node.error("confidence", "a fraction in [0.5, 1) (0.99 = 99%), got \(v)") }
            s.confidence = v
        }
        if let v = try node.optionalPositive("horizon_days") {
            guard v <= 365 else { throw node.error("horizon_days", "at most 365 days, got \(v)") }
            s.horizonDays = v
        }
        if let v = try node.optionalPositive("lambda") {
            guard v < 1 else { throw node.error("lambda", "EWMA λ is in (0, 1), got \(v)") }
            s.lambda = v
        }
        if let v = try node.optionalPositive("degrees_of_freedom", allowZero: true) {
            guard v == 0 || (v > 2 && v <= 1000) else { throw node.error("degrees_of_freedom", "0 (normal) or in (2, 1000], got \(v)") }
            s.degreesOfFreedom = v
        }
        if let v = try integer(node, "scenarios", range: 100...1_000_000) { s.scenarioCount = v }
        if let v = try integer(node, "seed", range: 0...Int.max) { s.seed = UInt64(v) }
        if let v = try integer(node, "min_history_days", range: 2...100_000) { s.minimumHistoryDays = v }
        if let v = try integer(node, "grid_nodes", range: 4...10_000) { s.gridNodes = v }
        if let v = try node.optionalPositive("maintenance_multiplier") { s.maintenanceMultiplier = v }
        if let v = try node.optionalPositive("initial_multiplier") { s.initialMultiplier = v }
        return s
    }

    static func stress(_ node: TOMLNode) throws(ConfigError) -> StressScenario {
        try node.rejectUnknownKeys(allowed: ["name", "description", "price_move", "vol_multiplier", "vol_shift"])
        let name = try node.string("name")
        guard !name.isEmpty, name.count <= 64 else { throw node.error("name", "must be 1–64 characters") }
        var scenario = StressScenario(name: name, description: try node.optionalString("description") ?? "")
        let moves = try perCoin(node, "price_move") { value in value > -1 && value.isFinite ? nil : "a move is a fraction above −1 (−0.3 = −30%)" }
        scenario.priceMoves = moves.perCoin
        scenario.defaultPriceMove = moves.fallback ?? 0
        let multipliers = try perCoin(node, "vol_multiplier") { value in value > 0 && value.isFinite && value < 100 ? nil : "a multiplier in (0, 100)" }
        scenario.volMultipliers = multipliers.perCoin
        scenario.defaultVolMultiplier = multipliers.fallback ?? 1
        if let shift = try node.optionalDouble("vol_shift") {
            guard shift.isFinite, abs(shift) < 10 else { throw node.error("vol_shift", "a vol shift is a fraction (0.2 = +20 vol points), got \(shift)") }
            scenario.defaultVolShift = shift
        }
        return scenario
    }

    /// A number, or a table of coin → number with an optional `default`.
    static func perCoin(_ node: TOMLNode, _ key: String, check: (Double) -> String?) throws(ConfigError)
        -> (perCoin: [String: Double], fallback: Double?) {
        guard node.contains(key) else { return ([:], nil) }
        if let table = try? node.optionalTable(key) {
            var result: [String: Double] = [:]
            var fallback: Double?
            for coin in table.keys {
                let value = try table.double(coin)
                if let problem = check(value) { throw table.error(coin, "\(problem), got \(value)") }
                if coin == "default" { fallback = value } else { result[coin] = value }
            }
            return (result, fallback)
        }
        let value = try node.double(key)
        if let problem = check(value) { throw node.error(key, "\(problem), got \(value)") }
        return ([:], value)
    }

    static func integer(_ node: TOMLNode, _ key: String, range: ClosedRange<Int>) throws(ConfigError) -> Int? {
        guard let value = try node.optionalDouble(key) else { return nil }
        guard value.isFinite, value == value.rounded(), value >= Double(range.lowerBound), value <= Double(range.upperBound) else {
            throw node.error(key, "expected a whole number in \(range.lowerBound)…\(range.upperBound), got \(value)")
        }
        return Int(value)
    }

    static func numbers(_ node: TOMLNode, _ key: String) throws(ConfigError) -> [Double]? {
        guard let value = node.table[key] else { return nil }
        guard let array = value.array else { throw node.error(key, "expected an array of numbers, got \(TOMLNode.describe(value))") }
        var result: [Double] = []
        for index in 0..<array.count {
            if let number = array[index].double { result.append(number) } else if let integer = array[index].int {
                result.append(Double(integer))
            } else {
                throw ConfigError(file: node.file, location: "\(node.keyPath(key))[\(index)]", message: "expected a number")
            }
        }
        guard !result.isEmpty else { throw node.error(key, "must not be empty") }
        return result
    }
}

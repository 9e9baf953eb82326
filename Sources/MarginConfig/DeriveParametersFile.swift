import MarginEngine

/// Reads Derive portfolio-margin parameters from the `[venues.derive]` TOML schema.
///
/// The bundled table (`BundledDeriveCatalogue`) is the base; a catalogue's `[venues.derive]` is
/// laid over it key by key (`[venues.derive.margin] mm_factor = 0.9` changes one number). A given
/// `scenarios` array replaces the whole list; a `collaterals.ASSET` entry replaces or adds that
/// asset. Unknown keys are errors naming their path; values are bounds-checked with the limits of
/// Derive's own setters (`PMRMLib_2.set…Params`).
///
/// Schema: `scenarios = [{ spot_shock, vol_shock = "up|down|none|linear|abs", dampening }]`,
/// tables `vol_shock`, `margin`, `basis_contingency`, `other_contingency`, `skew_shock`,
/// `collaterals.ASSET = { mm_haircut, im_haircut, risk_cancelling_markets = [...] }`.
public enum DeriveParametersFile {
    static let sectionKeys = ["scenarios", "vol_shock", "margin", "basis_contingency", "other_contingency", "skew_shock",
                              "collaterals"]

    /// The bundled Derive parameters.
    public static func bundled() throws(ConfigError) -> DeriveMarginParameters {
        let root = try TOMLNode.parse(BundledDeriveCatalogue.toml, file: BundledDeriveCatalogue.label)
        try root.rejectUnknownKeys(allowed: ["venues"])
        guard let venues = try root.optionalTable("venues"), let node = try venues.optionalTable("derive") else {
            throw ConfigError(file: BundledDeriveCatalogue.label, location: "venues.derive", message: "missing table")
        }
        try venues.rejectUnknownKeys(allowed: ["derive"])
        return try parse(node, base: nil)
    }

    /// Parameters from a `[venues.derive]` table laid over the bundled ones.
    static func parse(_ node: TOMLNode) throws(ConfigError) -> DeriveMarginParameters {
        try parse(node, base: bundled())
    }

    /// Parses Derive parameters from TOML text whose `[venues.derive]` overrides the bundled table
    /// (keys outside `venues.derive` are not read).
    public static func parse(text: String, file: String) throws(ConfigError) -> DeriveMarginParameters {
        let root = try TOMLNode.parse(text, file: file)
        guard let venues = try root.optionalTable("venues"), let node = try venues.optionalTable("derive") else {
            return try bundled()
        }
        return try parse(node)
    }

    /// `base` nil: every key is required (the bundled table); else missing keys keep `base`'s values.
    static func parse(_ node: TOMLNode, base: DeriveMarginParameters?) throws(ConfigError) -> DeriveMarginParameters {
        // `custodian_haircut` sits in the same table; `VenueCatalogueFile` reads it.
        try node.rejectUnknownKeys(allowed: sectionKeys + ["custodian_haircut"])
        let reader = Reader(required: base == nil)
        var scenarios = base?.scenarios ?? []
        if node.contains("scenarios") || base == nil { scenarios = try self.scenarios(node) }

        let vol = try reader.table(node, "vol_shock", ["vol_range_up", "vol_range_down", "short_term_power", "long_term_power",
                                                       "dte_floor_days", "min_vol_up_shock"])
        let b = base?.volShock
        let volShock = DeriveVolShockParameters(
            volRangeUp: try reader.value(vol, "vol_range_up", b?.volRangeUp, 0...10),
            volRangeDown: try reader.value(vol, "vol_range_down", b?.volRangeDown, 0...10),
            shortTermPower: try reader.value(vol, "short_term_power", b?.shortTermPower, 0...10),
            longTermPower: try reader.value(vol, "long_term_power", b?.longTermPower, 0...10),
            dteFloorDays: try reader.value(vol, "dte_floor_days", b?.dteFloorDays, 0...400),
            minVolUpShock: try reader.value(vol, "min_vol_up_shock", b?.minVolUpShock, 0...20))

        let m = try reader.table(node, "margin", ["im_factor", "mm_factor", "short_rate_mult_scale", "long_rate_mult_scale",
                                                  "short_rate_add_scale", "long_rate_add_scale", "short_base_static_discount",
                                                  "long_base_static_discount"])
        let bm = base?.margin
        let margin = DeriveMarginFactors(
            imFactor: try reader.value(m, "im_factor", bm?.imFactor, 0.5...10),
            mmFactor: try reader.value(m, "mm_factor", bm?.mmFactor, 0.1...10),
            shortRateMultScale: try reader.value(m, "short_rate_mult_scale", bm?.shortRateMultScale, 0...10),
            longRateMultScale: try reader.value(m, "long_rate_mult_scale", bm?.longRateMultScale, 0...10),
            shortRateAddScale: try reader.value(m, "short_rate_add_scale", bm?.shortRateAddScale, 0...10),
            longRateAddScale: try reader.value(m, "long_rate_add_scale", bm?.longRateAddScale, 0...10),
            shortBaseStaticDiscount: try reader.value(m, "short_base_static_discount", bm?.shortBaseStaticDiscount, 0...4),
            longBaseStaticDiscount: try reader.value(m, "long_base_static_discount", bm?.longBaseStaticDiscount, 0...4))

        let bc = try reader.table(node, "basis_contingency", ["scenario_spot_up", "scenario_spot_down", "add_factor", "mult_factor"])
        let bb = base?.basisContingency
        let basis = DeriveBasisContingencyParameters(
            scenarioSpotUp: try reader.value(bc, "scenario_spot_up", bb?.scenarioSpotUp, 1...3, open: true),
            scenarioSpotDown: try reader.value(bc, "scenario_spot_down", bb?.scenarioSpotDown, 0...1, open: true),
            addFactor: try reader.value(bc, "add_factor", bb?.addFactor, 0...20),
            multFactor: try reader.value(bc, "mult_factor", bb?.multFactor, 0...20))

        let oc = try reader.table(node, "other_contingency", ["peg_loss_threshold", "peg_loss_factor", "confidence_threshold",
                                                              "confidence_margin", "mm_perp_percent", "im_perp_percent",
                                                              "mm_option_percent", "im_option_percent"])
        let bo = base?.otherContingency
        let other = DeriveOtherContingencyParameters(
            pegLossThreshold: try reader.value(oc, "peg_loss_threshold", bo?.pegLossThreshold, 0...100),
            pegLossFactor: try reader.value(oc, "peg_loss_factor", bo?.pegLossFactor, 0...10),
            confidenceThreshold: try reader.value(oc, "confidence_threshold", bo?.confidenceThreshold, 0...1),
            confidenceMargin: try reader.value(oc, "confidence_margin", bo?.confidenceMargin, 0...20),
            mmPerpPercent: try reader.value(oc, "mm_perp_percent", bo?.mmPerpPercent, 0...3),
            imPerpPercent: try reader.value(oc, "im_perp_percent", bo?.imPerpPercent, 0...3),
            mmOptionPercent: try reader.value(oc, "mm_option_percent", bo?.mmOptionPercent, 0...2),
            imOptionPercent: try reader.value(oc, "im_option_percent", bo?.imOptionPercent, 0...2))

        let sk = try reader.table(node, "skew_shock", ["linear_base_cap", "abs_base_cap", "linear_c_base", "abs_c_base", "min_k_star",
                                                       "width_scale", "vol_param_static", "vol_param_scale"])
        let bs = base?.skewShock
        let skew = DeriveSkewShockParameters(
            linearBaseCap: try reader.value(sk, "linear_base_cap", bs?.linearBaseCap, 0...10),
            absBaseCap: try reader.value(sk, "abs_base_cap", bs?.absBaseCap, 0...10),
            linearCBase: try reader.value(sk, "linear_c_base", bs?.linearCBase, -10...10),
            absCBase: try reader.value(sk, "abs_c_base", bs?.absCBase, -10...10),
            minKStar: try reader.value(sk, "min_k_star", bs?.minKStar, 0...10),
            widthScale: try reader.value(sk, "width_scale", bs?.widthScale, 0...10),
            volParamStatic: try reader.value(sk, "vol_param_static", bs?.volParamStatic, 0...10),
            volParamScale: try reader.value(sk, "vol_param_scale", bs?.volParamScale, -20...20))

        var collaterals = base?.collaterals ?? [:]
        if let table = try node.optionalTable("collaterals") {
            for asset in table.keys {
                guard let entry = try table.optionalTable(asset) else { continue }
                collaterals[asset] = try collateral(entry)
            }
        }
        return DeriveMarginParameters(scenarios: scenarios, volShock: volShock, margin: margin, basisContingency: basis,
                                      otherContingency: other, skewShock: skew, collaterals: collaterals)
    }

    static func scenarios(_ node: TOMLNode) throws(ConfigError) -> [DeriveScenario] {
        guard let value = node.table["scenarios"] else { throw node.error("scenarios", "missing required key") }
        guard let array = value.array, !array.isEmpty else {
            throw node.error("scenarios", "expected a non-empty array of { spot_shock, vol_shock, dampening } tables")
        }
        var result: [DeriveScenario] = []
        result.reserveCapacity(array.count)
        for index in array.indices {
            guard let table = array[index].table else {
                throw ConfigError(file: node.file, location: "\(node.keyPath("scenarios"))[\(index)]", message: "expected a table")
            }
            let entry = TOMLNode(table: table, file: node.file, path: "\(node.keyPath("scenarios"))[\(index)]")
            try entry.rejectUnknownKeys(allowed: ["spot_shock", "vol_shock", "dampening"])
            let reader = Reader(required: true)
            let spot = try reader.value(entry, "spot_shock", nil, 0...100)
            let dampening = entry.contains("dampening") ? try reader.value(entry, "dampening", nil, 0...100) : 1
            let name = try entry.string("vol_shock")
            guard let shock = DeriveVolShock(rawValue: name) else {
                throw entry.error("vol_shock", "expected one of up, down, none, linear, abs, got '\(name)'")
            }
            result.append(DeriveScenario(spotShock: spot, volShock: shock, dampening: dampening))
        }
        return result
    }

    static func collateral(_ node: TOMLNode) throws(ConfigError) -> DeriveCollateralParameters {
        try node.rejectUnknownKeys(allowed: ["mm_haircut", "im_haircut", "risk_cancelling_markets"])
        let reader = Reader(required: true)
        let mm = try reader.value(node, "mm_haircut", nil, 0...1)
        let im = try reader.value(node, "im_haircut", nil, 0...1)
        guard mm + im <= 1 else { throw node.error("im_haircut", "mm_haircut + im_haircut must be ≤ 1, got \(mm + im)") }
        var markets: [String] = []
        if let value = node.table["risk_cancelling_markets"] {
            guard let array = value.array else { throw node.error("risk_cancelling_markets", "expected an array of strings") }
            for item in array {
                guard let market = item.string, !market.isEmpty else {
                    throw node.error("risk_cancelling_markets", "expected an array of market names such as \"BTC\"")
                }
                markets.append(market)
            }
        }
        return DeriveCollateralParameters(mmHaircut: mm, imHaircut: im, riskCancellingMarkets: markets)
    }

    /// Reads numbers that are required (the bundled table) or default to a base value (overrides).
    struct Reader {
        let required: Bool

        func table(_ node: TOMLNode, _ key: String, _ keys: [String]) throws(ConfigError) -> TOMLNode? {
            guard let sub = try node.optionalTable(key) else {
                if required { throw node.error(key, "missing required table") }
                return nil
            }
            try sub.rejectUnknownKeys(allowed: keys)
            return sub
        }

        /// A finite number in `range` (`open`: the bounds themselves excluded), else `base`.
        func value(_ node: TOMLNode?, _ key: String, _ base: Double?, _ range: ClosedRange<Double>,
                   open: Bool = false) throws(ConfigError) -> Double {
            guard let node, node.contains(key) else {
                if let base { return base }
                if let node { throw node.error(key, "missing required key") }
                throw ConfigError(file: BundledDeriveCatalogue.label, location: key, message: "missing required key")
            }
            let value = try node.finite(key)
            let inside = open ? (value > range.lowerBound && value < range.upperBound) : range.contains(value)
            guard inside else {
                let bounds = open ? "(\(range.lowerBound), \(range.upperBound))" : "[\(range.lowerBound), \(range.upperBound)]"
                throw node.error(key, "must be in \(bounds), got \(value)")
            }
            return value
        }
    }
}

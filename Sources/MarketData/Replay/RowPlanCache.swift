import MarginEngine

/// Caches, per tape symbol and per set of present fields, which engine updates a row produces
/// and from which field — so the replay loop resolves a row with a prediction check (or one
/// dictionary lookup) instead of resolving the symbol and filtering every update.
///
/// A plan is learned by running the `SymbolMap` rules and the `RelevanceFilter` once on a probe
/// row whose fields carry distinct sentinel values; each output's value names its source field.
/// Rules that transform a value (none today) are detected and fall back to the full path.
///
/// Tapes repeat their moments' shape (a simulator step, a venue snapshot lists the same symbols
/// in the same order), so the plan of the `k`-th row of a moment is predicted from the `k`-th row
/// of the previous one: when symbol and fields match it is the same lookup, so the same plan.
/// Symbols are interned by the readers, so that check is usually an identity comparison.
struct RowPlanCache {
    struct Step {
        var kind: UInt8
        var key: String
        var field: Int
    }

    /// A learned plan: `steps[start..<start + count]`, or `count < 0` for the full path.
    struct Plan {
        var start: Int32
        var count: Int32
        static let fullPath = Plan(start: 0, count: -1)
    }

    struct Prediction {
        var symbol: String
        var mask: UInt8
        var plan: Plan
    }

    /// Every learned plan's steps, back to back.
    private var steps: [Step] = []
    private var plans: [String: [Plan?]] = [:]
    private var predictions: [Prediction] = []
    private static let fieldCount = 7
    /// Rows per moment whose plans are predicted (a bound on the cache, not on correctness).
    static let predictionLimit = 4_096
    private static func sentinel(_ field: Int) -> Double { 1_000_003.0 + Double(field) * 1_000.0 }

    /// The event's present fields, one bit per position (see `PriceEvent.field(at:)`).
    static func mask(of event: PriceEvent) -> UInt8 { event.presentFields }

    /// Appends the engine updates for `event` — the `position`-th row of its moment — to
    /// `output`, learning its plan on first sight.
    mutating func append(_ event: PriceEvent, position: Int, resolver: inout SymbolResolver, filter: RelevanceFilter,
                         output: inout [PriceUpdate]) {
        let mask = Self.mask(of: event)
        let plan: Plan
        if position < predictions.count, predictions[position].mask == mask, predictions[position].symbol == event.symbol {
            plan = predictions[position].plan
        } else {
            plan = lookUp(event, mask: mask, resolver: &resolver, filter: filter)
            let prediction = Prediction(symbol: event.symbol, mask: mask, plan: plan)
            if position < predictions.count {
                predictions[position] = prediction
            } else if position == predictions.count, position < Self.predictionLimit {
                predictions.append(prediction)
            }
        }
        guard plan.count >= 0 else {
            Self.appendByFullPath(event, resolver: &resolver, filter: filter, output: &output)
            return
        }
        let start = Int(plan.start)
        for index in start..<start + Int(plan.count) {
            let step = steps[index]
            guard let value = event.field(at: step.field) else { continue }
            output.append(Self.update(kind: step.kind, key: step.key, value: value))
        }
    }

    /// The plan for `event`'s symbol and fields, learned on first sight.
    private mutating func lookUp(_ event: PriceEvent, mask: UInt8, resolver: inout SymbolResolver,
                                 filter: RelevanceFilter) -> Plan {
        if let plan = plans[event.symbol]?[Int(mask)] { return plan }
        let plan = learn(event, resolver: &resolver, filter: filter)
        plans[event.symbol, default: Array(repeating: nil, count: 1 << Self.fieldCount)][Int(mask)] = plan
        return plan
    }

    /// The rules themselves: the symbol map's updates for `event`, less those the filter drops.
    static func appendByFullPath(_ event: PriceEvent, resolver: inout SymbolResolver, filter: RelevanceFilter,
                                 output: inout [PriceUpdate]) {
        let start = output.count
        resolver.appendUpdates(for: event, to: &output)
        filter.removeIrrelevant(from: &output, startingAt: start)
    }

    private mutating func learn(_ event: PriceEvent, resolver: inout SymbolResolver, filter: RelevanceFilter) -> Plan {
        var probe = event
        for field in 0..<Self.fieldCount where event.field(at: field) != nil { probe.setField(at: field, to: Self.sentinel(field)) }
        var produced: [PriceUpdate] = []
        Self.appendByFullPath(probe, resolver: &resolver, filter: filter, output: &produced)
        var learned: [Step] = []
        for update in produced {
            let (kind, key, value): (UInt8, String, Double)
            switch update {
            case .index(let coin, let usd): (kind, key, value) = (0, coin, usd)
            case .mark(let symbol, let usd): (kind, key, value) = (1, symbol, usd)
            case .impliedVol(let symbol, let vol): (kind, key, value) = (2, symbol, vol)
            case .forward(let symbol, let usd): (kind, key, value) = (3, symbol, usd)
            }
            guard let field = (0..<Self.fieldCount).first(where: { Self.sentinel($0) == value }) else { return .fullPath }
            learned.append(Step(kind: kind, key: key, field: field))
        }
        // A plan's steps are few (a handful of updates per row); the counts cannot overflow Int32
        // before the symbol table's limit would stop new symbols.
        guard let start = Int32(exactly: steps.count), let count = Int32(exactly: learned.count) else { return .fullPath }
        steps += learned
        return Plan(start: start, count: count)
    }

    static func update(kind: UInt8, key: String, value: Double) -> PriceUpdate {
        switch kind {
        case 0: return .index(coin: key, usd: value)
        case 1: return .mark(symbol: key, usd: value)
        case 2: return .impliedVol(symbol: key, vol: value)
        default: return .forward(symbol: key, usd: value)
        }
    }
}

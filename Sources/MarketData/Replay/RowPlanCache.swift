import MarginEngine

/// Caches, per tape symbol and per set of present fields, which engine updates a row produces
/// and from which field — so the replay loop does one dictionary lookup per row instead of
/// resolving the symbol and filtering every update.
///
/// A plan is learned by running the `SymbolMap` rules and the `RelevanceFilter` once on a probe
/// row whose fields carry distinct sentinel values; each output's value names its source field.
/// Rules that transform a value (none today) are detected and fall back to the full path.
struct RowPlanCache {
    struct Step {
        var kind: UInt8
        var key: String
        var field: Int
    }

    enum Plan {
        case steps([Step])
        case fullPath
    }

    private var plans: [String: [Plan?]] = [:]
    private static let fieldCount = 7
    private static func sentinel(_ field: Int) -> Double { 1_000_003.0 + Double(field) * 1_000.0 }

    static func mask(of event: PriceEvent) -> Int {
        var mask = 0
        for field in 0..<fieldCount where event.field(at: field) != nil { mask |= 1 << field }
        return mask
    }

    /// Appends the engine updates for `event` to `output`, learning its plan on first sight.
    mutating func append(_ event: PriceEvent, resolver: inout SymbolResolver, filter: RelevanceFilter,
                         output: inout [PriceUpdate]) {
        let mask = Self.mask(of: event)
        if let plan = plans[event.symbol]?[mask] {
            switch plan {
            case .steps(let steps):
                for step in steps {
                    guard let value = event.field(at: step.field) else { continue }
                    output.append(Self.update(kind: step.kind, key: step.key, value: value))
                }
            case .fullPath:
                Self.appendByFullPath(event, resolver: &resolver, filter: filter, output: &output)
            }
            return
        }
        plans[event.symbol, default: Array(repeating: nil, count: 1 << Self.fieldCount)][mask] =
            learn(event, resolver: &resolver, filter: filter)
        append(event, resolver: &resolver, filter: filter, output: &output)
    }

    /// The rules themselves: the symbol map's updates for `event`, less those the filter drops.
    static func appendByFullPath(_ event: PriceEvent, resolver: inout SymbolResolver, filter: RelevanceFilter,
                                 output: inout [PriceUpdate]) {
        let start = output.count
        resolver.appendUpdates(for: event, to: &output)
        filter.removeIrrelevant(from: &output, startingAt: start)
    }

    private func learn(_ event: PriceEvent, resolver: inout SymbolResolver, filter: RelevanceFilter) -> Plan {
        var probe = event
        for field in 0..<Self.fieldCount where event.field(at: field) != nil { probe.setField(at: field, to: Self.sentinel(field)) }
        var produced: [PriceUpdate] = []
        Self.appendByFullPath(probe, resolver: &resolver, filter: filter, output: &produced)
        var steps: [Step] = []
        for update in produced {
            let (kind, key, value): (UInt8, String, Double)
            switch update {
            case .index(let coin, let usd): (kind, key, value) = (0, coin, usd)
            case .mark(let symbol, let usd): (kind, key, value) = (1, symbol, usd)
            case .impliedVol(let symbol, let vol): (kind, key, value) = (2, symbol, vol)
            case .forward(let symbol, let usd): (kind, key, value) = (3, symbol, usd)
            }
            guard let field = (0..<Self.fieldCount).first(where: { Self.sentinel($0) == value }) else { return .fullPath }
            steps.append(Step(kind: kind, key: key, field: field))
        }
        return .steps(steps)
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

import MarginEngine

/// Turns tape events into the engine's `PriceUpdate`s for a set of books: resolves each tape
/// symbol once (`SymbolMap`), drops prices no book reads (`RelevanceFilter`), and caches a
/// per-symbol row plan so the hot path is a prediction check per row.
///
/// ```swift
/// var mapper = PriceUpdateMapper(symbolMap: SymbolMap(), relevantTo: [account])
/// var updates: [PriceUpdate] = []
/// mapper.append(event, to: &updates)
/// ```
public struct PriceUpdateMapper: Sendable {
    var resolver: SymbolResolver
    let filter: RelevanceFilter
    var plans = RowPlanCache()

    /// - Parameters: `relevantTo` the accounts whose prices matter (nil: keep every update).
    public init(symbolMap: SymbolMap = SymbolMap(), relevantTo accounts: [Account]?) {
        resolver = SymbolResolver(map: symbolMap)
        filter = RelevanceFilter(accounts: accounts)
    }

    /// Appends the updates `event` implies to `output` (no allocation once warmed up).
    /// `position`: the event's index in its tape moment (the plan of the same position in the
    /// previous moment is tried first; any value gives the same updates).
    public mutating func append(_ event: PriceEvent, position: Int = 0, to output: inout [PriceUpdate]) {
        plans.append(event, position: position, resolver: &resolver, filter: filter, output: &output)
    }

    /// The updates `event` implies (convenience; allocates).
    public mutating func updates(for event: PriceEvent) -> [PriceUpdate] {
        var output: [PriceUpdate] = []
        append(event, to: &output)
        return output
    }
}

import MarginEngine

/// Drives `ModeReplay`s (one per mode and account) from tape events: maps each event's symbols to
/// engine updates once, then feeds every replay. Pure: the caller reads the tape and writes the
/// event log.
public struct TapeReplay: Sendable {
    public private(set) var replays: [ModeReplay]
    public private(set) var accountNames: [String]
    var resolver: SymbolResolver
    var adapter = EngineUpdateAdapter()
    var tapeUpdates: [MarketUpdate] = []
    var engineUpdates: [PriceUpdate] = []

    /// - Parameters: the accounts to replay, the market at the tape's first event, the modes, and
    ///   an optional risk-based `measure` per mode (portfolio mode).
    public init(accounts: [Account], market: MarketState, catalogue: Catalogue, modes: [MarginMode],
                symbolMap: SymbolMap = SymbolMap(), thresholds: AlertThresholds = AlertThresholds(),
                policy: LiquidationPolicy = LiquidationPolicy(),
                measure: (MarginMode) -> (@Sendable (Account, MarketState) throws -> MarginTotals)? = { _ in nil }) throws {
        var replays: [ModeReplay] = []
        var names: [String] = []
        for mode in modes {
            for account in accounts {
                replays.append(try ModeReplay(account: account, market: market, catalogue: catalogue, mode: mode,
                                              thresholds: thresholds, policy: policy, measure: measure(mode)))
                names.append(account.name)
            }
        }
        self.replays = replays
        self.accountNames = names
        self.resolver = SymbolResolver(map: symbolMap)
    }

    /// The engine updates an event implies (for building the starting market).
    public mutating func engineUpdates(for event: PriceEvent) -> [PriceUpdate] {
        tapeUpdates.removeAll(keepingCapacity: true)
        resolver.appendUpdates(for: event, to: &tapeUpdates)
        var output: [PriceUpdate] = []
        adapter.append(tapeUpdates, to: &output)
        return output
    }

    /// Feeds one event to every replay; returns the liquidation engine's events, in mode order.
    @discardableResult
    public mutating func process(_ event: PriceEvent) throws -> [LiquidationEvent] {
        tapeUpdates.removeAll(keepingCapacity: true)
        resolver.appendUpdates(for: event, to: &tapeUpdates)
        engineUpdates.removeAll(keepingCapacity: true)
        adapter.append(tapeUpdates, to: &engineUpdates)
        var events: [LiquidationEvent] = []
        for index in replays.indices {
            let produced = try replays[index].process(timeMicros: event.timestampMicros, updates: engineUpdates)
            if !produced.isEmpty { events += produced }
        }
        return events
    }
}

import MarginEngine
import MarketData

/// One tape replayed against many accounts on several cores (issue 10, "many accounts on all
/// cores"): the accounts cut into contiguous parts, each part replayed by its own ``RiskSession``
/// (the one session and batching of every front end) from its own streaming reader of the tape,
/// the parts run as child tasks (``OrderedFanOut``).
///
/// Why a reader per part rather than one reader fanned out: memory stays independent of the
/// tape's length either way, but separate readers need no hand-off between tasks per batch, and
/// decoding the tape once more per part (millions of rows a second) costs little beside margining
/// thousands of accounts at every moment.
///
/// Every part maps the tape's symbols for all the accounts (`pricesFor`), so each account sees the
/// same moments, and ends with the same statistics, as in one session over every account. Results
/// come back in account order, and the events in the order one session makes them (time, then
/// mode, then account): the outcome is the same, value for value, for any number of parts.
public struct AccountPartsReplay: Sendable {
    /// Every account of the book, in the file's order.
    public var accounts: [Account]
    public var catalogue: Catalogue
    public var modes: [MarginMode]
    public var history: ReturnHistory?
    public var symbolMap: SymbolMap
    /// Keep the liquidation engine's events (for an event log); off, none are collected.
    public var collectEvents: Bool

    public init(accounts: [Account], catalogue: Catalogue, modes: [MarginMode], history: ReturnHistory? = nil,
                symbolMap: SymbolMap = SymbolMap(), collectEvents: Bool = false) {
        self.accounts = accounts
        self.catalogue = catalogue
        self.modes = modes
        self.history = history
        self.symbolMap = symbolMap
        self.collectEvents = collectEvents
    }

    /// The tape had no valid row.
    public struct EmptyTape: Error, CustomStringConvertible {
        public var path: String
        public var skipped: Int
        public var description: String { "\(path): the tape has no valid rows (\(skipped) skipped)" }
    }

    /// What the replay did: per mode (in `modes` order) and account (in order), the statistics;
    /// the events in one session's order; the tape as read.
    public struct Outcome: Sendable {
        public var results: [AccountReplayResult]
        public var events: [LiquidationEvent]
        public var format: TapeFormat
        public var issues: TapeIssueLog
        /// Messages of a recorded exchange stream without prices (`TapeFileReader.ignoredMessageCount`).
        public var ignoredMessages: Int
        /// Tape time of the first and last event, µs.
        public var firstMicros: Int64
        public var lastMicros: Int64
    }

    /// Replays the tape in `parts` parts (at most one per account), all at once.
    /// - Parameters: `openTape` opens a new reader of the tape (called once per part);
    ///   `startingMarket` builds the market at the tape's first event (the same for every part).
    public func run(parts: Int, openTape: @escaping @Sendable () throws -> TapeFileReader,
                    startingMarket: @escaping @Sendable (PriceEvent) throws -> MarketState) async throws -> Outcome {
        let count = min(max(1, parts), max(1, accounts.count))
        let bounds = (0...count).map { $0 * accounts.count / count }
        let outcomes = try await OrderedFanOut.mapThrowing(count: count, jobs: count) { part in
            try replay(Array(accounts[bounds[part]..<bounds[part + 1]]), openTape: openTape, startingMarket: startingMarket)
        }
        guard var merged = outcomes.first else { throw EmptyTape(path: "", skipped: 0) }
        merged.events = Self.sessionOrder(outcomes.map(\.events), modes: modes, accounts: accounts)
        merged.results = []
        for mode in modes {
            for outcome in outcomes { merged.results += outcome.results.filter { $0.statistics.mode == mode } }
        }
        return merged
    }

    /// One part: `part`'s accounts over the whole tape, as one session does it.
    func replay(_ part: [Account], openTape: () throws -> TapeFileReader,
                startingMarket: (PriceEvent) throws -> MarketState) throws -> Outcome {
        let reader = try openTape()
        guard let first = try reader.nextTapeEvent() else { throw EmptyTape(path: reader.path, skipped: reader.issues.totalSkipped) }
        var session = try RiskSession(accounts: part, market: try startingMarket(first), catalogue: catalogue, modes: modes,
                                      history: history, symbolMap: symbolMap, pricesFor: accounts)
        var events: [LiquidationEvent] = []
        let collect = collectEvents
        let span = try session.drain(reader, from: first) { produced in
            if collect { events += produced }
        }
        return Outcome(results: AccountReplayResult.results(of: session.replay), events: events, format: reader.format,
                       issues: reader.issues, ignoredMessages: reader.ignoredMessageCount,
                       firstMicros: span.firstMicros, lastMicros: span.lastMicros)
    }

    /// Events of the parts merged into the order of one session over all accounts: by time, then
    /// mode (in `modes` order), then account (in order), each replay's own events as it made them.
    static func sessionOrder(_ parts: [[LiquidationEvent]], modes: [MarginMode], accounts: [Account]) -> [LiquidationEvent] {
        var accountIndex: [String: Int] = [:]
        for (index, account) in accounts.enumerated() where accountIndex[account.name] == nil { accountIndex[account.name] = index }
        var keyed: [(time: Int64, mode: Int, account: Int, sequence: Int, event: LiquidationEvent)] = []
        for events in parts {
            for (sequence, event) in events.enumerated() {
                keyed.append((event.timeMicros, modes.firstIndex(of: event.mode) ?? modes.count,
                              accountIndex[event.account] ?? accounts.count, sequence, event))
            }
        }
        keyed.sort { ($0.time, $0.mode, $0.account, $0.sequence) < ($1.time, $1.mode, $1.account, $1.sequence) }
        return keyed.map(\.event)
    }
}

/// One account's replay in one mode.
public struct AccountReplayResult: Sendable, Equatable {
    public var account: String
    public var statistics: ReplayStatistics
    /// Portfolio mode: the path of its scan ranges, vols, ES and MM (nil in other modes).
    public var riskPath: RiskPath?

    public init(account: String, statistics: ReplayStatistics, riskPath: RiskPath? = nil) {
        self.account = account
        self.statistics = statistics
        self.riskPath = riskPath
    }

    /// A session's replays as results, in its order (mode-major, accounts in order).
    public static func results(of replay: TapeReplay) -> [AccountReplayResult] {
        zip(replay.accountNames, replay.replays).map {
            AccountReplayResult(account: $0.0, statistics: $0.1.statistics, riskPath: $0.1.session == nil ? nil : $0.1.riskPath)
        }
    }
}

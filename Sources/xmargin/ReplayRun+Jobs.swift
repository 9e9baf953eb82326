import Foundation
import MarginConfig
import MarginEngine
import MarketData
import RiskSession

/// A many-account replay on several cores: the file's accounts cut into `jobs` contiguous parts,
/// each replayed by its own `RiskSession` (the one session and batching of every front end) from
/// its own streaming reader of the tape — memory stays independent of the tape's length, and
/// reading the tape again per part costs little beside margining thousands of accounts per event.
///
/// Every part maps the tape's symbols for the whole file (`pricesFor`), so each account sees the
/// same moments, and gets the same statistics, as in one session over all accounts. Results come
/// back in the file's order, and the event log is written in the order one session writes it
/// (time, then mode, then account): the output is the same, byte for byte, for any `jobs`.
extension ReplayRun {
    /// The replay on up to `jobs` cores (1, or a one-account file: `execute()`, events logged as they come).
    func execute(jobs: Int) async throws -> ReplaySummary {
        let accounts = document.portfolio.accounts
        let parts = min(max(1, jobs), accounts.count)
        if parts <= 1 { return try execute() }
        let plan = PartPlan(document: document, portfolioPath: portfolioPath, tapePath: reader.path, format: reader.format,
                            options: reader.options, modes: modes, symbolMap: symbolMap, history: history,
                            collectEvents: log != nil)
        let bounds = (0...parts).map { $0 * accounts.count / parts }
        let outcomes = try await OrderedFanOut.mapThrowing(count: parts, jobs: parts) { part in
            try plan.replay(accounts: Array(accounts[bounds[part]..<bounds[part + 1]]))
        }
        guard let first = outcomes.first else { return try execute() }
        if let log {
            for event in Self.sessionOrder(outcomes.map(\.events), modes: modes, accounts: accounts) { try log.append(event) }
        }
        var results: [ReplaySummary.AccountResult] = []
        for mode in modes {
            for outcome in outcomes { results += outcome.results.filter { $0.statistics.mode == mode } }
        }
        return ReplaySummary(tape: reader.path, format: first.format, issues: first.issues, firstMicros: first.firstMicros,
                             lastMicros: first.lastMicros, results: results)
    }

    /// Events of the parts merged into the order of one session over all accounts: by time, then
    /// mode (in `modes` order), then account (file order), each replay's own events as it made them.
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

/// What one part of a many-account replay needs: plain values, safe to hand to a child task.
struct PartPlan: Sendable {
    let document: PortfolioDocument
    let portfolioPath: String
    let tapePath: String
    let format: TapeFormat
    let options: TapeReaderOptions
    let modes: [MarginMode]
    let symbolMap: SymbolMap
    let history: ReturnHistory?
    /// Keep the liquidation engine's events for the event log.
    let collectEvents: Bool

    /// One part's outcome: its accounts' results (mode-major), its events, and the tape as read.
    struct Outcome: Sendable {
        var results: [ReplaySummary.AccountResult]
        var events: [LiquidationEvent]
        var format: TapeFormat
        var issues: TapeIssueLog
        var firstMicros: Int64
        var lastMicros: Int64
    }

    /// Replays `accounts` over the whole tape with a reader of its own, as `ReplayRun.execute()` does.
    func replay(accounts: [Account]) throws -> Outcome {
        let reader = try TapeFileReader(path: tapePath, format: format, options: options)
        var source = try ReplaySource(stream: reader, label: reader.path, wallMicros: 0, speed: .max)
        guard let first = source.nextEvent else {
            throw CLIError("\(reader.path): the tape has no valid rows (\(reader.issues.totalSkipped) skipped)")
        }
        let market = try StartingMarket.build(document, portfolio: document.portfolio, first: first,
                                              fallbackMicros: first.timestampMicros, file: portfolioPath)
        var session = try RiskSession(accounts: accounts, market: market, catalogue: document.catalogue, modes: modes,
                                      history: history, symbolMap: symbolMap, pricesFor: document.portfolio.accounts)
        var events: [LiquidationEvent] = []
        let collect = collectEvents
        let span = try session.drain(&source) { produced in
            if collect { events += produced }
        }
        return Outcome(results: ReplaySummary.results(of: session.replay), events: events, format: reader.format,
                       issues: reader.issues, firstMicros: span?.firstMicros ?? first.timestampMicros,
                       lastMicros: span?.lastMicros ?? first.timestampMicros)
    }
}

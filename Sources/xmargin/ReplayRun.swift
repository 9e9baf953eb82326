import Foundation
import MarginConfig
import MarginEngine
import MarketData
import RiskSession

/// One headless replay: the tape at max speed through a `RiskSession` (the dashboard's session
/// and batching), every mode, logging events. `execute()` runs every account in one session on
/// this core (with `concurrentTicks`, helped by a second); `execute(jobs:)` spreads a
/// many-account file over cores (`ReplayRun+Jobs.swift`).
struct ReplayRun {
    let document: PortfolioDocument
    let portfolioPath: String
    let reader: TapeFileReader
    let modes: [MarginMode]
    let symbolMap: SymbolMap
    let log: EventLog?
    let history: ReturnHistory?

    /// - Parameter concurrentTicks: `RiskSession.concurrentTicks` (a second core for the ticks of
    ///   large portfolio books).
    func execute(concurrentTicks: Bool = false) throws -> ReplaySummary {
        guard let first = try reader.nextTapeEvent() else {
            throw CLIError("\(reader.path): the tape has no valid rows (\(reader.issues.totalSkipped) skipped)")
        }
        let market = try StartingMarket.build(document, portfolio: document.portfolio, first: first,
                                              fallbackMicros: first.timestampMicros, file: portfolioPath)
        var session = try RiskSession(accounts: document.portfolio.accounts, market: market, catalogue: document.catalogue,
                                      modes: modes, history: history, symbolMap: symbolMap)
        session.concurrentTicks = concurrentTicks && ProcessInfo.processInfo.activeProcessorCount > 1
        let span = try session.drain(reader, from: first) { events in
            for event in events { try log?.append(event) }
        }
        return ReplaySummary(tape: reader.path, format: reader.format, issues: reader.issues,
                             ignoredMessages: reader.ignoredMessageCount,
                             firstMicros: span.firstMicros, lastMicros: span.lastMicros,
                             results: AccountReplayResult.results(of: session.replay))
    }
}

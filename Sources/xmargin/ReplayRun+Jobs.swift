import Foundation
import MarginConfig
import MarginEngine
import MarketData
import RiskSession

/// A many-account replay on several cores: ``AccountPartsReplay`` with this run's tape (a reader
/// per part, same format and options) and starting market. The output — summary and event log —
/// is the same, byte for byte, for any `jobs`.
extension ReplayRun {
    /// The replay on up to `jobs` cores (1, or a one-account file: `execute()`, events logged as
    /// they come; a one-account file with `jobs` > 1 ticks large portfolio books on two cores).
    func execute(jobs: Int) async throws -> ReplaySummary {
        let accounts = document.portfolio.accounts
        if min(jobs, accounts.count) <= 1 { return try execute(concurrentTicks: jobs > 1) }
        let replay = AccountPartsReplay(accounts: accounts, catalogue: document.catalogue, modes: modes, history: history,
                                        symbolMap: symbolMap, collectEvents: log != nil)
        let path = reader.path, format = reader.format, options = reader.options
        let document = document, portfolioPath = portfolioPath
        let outcome = try await replay.run(parts: jobs, openTape: {
            try TapeFileReader(path: path, format: format, options: options)
        }, startingMarket: { first in
            try StartingMarket.build(document, portfolio: document.portfolio, first: first,
                                     fallbackMicros: first.timestampMicros, file: portfolioPath)
        })
        if let log { for event in outcome.events { try log.append(event) } }
        return ReplaySummary(tape: reader.path, format: outcome.format, issues: outcome.issues,
                             ignoredMessages: outcome.ignoredMessages, firstMicros: outcome.firstMicros,
                             lastMicros: outcome.lastMicros, results: outcome.results)
    }
}

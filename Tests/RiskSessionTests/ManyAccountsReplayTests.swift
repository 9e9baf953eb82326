import Foundation
import Testing
import MarginConfig
import MarginEngine
import MarketData
import RiskSession
import Benchmarks

/// Many accounts on all cores (issue 10): a book's accounts replayed in parts, each part on its own
/// core with its own reader, end exactly as in one session over every account.
struct ManyAccountsReplayTests {
    /// Two moments a minute apart: BTC −1.1%, ETH −1.6% (enough to liquidate the accounts the
    /// generator starts at 100–105% utilization, and to alert others).
    static let tape = """
        timestamp_us,symbol,mark,index,last,iv,bid,ask,underlying
        1767614400000000,BTC-USD,,95000.0,,,,,
        1767614400000000,ETH-USD,,3200.0,,,,,
        1767614460000000,BTC-USD,,94000.0,,,,,
        1767614460000000,ETH-USD,,3150.0,,,,,

        """

    static func outcome(_ book: BenchmarkAccounts, catalogue: Catalogue, parts: Int, modes: [MarginMode]) async throws
        -> AccountPartsReplay.Outcome {
        let replay = AccountPartsReplay(accounts: book.accounts, catalogue: catalogue, modes: modes, collectEvents: true)
        let bytes = Array(tape.utf8)
        let market = book.market
        return try await replay.run(parts: parts, openTape: { try TapeFileReader(bytes: bytes, name: "tape.csv") },
                                    startingMarket: { first in
                                        var start = market
                                        start.timestampMicros = first.timestampMicros
                                        return start
                                    })
    }

    @Test func thousandAccountsGiveTheSameResultsInPartsAsInOneSession() async throws {
        let catalogue = try CatalogueFile.bundled()
        let book = try BenchmarkAccounts(accounts: 1_000, seed: 11, catalogue: catalogue)
        #expect(book.accounts.count == 1_000)
        let alone = try await Self.outcome(book, catalogue: catalogue, parts: 1, modes: [.cross])
        #expect(alone.results.count == 1_000)
        #expect(alone.results.map(\.account) == book.accounts.map(\.name))
        // By construction about 2% of the accounts start at or past 100% utilization: some liquidate.
        #expect(alone.results.contains { $0.statistics.firstLiquidationMicros != nil })
        #expect(alone.events.contains { $0.kind == .liquidation })
        for parts in [2, 7] {
            let split = try await Self.outcome(book, catalogue: catalogue, parts: parts, modes: [.cross])
            #expect(split.results == alone.results, "parts \(parts)")
            #expect(split.events == alone.events, "parts \(parts)")
            #expect(split.firstMicros == alone.firstMicros && split.lastMicros == alone.lastMicros)
        }
    }

    /// Every mode at once: the parts' results come back mode by mode, accounts in order in each.
    /// (Portfolio mode with 500 ES scenarios, not 10,000, to stay fast in a debug build.)
    @Test func allModesInPartsMatchOneSession() async throws {
        var catalogue = try CatalogueFile.bundled()
        catalogue.portfolioMargin.expectedShortfall.scenarioCount = 500
        let book = try BenchmarkAccounts(accounts: 12, seed: 5, catalogue: catalogue)
        let alone = try await Self.outcome(book, catalogue: catalogue, parts: 1, modes: MarginMode.allCases)
        let split = try await Self.outcome(book, catalogue: catalogue, parts: 5, modes: MarginMode.allCases)
        #expect(alone.results.map(\.statistics.mode) == MarginMode.allCases.flatMap { Array(repeating: $0, count: 12) })
        #expect(split.results == alone.results)
        #expect(split.events == alone.events)
    }

    @Test func emptyTapeNamesTheFile() async throws {
        let catalogue = try CatalogueFile.bundled()
        let book = try BenchmarkAccounts(accounts: 3, seed: 1, catalogue: catalogue)
        let replay = AccountPartsReplay(accounts: book.accounts, catalogue: catalogue, modes: [.cross])
        let header = Array("timestamp_us,symbol,mark,index,last,iv,bid,ask,underlying\n".utf8)
        await #expect(throws: AccountPartsReplay.EmptyTape.self) {
            _ = try await replay.run(parts: 2, openTape: { try TapeFileReader(bytes: header, name: "empty.csv") },
                                     startingMarket: { _ in book.market })
        }
    }
}

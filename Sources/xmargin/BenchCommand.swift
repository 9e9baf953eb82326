import ArgumentParser
import Foundation
import MarginConfig
import MarginEngine
import Benchmarks

/// `xmargin bench`: medians of a full portfolio-margin recompute, an incremental tick and Black-76
/// throughput on the seeded standard book (DESIGN §11). Single-threaded: figures are per core —
/// except the many-accounts figures (`accounts_per_s*`), measured on 1, 2 and all cores.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure portfolio-margin recompute, incremental tick and Black-76 speed on a seeded book."
    )

    @Option(parsing: .unconditional, help: "Positions in the book (80% options; default 1000).")
    var positions: Int?

    /// Positions of the standard book.
    var positionCount: Int { positions ?? 1000 }

    @Option(parsing: .unconditional, help: "ES Monte Carlo scenarios.")
    var scenarios = 10_000

    @Option(parsing: .unconditional, help: "Timed runs per measurement (the median is reported).")
    var runs = 25

    @Option(parsing: .unconditional, help: "Seed of the book.")
    var seed: UInt64 = 7

    @Option(name: .customLong("save-book"), help: "Write the generated book as a portfolio file (TOML) and continue.")
    var saveBook: String?

    @Option(parsing: .unconditional,
            help: "Accounts of the many-accounts book, 5–30 positions each (default 1000). With --save-book and without --positions, that book is the one written.")
    var accounts: Int?

    /// Accounts margined for `accounts_per_s*` when `--accounts` is not given.
    static let defaultAccounts = 1_000

    /// `--save-book` writes the many-account book when `--accounts` is given and `--positions` is
    /// not (`bench --accounts N --save-book FILE`); the standard one-account book otherwise.
    var savesAccountsBook: Bool { accounts != nil && positions == nil }

    @Flag(help: "Print JSON.")
    var json = false

    @Option(name: .customLong("replay-rows"), parsing: .unconditional, help: "Rows of the replay-throughput tape (0 skips it).")
    var replayRows: Int = 1_000_000

    @Option(name: .customLong("save-tape"),
            help: "Keep the replay-throughput tape (native CSV, shaped like the demo book) at this path, to replay it with `xmargin replay FILE --portfolio examples/demo.toml`.")
    var saveTape: String?

    func validate() throws {
        guard (10...100_000).contains(positionCount) else { throw ValidationError("--positions must be in 10…100000, got \(positionCount)") }
        guard (100...1_000_000).contains(scenarios) else { throw ValidationError("--scenarios must be in 100…1000000, got \(scenarios)") }
        guard (1...10_000).contains(runs) else { throw ValidationError("--runs must be in 1…10000, got \(runs)") }
        guard (0...100_000_000).contains(replayRows) else { throw ValidationError("--replay-rows must be in 0…100000000, got \(replayRows)") }
        if let accounts, !(1...1_000_000).contains(accounts) {
            throw ValidationError("--accounts must be in 1…1000000, got \(accounts)")
        }
    }

    func run() async throws {
        let book = BenchmarkBook(positions: positionCount, seed: seed)
        let accountsText = try BenchAccounts.bookText(accounts: accounts ?? Self.defaultAccounts, seed: seed)
        if let path = saveBook {
            let text = savesAccountsBook ? accountsText : BookWriter.toml(book.account, market: book.market, seed: seed)
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
                throw ConfigError(file: path, location: "", message: "cannot write the file")
            }
        }
        var catalogue = try CatalogueFile.bundled()
        catalogue.portfolioMargin.expectedShortfall.scenarioCount = scenarios
        let clock = ContinuousClock()
        let buildStart = clock.now
        var session = try PortfolioMarginSession(account: book.account, market: book.market, catalogue: catalogue, history: nil)
        let buildMs = milliseconds(clock.now - buildStart)

        var full: [Double] = []
        for _ in 0..<runs {
            let start = clock.now
            _ = try session.recompute(market: book.market)
            full.append(milliseconds(clock.now - start))
        }
        let instruments = book.account.positions.map(\.instrument)
        let up = book.market.scaling(underlying: "BTC", by: 1.001, instruments: instruments)
        // The tick on one core, then as the dashboard runs it: on two when the machine has them.
        func tickMilliseconds(concurrent: Bool) throws -> [Double] {
            session.concurrentTicks = concurrent
            defer { session.concurrentTicks = false }
            var ticks: [Double] = []
            for run in 0..<max(runs, 50) {
                let market = run % 2 == 0 ? up : book.market
                let start = clock.now
                _ = try session.tick(underlying: "BTC", market: market)
                ticks.append(milliseconds(clock.now - start))
            }
            return ticks
        }
        let ticksOneCore = try tickMilliseconds(concurrent: false)
        let ticks = ProcessInfo.processInfo.activeProcessorCount > 1 ? try tickMilliseconds(concurrent: true) : ticksOneCore
        var historyUpdates: [Double] = []
        for _ in 0..<max(3, runs / 5) {
            let start = clock.now
            try session.updateHistory(nil)
            historyUpdates.append(milliseconds(clock.now - start))
        }
        let evalsPerSecond = black76Throughput(clock: clock)
        let frameMs = BenchExtras.frameComposeMilliseconds(runs: runs)
        let replayRates = replayRows > 0 ? try BenchReplay.rates(rows: replayRows, seed: seed, keepAt: saveTape) : nil
        var result = BenchResult(positions: book.account.positions.count, options: book.account.positions.filter(\.instrument.isOption).count,
                                 scenarios: scenarios, runs: runs, sessionBuildMs: buildMs, fullRecomputeMs: median(full),
                                 incrementalTickMs: median(ticks), incrementalTickMsOneCore: median(ticksOneCore),
                                 historyUpdateMs: median(historyUpdates),
                                 black76EvalsPerSecond: evalsPerSecond,
                                 esUSD: session.figures.esUSD, maintenanceMarginUSD: session.figures.maintenanceMarginUSD)
        result.frameComposeMs = frameMs
        result.liveRefreshMs = try BenchExtras.liveRefreshMilliseconds(book: book, catalogue: catalogue, runs: max(5, runs / 2))
        let levelTimes = try BenchExtras.liquidationLevelMilliseconds(book: book, catalogue: catalogue, runs: max(3, runs / 4))
        result.levelsIsolatedMs = levelTimes[.isolated]
        result.levelsCrossMs = levelTimes[.cross]
        result.levelsPortfolioMs = levelTimes[.portfolio]
        if let replayRates {
            result.replayRows = replayRates.rows
            result.replayRowsPerSecondIsolated = replayRates.perMode[.isolated]
            result.replayRowsPerSecondCross = replayRates.perMode[.cross]
            result.replayRowsPerSecondPortfolio = replayRates.perMode[.portfolio]
            result.replayRowsPerSecondAllModes = replayRates.allModes
            result.tapeReadRowsPerSecond = replayRates.tapeRead
        }
        let accountRates = try await BenchAccounts.rates(bookText: accountsText, runs: max(1, min(runs, 5)))
        result.accounts = accountRates.accounts
        result.accountsCores = accountRates.cores
        result.accountsPerSecond = accountRates.perSecondAllCores
        result.accountsPerSecondOneCore = accountRates.perSecondOneCore
        result.accountsPerSecondTwoCores = accountRates.perSecondTwoCores
        result.accountsSpeedupTwoCores = accountRates.speedupTwoCores
        result.peakResidentMB = BenchExtras.peakResidentMegabytes()
        if json {
            print(String(decoding: try ReportJSON.encoder().encode(result), as: UTF8.self))
        } else {
            print("book: \(result.positions) positions (\(result.options) options) over 4 underlyings, \(scenarios) ES scenarios, \(runs) runs")
            print("full portfolio-margin recompute (risk matrix + ES), median: \(TextFormat.fixed(result.fullRecomputeMs, 3)) ms")
            print("incremental tick (BTC moves), median, 2 cores / 1 core:     \(TextFormat.fixed(result.incrementalTickMs, 3)) / "
                  + "\(TextFormat.fixed(result.incrementalTickMsOneCore, 3)) ms")
            print("Black-76 price + greeks:                                   \(TextFormat.fixed(evalsPerSecond / 1e6, 1)) million/s (one core)")
            print("new history/covariance (scenarios from cached draws + full): \(TextFormat.fixed(result.historyUpdateMs, 3)) ms")
            print("session build incl. Monte Carlo draws (once per seed):     \(TextFormat.fixed(buildMs, 3)) ms")
            print("dashboard frame 160×48, median:                            \(TextFormat.fixed(frameMs, 3)) ms")
            print("live snapshot, 3 modes + liquidation levels + PM detail:   \(TextFormat.fixed(result.liveRefreshMs ?? 0, 3)) ms")
            print("liquidation levels isolated / cross / portfolio:           "
                  + [result.levelsIsolatedMs, result.levelsCrossMs, result.levelsPortfolioMs].map { TextFormat.fixed($0 ?? 0, 2) }.joined(separator: " / ") + " ms")
            if let replayRates {
                let modes = [MarginMode.isolated, .cross, .portfolio].map { TextFormat.fixed((replayRates.perMode[$0] ?? 0) / 1e6, 2) }
                print("replay of \(replayRates.rows) simulated rows vs the demo book, isolated / cross / portfolio / all modes: "
                      + (modes + [TextFormat.fixed(replayRates.allModes / 1e6, 2)]).joined(separator: " / ") + " million rows/s")
                print("tape reading alone (decode + validate):                   \(TextFormat.fixed(replayRates.tapeRead / 1e6, 2)) million rows/s")
            }
            print("many accounts: \(accountRates.accounts) accounts margined (cross, as xmargin margin), accounts/s on 1 / 2 / \(accountRates.cores) cores: "
                  + [accountRates.perSecondOneCore, accountRates.perSecondTwoCores, accountRates.perSecondAllCores].map { TextFormat.fixed($0, 0) }.joined(separator: " / ")
                  + " (×\(TextFormat.fixed(accountRates.speedupTwoCores, 2)) on 2 cores)")
            print("peak RSS of the bench process:                             \(TextFormat.fixed(result.peakResidentMB ?? 0, 1)) MB")
        }
    }

    func milliseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1e3 + Double(parts.attoseconds) * 1e-15
    }

    func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : 0.5 * (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2])
    }

    /// Black76.evaluate (price + delta, gamma, vega, theta) over varied strikes, best of 5 batches.
    func black76Throughput(clock: ContinuousClock) -> Double {
        let count = 2_000_000
        var best = 0.0
        var sink = 0.0
        for _ in 0..<5 {
            let start = clock.now
            for index in 0..<count {
                let strike = 60_000 + Double(index & 1023) * 50
                let result = Black76.evaluate(forward: 95_000, strike: strike, years: 0.25, vol: 0.55, right: index & 1 == 0 ? .call : .put)
                sink += result.priceUSD + result.gamma
            }
            let seconds = milliseconds(clock.now - start) / 1e3
            best = max(best, Double(count) / seconds)
        }
        if sink == 42 { print("") }  // keeps the loop from being optimised away
        return best
    }
}

struct BenchResult: Encodable {
    var positions: Int
    var options: Int
    var scenarios: Int
    var runs: Int
    var sessionBuildMs: Double
    var fullRecomputeMs: Double
    /// Median incremental tick (BTC moves), ms: as the dashboard runs it (its risk matrix and ES
    /// grid values on two cores when the machine has two), and on one core.
    var incrementalTickMs: Double
    var incrementalTickMsOneCore: Double
    var historyUpdateMs: Double
    var black76EvalsPerSecond: Double
    var esUSD: Double
    var maintenanceMarginUSD: Double
    var frameComposeMs: Double?
    var liveRefreshMs: Double?
    var levelsIsolatedMs: Double?
    var levelsCrossMs: Double?
    var levelsPortfolioMs: Double?
    /// Rows of the bench tape (a simulation shaped like the demo book) and `xmargin replay` speed
    /// over it against the demo book, rows per second, per mode and with every mode at once.
    var replayRows: Int?
    var replayRowsPerSecondIsolated: Double?
    var replayRowsPerSecondCross: Double?
    var replayRowsPerSecondPortfolio: Double?
    var replayRowsPerSecondAllModes: Double?
    /// The same tape read and validated without margining, rows per second.
    var tapeReadRowsPerSecond: Double?
    /// The many-accounts book (`--accounts`, default 1,000) margined as `xmargin margin` does,
    /// cross mode: accounts per second on every active core (`accounts_cores` of them), on one, on
    /// two, and the two-core speed-up (two-core rate ÷ one-core rate).
    var accounts: Int?
    var accountsCores: Int?
    var accountsPerSecond: Double?
    var accountsPerSecondOneCore: Double?
    var accountsPerSecondTwoCores: Double?
    var accountsSpeedupTwoCores: Double?
    var peakResidentMB: Double?

    enum CodingKeys: String, CodingKey {
        case positions, options, scenarios, runs
        case sessionBuildMs = "session_build_ms", fullRecomputeMs = "full_recompute_ms"
        case incrementalTickMs = "incremental_tick_ms", incrementalTickMsOneCore = "incremental_tick_ms_1core"
        case black76EvalsPerSecond = "black76_evals_per_s"
        case historyUpdateMs = "history_update_ms"
        case esUSD = "es_usd", maintenanceMarginUSD = "portfolio_maintenance_margin_usd"
        case frameComposeMs = "frame_compose_ms", liveRefreshMs = "live_refresh_ms",
             levelsIsolatedMs = "liquidation_levels_isolated_ms", levelsCrossMs = "liquidation_levels_cross_ms",
             levelsPortfolioMs = "liquidation_levels_portfolio_ms", peakResidentMB = "peak_rss_mb"
        case replayRows = "replay_rows", replayRowsPerSecondIsolated = "replay_rows_per_s_isolated",
             replayRowsPerSecondCross = "replay_rows_per_s_cross", replayRowsPerSecondPortfolio = "replay_rows_per_s_portfolio",
             replayRowsPerSecondAllModes = "replay_rows_per_s_all", tapeReadRowsPerSecond = "tape_read_rows_per_s"
        case accounts, accountsCores = "accounts_cores", accountsPerSecond = "accounts_per_s",
             accountsPerSecondOneCore = "accounts_per_s_1core", accountsPerSecondTwoCores = "accounts_per_s_2core",
             accountsSpeedupTwoCores = "accounts_speedup_2core"
    }
}

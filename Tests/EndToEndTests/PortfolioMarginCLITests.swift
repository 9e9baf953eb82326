import Foundation
import Testing

/// `xmargin margin --mode portfolio`, `stress` and `bench` run as a user would, JSON checked
/// against published numbers (Deribit's example, DESIGN §5.3) and hostile inputs checked for a
/// clean one-line error.
@Suite struct PortfolioMarginCLITests {
    @Test func deribitPublishedExampleThroughTheCLI() throws {
        let output = try CLIRunner.run(["margin", "--portfolio", "examples/deribit-pm.toml", "--mode", "portfolio", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let portfolio = try output.json().object("portfolio")
        let btc = try #require(portfolio.array("risk_matrix").first)
        // Deribit: worst_case 0.05968587238095239, roll_shock 0.00315725898, risk_matrix_margin
        // 0.06284313098, MM 0.050274504784 BTC.
        #expect(abs(btc.number("worst_case") - 0.05968587238095239) < 1e-15)
        #expect(abs(btc.number("roll_shock") - 0.00315725898) < 1e-15)
        #expect(abs(btc.number("risk_matrix_margin") - 0.06284313098) < 1e-15)
        #expect(abs(btc.number("maintenance_margin") - 0.050274504784) < 1e-15)
        #expect(output.stdout.contains("\"risk_matrix_margin\" : 0.06284313098,"))
        #expect(output.stdout.contains("\"maintenance_margin\" : 0.050274504784,"))
        let scenarios = btc.array("scenarios")
        #expect(scenarios.count == 35)
        #expect(scenarios.allSatisfy { $0["price_move"] != nil && $0["vol_shock"] != nil && $0["pnl"] != nil })
        #expect(portfolio["binding"] as? String == "risk_matrix")
        let es = portfolio.object("es")
        for key in ["method", "confidence", "horizon_days", "scenarios", "var_usd", "es_usd", "contributions"] {
            #expect(es[key] != nil, "es.\(key) missing")
        }
        #expect((es["history_note"] as? String)?.contains("default vols") == true)
    }

    @Test func sameSeedSameBytes() throws {
        let arguments = ["margin", "--portfolio", "examples/demo.toml", "--mode", "portfolio", "--json"]
        #expect(try CLIRunner.run(arguments).stdout == CLIRunner.run(arguments).stdout)
    }

    @Test func modeAllAndGroup() throws {
        let output = try CLIRunner.run(["margin", "--portfolio", "examples/pm-group.toml", "--mode", "all", "--group", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let modes = try output.json().object("modes")
        #expect(Set(modes.keys) == ["isolated", "cross", "portfolio"])
        let portfolio = modes.object("portfolio")
        let alone = portfolio.array("accounts").map { $0.number("maintenance_margin_usd") }.reduce(0, +)
        let group = portfolio.object("group")
        #expect(group.number("maintenance_margin_usd") < alone)
        #expect(group.object("portfolio")["binding"] != nil)
        // Portfolio needs less than cross for the hedged group.
        #expect(group.number("maintenance_margin_usd") < modes.object("cross").object("group").number("maintenance_margin_usd"))
    }

    @Test func historyTapeDrivesDynamicRange() throws {
        let output = try CLIRunner.run(["margin", "--portfolio", "examples/pm-group.toml", "--mode", "portfolio",
                                        "--history", "examples/history-sample.csv", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let first = try #require(try output.json().array("accounts").first)
        let btc = try #require(first.object("portfolio").array("risk_matrix").first)
        #expect(btc["dynamic_range_binding"] as? Bool == true)
        #expect(btc.number("scan_range") > 0.16)
        #expect(first.object("portfolio").object("es")["history_note"] is NSNull)
    }

    @Test func realBinanceKlinesTooShortSaySo() throws {
        let path = CLIRunner.packageRoot.appendingPathComponent("../shared/data/real/binance-futures_BTCUSDT_1h_2022-11.csv").path
        guard FileManager.default.fileExists(atPath: path) else { return }
        let output = try CLIRunner.run(["margin", "--portfolio", "examples/deribit-pm.toml", "--mode", "portfolio",
                                        "--history", "BTC=\(path)", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let note = try output.json().object("portfolio").object("es")["history_note"] as? String
        #expect(note?.contains("aligned daily returns in the history (30 needed)") == true, "\(note ?? "nil")")
    }

    @Test func stressLibrary() throws {
        let output = try CLIRunner.run(["stress", "--portfolio", "examples/demo.toml", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let results = try output.json().array("results")
        #expect(results.count >= 5)
        let crash = try #require(results.first { $0["scenario"] as? String == "2020-03-12" })
        #expect(crash.number("pnl_usd") < 0)
        #expect(crash.array("positions").count == 12)
        #expect(crash.array("modes").count == 2)
        let one = try CLIRunner.run(["stress", "--portfolio", "examples/demo.toml", "--scenario", "vol-crush"])
        #expect(one.status == 0 && one.stdout.contains("STRESS vol-crush"))
    }

    @Test func benchSmallBookAndSavedBook() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("xmargin-bench-\(getpid()).toml").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let output = try CLIRunner.run(["bench", "--positions", "60", "--scenarios", "500", "--runs", "2", "--replay-rows", "3000",
                                        "--accounts", "20", "--json", "--save-book", file])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try output.json()
        for key in ["full_recompute_ms", "incremental_tick_ms", "black76_evals_per_s", "replay_rows_per_s_isolated",
                    "replay_rows_per_s_cross", "replay_rows_per_s_portfolio", "replay_rows_per_s_all", "tape_read_rows_per_s"] {
            #expect(json.number(key) > 0, "\(key)")
        }
        #expect(json.number("replay_rows") == 3000)
        // Many accounts on all cores: accounts per second on 1, 2 and every core, and the 2-core ratio.
        for key in ["accounts_per_s", "accounts_per_s_1core", "accounts_per_s_2core", "accounts_speedup_2core", "accounts_cores"] {
            #expect(json.number(key) > 0, "\(key)")
        }
        #expect(json.number("accounts") == 20)
        let margin = try CLIRunner.run(["margin", "--portfolio", file, "--mode", "portfolio", "--json"])
        #expect(margin.status == 0, "\(margin.stderr)")
        #expect(try margin.json().array("positions").count == 60)
    }

    @Test(arguments: [
        (["margin", "--portfolio", "examples/demo.toml", "--mode", "portfolio", "--history", "/no/such.csv"], "/no/such.csv:0: cannot open"),
        (["margin", "--portfolio", "examples/demo.toml", "--mode", "portfolio", "--history", "examples/demo.toml"], "examples/demo.toml:1: unrecognized header"),
        (["margin", "--portfolio", "examples/demo.toml", "--mode", "portfolio", "--history", "BTC=examples/demo.toml"], "examples/demo.toml:1: unrecognized header"),
        (["margin", "--portfolio", "examples/demo.toml", "--mode", "sideways"], "invalid for '--mode"),
        (["stress", "--portfolio", "examples/demo.toml", "--scenario", "meteor"], "unknown scenario 'meteor'"),
        (["stress", "--portfolio", "/no/book.toml"], "/no/book.toml: no such file"),
        (["bench", "--positions", "0"], "--positions must be in"),
        (["bench", "--scenarios", "-5"], "--scenarios"),
        (["bench", "--runs", "abc"], "--runs"),
    ])
    func badInputGivesAClearError(arguments: [String], message: String) throws {
        let output = try CLIRunner.run(arguments)
        #expect(output.status != 0)
        #expect(output.stderr.contains(message), "\(output.stderr)")
        #expect(!output.stderr.contains("Fatal error"))
    }

    @Test func badPortfolioMarginKeyInAPortfolioFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("xmargin-badpm-\(getpid()).toml").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let text = """
        [[accounts]]
        [[accounts.positions]]
        instrument = "BTC-PERPETUAL"
        size = 1000
        entry = 90000
        [marks]
        "BTC-USD" = 90000
        [catalogue.portfolio_margin.expected_shortfall]
        lambda = 1.5
        """
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["margin", "--portfolio", file, "--mode", "portfolio"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("catalogue.portfolio_margin.expected_shortfall.lambda: EWMA λ is in (0, 1), got 1.5"), "\(output.stderr)")
    }
}

import Foundation
import Testing

/// `xmargin margin` end to end: the real binary, its JSON, its errors.
struct MarginCommandTests {
    /// Binance's published example (see examples/binance-liquidation.toml for the source):
    /// isolated ETH 1,114.78 / BTC 18,778.73; cross ETH 1,153.26 / BTC 26,316.89.
    @Test func binanceLiquidationExampleThroughJSON() throws {
        let result = try CLIRunner.run(["margin", "--portfolio", "examples/binance-liquidation.toml", "--mode", "all", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try jsonObject(result.stdout)
        let modes = try #require(root["modes"] as? [String: Any])
        let expected: [String: [Double]] = ["isolated": [1114.78, 18778.73], "cross": [1153.26, 26316.89]]
        for (mode, prices) in expected {
            let report = try #require(modes[mode] as? [String: Any])
            let positions = try #require(report["positions"] as? [[String: Any]])
            #expect(positions.map { $0["instrument"] as? String } == ["ETHUSDT", "BTCUSDT"])
            for (position, price) in zip(positions, prices) {
                let value = try #require(position["liquidation_price"] as? Double)
                #expect((value * 100).rounded() / 100 == price, "\(mode): \(value) vs \(price)")
            }
            for key in ["mode", "equity_usd", "initial_margin_usd", "maintenance_margin_usd", "utilization", "free_collateral_usd"] {
                #expect(report[key] != nil, "missing \(key)")
            }
            for key in ["instrument", "size", "entry", "mark", "upnl_usd", "initial_margin_usd", "maintenance_margin_usd",
                        "liquidation_price", "delta", "gamma", "vega", "theta"] {
                #expect(positions[0][key] != nil, "missing position key \(key)")
            }
        }
    }

    @Test func singleModeJSONHasReportAtTopLevel() throws {
        let result = try CLIRunner.run(["margin", "--portfolio", "examples/demo.toml", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try jsonObject(result.stdout)
        #expect(root["mode"] as? String == "cross")
        #expect((root["positions"] as? [Any])?.count == 12)   // the demo book's 12 [[accounts.positions]]
        #expect(root["as_of"] as? String == "2026-01-05T15:33:29Z" && root["as_of_source"] as? String == "file")
        // Cross mode needs what isolated needs (Deribit and Binance add per-position requirements): saved 0.
        let saved = try #require(root["saved_vs_isolated"] as? [String: Any])
        #expect(saved["initial_margin_usd"] as? Double == 0 && saved["maintenance_margin_usd"] as? Double == 0)
    }

    /// `saved_vs_isolated` is measured on the requirement it is named after: isolated IM − the mode's
    /// IM, isolated MM − the mode's MM, so a positive saving never sits beside a higher requirement.
    @Test func savedVsIsolatedOnBothRequirements() throws {
        let result = try CLIRunner.run(["margin", "--portfolio", "examples/demo.toml", "--mode", "all", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let modes = try #require(try jsonObject(result.stdout)["modes"] as? [String: [String: Any]])
        let isolated = try #require(modes["isolated"]), portfolio = try #require(modes["portfolio"])
        #expect(isolated["saved_vs_isolated"] == nil)
        let saved = try #require(portfolio["saved_vs_isolated"] as? [String: Double])
        for (key, savedKey) in [("initial_margin_usd", "initial_margin_usd"), ("maintenance_margin_usd", "maintenance_margin_usd")] {
            let baseline = try #require(isolated[key] as? Double), requirement = try #require(portfolio[key] as? Double)
            let value = try #require(saved[savedKey])
            #expect(abs(value - (baseline - requirement)) < 1e-6, "\(key)")
            #expect((value > 0) == (requirement < baseline), "\(key)")
        }
        let table = try CLIRunner.run(["margin", "--portfolio", "examples/demo.toml", "--mode", "portfolio"])
        #expect(table.stdout.contains("saved vs isolated: IM +") && table.stdout.contains("  MM +"))
    }

    @Test func outputIsDeterministic() throws {
        let a = try CLIRunner.run(["margin", "--portfolio", "examples/demo.toml", "--mode", "all", "--json"])
        let b = try CLIRunner.run(["margin", "--portfolio", "examples/demo.toml", "--mode", "all", "--json"])
        #expect(a.stdout == b.stdout && !a.stdout.isEmpty)
    }

    @Test func tableOutputShowsEveryPosition() throws {
        let result = try CLIRunner.run(["margin", "--portfolio", "examples/demo.toml", "--mode", "isolated"])
        #expect(result.status == 0)
        for name in ["BTC-PERPETUAL", "BTCUSDT", "BTC-27MAR26-110000-C", "ETH-27MAR26-3800-C", "BTC_USDC-PERPETUAL"] {
            #expect(result.stdout.contains(name))
        }
        #expect(result.stdout.contains("ISOLATED margin"))
    }

    /// Each bad input: non-zero exit, one line on stderr naming the file and the key, no crash.
    @Test(arguments: [
        ("[[accounts]]\n[[accounts.positions]]\ninstrument = \"BTC-NOPE\"\nsize = 1\nentry = 1\n", "accounts[0].positions[0].instrument"),
        ("[[accounts]]\n[[accounts.positions]]\ninstrument = \"BTCUSDT\"\nsize = 1\n", "accounts[0].positions[0].entry: missing required key"),
        ("[[accounts]]\ncollateral = { USDT = 5 }\n[marks]\n\"BTC-USD\" = nan\n", "marks.BTC-USD: must be a finite number"),
        ("[[accounts]\n", "line 1"),
        ("[[accounts]]\n[[accounts.positions]]\ninstrument = \"BTCUSDT\"\nsize = 1\nentry = 9e4\n", "no index price for BTC"),
    ])
    func badPortfolioFails(content: String, expected: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("xmargin-bad-\(UUID().uuidString).toml").path
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLIRunner.run(["margin", "--portfolio", path])
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.stderr)")
        #expect(result.stderr.contains(path) && result.stderr.contains(expected), "stderr: \(result.stderr)")
    }

    @Test func missingFileFails() throws {
        let result = try CLIRunner.run(["margin", "--portfolio", "/no/such/book.toml"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/no/such/book.toml: no such file"))
    }
}

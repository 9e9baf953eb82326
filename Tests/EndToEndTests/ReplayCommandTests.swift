import Foundation
import Testing

/// `xmargin replay` end to end on the real Nov 2022 Binance tape and hostile tapes.
struct ReplayCommandTests {
    static let tape = "../shared/data/real/binance-futures_BTCUSDT_1h_2022-11.csv"

    static func temporaryPath(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("xmargin-\(UUID().uuidString)\(suffix)").path
    }

    /// examples/ftx-week.toml: long 5 BTCUSDT @ 20,450, 10× leverage, 70,225 USDT collateral.
    /// By hand (Binance's formula, isolated): margin = IM at entry = 5 × 20,450 / 10 = 10,225;
    /// the 102,250 notional sits in the ≤250k bracket (MMR 0.5%, cum 50), so
    /// LP = (10,225 + 50 − 5 × 20,450) / (5 × 0.005 − 5) = −91,975 / −4.975 = 18,487.44.
    /// The first hourly close below it (found with
    /// `awk -F, 'NR>1 && $5 < 18487.44 {print; exit}'` on the tape) is 18,238.00, the bar closing
    /// at 2022-11-08T20:00:00Z (close_time 1667937599999 + 1 ms).
    @Test func isolatedLiquidatedAtFirstCloseBeyondLiquidationPrice() throws {
        let result = try CLIRunner.run(["replay", Self.tape, "--portfolio", "examples/ftx-week.toml", "--mode", "isolated", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try jsonObject(result.stdout)
        #expect(root["ticks"] as? Int == 720 && root["bad_rows"] as? Int == 0)
        let liquidations = try #require(root["liquidations"] as? [[String: Any]])
        let first = try #require(liquidations.first)
        #expect(first["time"] as? String == "2022-11-08T20:00:00Z")
        #expect(first["price"] as? Double == 18_238.0)
        #expect(first["instrument"] as? String == "BTCUSDT" && first["quantity"] as? Double == 5)
        #expect(root["survived"] as? Bool == false)
        // The account loses exactly the position's isolated margin: 70,225 − 10,225.
        #expect(root["final_equity_usd"] as? Double == 60_000)
    }

    /// The same book in cross mode has the account's other 60,000 USDT behind the position: its
    /// liquidation price (70,225 + 50 − 102,250)/(−4.975) ≈ 6,427 is never reached in Nov 2022
    /// (lowest close 15,637.9): it survives the month.
    @Test func crossSurvivesWhereIsolatedDies() throws {
        let result = try CLIRunner.run(["replay", Self.tape, "--portfolio", "examples/ftx-week.toml", "--mode", "all", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let modes = try #require(try jsonObject(result.stdout)["modes"] as? [String: Any])
        let cross = try #require(modes["cross"] as? [String: Any])
        let isolated = try #require(modes["isolated"] as? [String: Any])
        #expect(cross["survived"] as? Bool == true)
        #expect((cross["liquidations"] as? [Any])?.isEmpty == true)
        #expect(isolated["survived"] as? Bool == false)
        let crossMin = try #require(cross["min_equity_usd"] as? Double)
        // Lowest close 15,637.9: equity 70,225 + 5 × (15,637.9 − 20,450) = 46,164.5.
        #expect(abs(crossMin - 46_164.5) < 1e-6)
    }

    @Test func replaysAreByteIdentical() throws {
        let logA = Self.temporaryPath(".jsonl"), logB = Self.temporaryPath(".jsonl")
        defer { try? FileManager.default.removeItem(atPath: logA); try? FileManager.default.removeItem(atPath: logB) }
        let a = try CLIRunner.run(["replay", Self.tape, "--portfolio", "examples/ftx-week.toml", "--mode", "all", "--json", "--events", logA])
        let b = try CLIRunner.run(["replay", Self.tape, "--portfolio", "examples/ftx-week.toml", "--mode", "all", "--json", "--events", logB])
        #expect(a.status == 0 && b.status == 0)
        #expect(a.stdout == b.stdout)
        let eventsA = try String(contentsOfFile: logA, encoding: .utf8)
        let eventsB = try String(contentsOfFile: logB, encoding: .utf8)
        #expect(eventsA == eventsB && !eventsA.isEmpty)
        // One JSON object per line, each with a kind and a time.
        for line in eventsA.split(separator: "\n") {
            let object = try jsonObject(String(line))
            #expect(object["kind"] != nil && object["time"] != nil)
        }
    }

    /// A hostile native tape: garbage, NaN, negative and zero prices, out-of-order times, an escape
    /// sequence in a symbol. Lenient mode counts the skips; --strict stops at the first, naming the
    /// file and line.
    @Test func hostileTapeLenientAndStrict() throws {
        let path = Self.temporaryPath(".csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lines = [
            "timestamp_us,symbol,mark,index,last,iv,bid,ask,underlying",
            "1667260800000000,BTCUSDT,,,20450,,,,",
            "1667264400000000,BTCUSDT,,,nan,,,,",
            "1667268000000000,BTCUSDT,,,-5,,,,",
            "1667271600000000,BTCUSDT,,,0,,,,",
            "1667260000000000,BTCUSDT,,,20400,,,,",
            "1667275200000000,BTC\u{1b}[31mUSDT,,,20400,,,,",
            "\u{01}\u{ff}garbage",
            "1667278800000000,BTCUSDT,,,20300,,,,",
        ]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        let lenient = try CLIRunner.run(["replay", path, "--portfolio", "examples/ftx-week.toml", "--mode", "cross", "--json"])
        #expect(lenient.status == 0, "\(lenient.stderr)")
        let root = try jsonObject(lenient.stdout)
        #expect(root["ticks"] as? Int == 2)
        #expect(root["bad_rows"] as? Int == 6)
        #expect(!lenient.stdout.contains("\u{1b}"))
        let strict = try CLIRunner.run(["replay", path, "--portfolio", "examples/ftx-week.toml", "--strict"])
        #expect(strict.status != 0)
        #expect(strict.stderr.contains("\(path):3:"), "\(strict.stderr)")
        #expect(strict.stderr.split(separator: "\n").count == 1)
    }

    /// Alert hysteresis end to end (DESIGN §6): examples/crash-tape.csv against examples/demo.toml,
    /// every event from `--events`. A level repeats in a mode only after utilization fell below its
    /// threshold minus the 5-point band, or a higher level fired in between. Counted by hand from the log:
    /// cross notice 1 (16:18:29, 70.5%), warning 1 (16:25:29, 85.2%), liquidation 1 (16:31:29, 102.8%,
    /// then the 70k put and the January 95k call are bought back in slices to 83.3%);
    /// isolated: notice 1 at the start (the short 110k call's MM/IM, 0.104/0.129 BTC ≈ 79.5%), then for
    /// each of the four positions it closes (USDC perpetual 15:35:29, BTC-PERPETUAL 15:37:29, the 70k put
    /// 15:38:29/15:43:29, BTCUSDT 15:48:29) one warning and one liquidation alert;
    /// portfolio (its live vol estimate lifts BTC's scan range and ES as the index falls 1% a
    /// minute): notice 16:14:29 (70.6%), warning 16:20:29 (85.0%), liquidation 16:25:29 (100.1%; a
    /// quarter of the short 70k put closed, 82.7% after), warning again 16:26:29 (re-armed by the
    /// liquidation above it), liquidation again 16:31:29 (re-armed: 82.7% < 95%) — notice 1,
    /// warning 2, liquidation 2.
    @Test func crashTapeAlertsDoNotRepeatWithoutReArming() throws {
        let log = Self.temporaryPath(".jsonl")
        defer { try? FileManager.default.removeItem(atPath: log) }
        let result = try CLIRunner.run(["replay", "examples/crash-tape.csv", "--portfolio", "examples/demo.toml", "--mode", "all",
                                        "--json", "--events", log])
        #expect(result.status == 0, "\(result.stderr)")
        let events = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map { try jsonObject(String($0)) }
        func counts(_ mode: String) -> [Int] { ["notice", "warning", "liquidation"].map { count(mode, $0) } }
        func count(_ mode: String, _ level: String) -> Int {
            events.filter { $0["mode"] as? String == mode && $0["kind"] as? String == "alert" && $0["level"] as? String == level }.count
        }
        #expect(counts("cross") == [1, 1, 1] as [Int])
        #expect(counts("isolated") == [1, 4, 4] as [Int])
        #expect(counts("portfolio") == [1, 2, 2] as [Int])
        // Pooled modes: between two alerts of one level, utilization went below threshold − 0.05
        // (a liquidation's utilization_after) or a higher level fired.
        let thresholds = ["notice": 0.70, "warning": 0.85, "liquidation": 1.0]
        let rank = ["notice": 1, "warning": 2, "liquidation": 3]
        for mode in ["cross", "portfolio"] {
            let own = events.filter { $0["mode"] as? String == mode }
            var lastFired: [String: Int] = [:]
            for (position, event) in own.enumerated() where event["kind"] as? String == "alert" {
                let level = try #require(event["level"] as? String)
                if let previous = lastFired[level] {
                    let between = own[(previous + 1)..<position]
                    let fellBelow = between.contains { ($0["utilization_after"] as? Double ?? 1e9) < (thresholds[level] ?? 0) - 0.05 }
                    let higher = between.contains { $0["kind"] as? String == "alert" && (rank[$0["level"] as? String ?? ""] ?? 0) > (rank[level] ?? 0) }
                    #expect(fellBelow || higher, "\(mode) \(level) repeated at \(event["time"] ?? "?") without re-arming")
                }
                lastFired[level] = position
            }
        }
    }

    @Test func missingTapeAndBadFlags() throws {
        let missing = try CLIRunner.run(["replay", "/no/such/tape.csv", "--portfolio", "examples/ftx-week.toml"])
        #expect(missing.status != 0 && missing.stderr.contains("/no/such/tape.csv"))
        let badMap = try CLIRunner.run(["replay", Self.tape, "--portfolio", "examples/ftx-week.toml", "--map", "nonsense"])
        #expect(badMap.status != 0 && badMap.stderr.contains("--map 'nonsense'"))
    }
}

import Foundation
import Testing
import MarginConfig
import Benchmarks

/// Many accounts on all cores (issue 10): `margin` and `replay` over a many-account file give the
/// same bytes for any `--jobs`, and the aggregate counts what a risk manager would count by hand.
struct ManyAccountsCLITests {
    static func temporaryPath(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("xmargin-\(UUID().uuidString)\(suffix)").path
    }

    /// Three accounts, each long 5 BTCUSDT @ 20,450 at 10× (cross), differing only in their USDT:
    /// "steady" 70,225, "bust" 30,000, "close" 32,600. At 14,000 the position is 70,000 notional,
    /// in Binance's ≤ 250k bracket (MMR 0.5%, cum 50): MM = 350 − 50 = 300 for each, and its loss is
    /// 5 × (14,000 − 20,450) = −32,250, so equity is 37,975 / −2,250 / 350:
    /// - steady: utilization 300 ÷ 37,975 ≈ 0.8% — nothing fires;
    /// - bust: equity below zero — in liquidation; 300 + 2,250 = 2,550 short of its MM;
    /// - close: 300 ÷ 350 ≈ 85.7% — notice and warning, not liquidation.
    static func book(price: Int) -> String {
        var text = "as_of = \"2022-11-01T00:00:00Z\"\n"
        for (name, usdt) in [("steady", 70_225), ("bust", 30_000), ("close", 32_600)] {
            text += """

                [[accounts]]
                name = "\(name)"
                collateral = { USDT = \(usdt) }

                [[accounts.positions]]
                instrument = "BTCUSDT"
                size = 5
                entry = 20450
                leverage = 10

                """
        }
        return text + "\n[marks]\n\"BTC-USD\" = \(price)\n\"BTCUSDT\" = \(price)\n"
    }

    @Test func marginAggregateCountedByHand() throws {
        let book = try TemporaryBook(name: "three.toml", text: Self.book(price: 14_000))
        defer { book.remove() }
        var outputs: [String] = []
        for jobs in ["1", "3"] {
            let output = try CLIRunner.run(["margin", "--portfolio", book.path, "--mode", "cross", "--jobs", jobs, "--json"])
            #expect(output.status == 0, "\(output.stderr)")
            outputs.append(output.stdout)
        }
        #expect(outputs[0] == outputs[1])
        let root = try jsonObject(outputs[0])
        #expect(root.array("accounts").map { $0["account"] as? String } == ["steady", "bust", "close"])
        let aggregate = root.object("aggregate")
        #expect(aggregate.number("accounts") == 3)
        #expect(aggregate.number("accounts_alerted") == 2)
        #expect(aggregate.number("accounts_in_liquidation") == 1)
        #expect(abs(aggregate.number("maintenance_shortfall_usd") - 2_550) < 1e-6)
        #expect(abs(aggregate.number("maintenance_margin_usd") - 900) < 1e-6)
        #expect(abs(aggregate.number("equity_usd") - (37_975 - 2_250 + 350)) < 1e-6)
        let table = try CLIRunner.run(["margin", "--portfolio", book.path, "--mode", "cross"])
        #expect(table.stdout.contains("CROSS margin — 3 accounts: 2 alerted (utilization ≥ 70%), 1 in liquidation (≥ 100%)"),
                "\(table.stdout.suffix(400))")
    }

    /// The same book from 20,450, then 14,000 a minute later. "bust" has equity −2,250 there: the
    /// engine closes all 5 BTC (70,000 notional) at a 0.25% penalty (175), which leaves −2,425 —
    /// the shortfall beyond its collateral; its realized loss is 175 + 32,250 = 32,425. "close"
    /// alerts (85.7%) and survives; "steady" sees nothing. One minute of tape: 70,000 per minute.
    @Test func replayAggregateCountedByHand() throws {
        let book = try TemporaryBook(name: "three.toml", text: Self.book(price: 20_450))
        defer { book.remove() }
        let tape = book.directory.appendingPathComponent("drop.csv").path
        try """
            timestamp_us,symbol,mark,index,last,iv,bid,ask,underlying
            1667260800000000,BTCUSDT,20450.0,,,,,,
            1667260860000000,BTCUSDT,14000.0,,,,,,

            """.write(toFile: tape, atomically: true, encoding: .utf8)
        var outputs: [String] = []
        for jobs in ["1", "2", "3"] {
            let output = try CLIRunner.run(["replay", tape, "--portfolio", book.path, "--mode", "cross", "--jobs", jobs, "--json"])
            #expect(output.status == 0, "\(output.stderr)")
            outputs.append(output.stdout)
        }
        #expect(outputs[0] == outputs[1] && outputs[0] == outputs[2])
        let cross = try jsonObject(outputs[0]).object("modes").object("cross")
        let accounts = cross.object("accounts")
        #expect(accounts.object("bust")["survived"] as? Bool == false)
        #expect(accounts.object("close")["survived"] as? Bool == true)
        #expect(accounts.object("steady")["survived"] as? Bool == true)
        let aggregate = cross.object("aggregate")
        #expect(aggregate.number("accounts") == 3)
        #expect(aggregate.number("accounts_alerted") == 2)
        #expect(aggregate.number("accounts_liquidated") == 1)
        #expect(abs(aggregate.number("liquidated_notional_usd") - 70_000) < 1e-6)
        #expect(abs(aggregate.number("liquidated_notional_usd_per_minute") - 70_000) < 1e-6)
        #expect(abs(aggregate.number("shortfall_usd") - 2_425) < 1e-6)
        #expect(abs(aggregate.number("realized_loss_usd") - 32_425) < 1e-6)
        let table = try CLIRunner.run(["replay", tape, "--portfolio", book.path, "--mode", "cross"])
        #expect(table.stdout.contains("cross: 3 accounts, 2 alerted, 1 liquidated; liquidated notional 70,000.00"),
                "\(table.stdout.suffix(400))")
    }

    /// A generated many-account file (the bench's generator and writer): the same bytes, report
    /// and event log, for 1, 2 and 7 jobs. (Every mode at once, portfolio included, is checked in
    /// process by `ManyAccountsReplayTests`, with fewer ES scenarios than a debug build can afford here.)
    @Test func generatedBookSameBytesForAnyJobs() throws {
        let generated = try BenchmarkAccounts(accounts: 60, seed: 3, catalogue: try CatalogueFile.bundled())
        let book = try TemporaryBook(name: "accounts.toml",
                                     text: BookWriter.toml(accounts: generated.accounts, market: generated.market, seed: 3))
        defer { book.remove() }
        let tape = book.directory.appendingPathComponent("tape.csv").path
        try """
            timestamp_us,symbol,mark,index,last,iv,bid,ask,underlying
            1767614400000000,BTC-USD,,95000.0,,,,,
            1767614400000000,ETH-USD,,3200.0,,,,,
            1767614460000000,BTC-USD,,94000.0,,,,,
            1767614460000000,ETH-USD,,3150.0,,,,,

            """.write(toFile: tape, atomically: true, encoding: .utf8)
        var margins: [String] = [], replays: [String] = [], logs: [String] = []
        for jobs in ["1", "2", "7"] {
            let margin = try CLIRunner.run(["margin", "--portfolio", book.path, "--mode", "cross", "--jobs", jobs, "--json"])
            #expect(margin.status == 0, "\(margin.stderr)")
            margins.append(margin.stdout)
            let log = book.directory.appendingPathComponent("events-\(jobs).jsonl").path
            let replay = try CLIRunner.run(["replay", tape, "--portfolio", book.path, "--mode", "isolated", "--jobs", jobs,
                                            "--json", "--events", log])
            #expect(replay.status == 0, "\(replay.stderr)")
            replays.append(replay.stdout)
            logs.append((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
        }
        #expect(margins[1] == margins[0] && margins[2] == margins[0])
        #expect(replays[1] == replays[0] && replays[2] == replays[0])
        #expect(logs[1] == logs[0] && logs[2] == logs[0] && !logs[0].isEmpty)
        let names = try jsonObject(margins[0]).array("accounts").map { $0["account"] as? String ?? "" }
        #expect(names == generated.accounts.map(\.name))
        #expect(names.first == "acct-01" && names.last == "acct-60")
        let isolated = try jsonObject(replays[0]).object("modes").object("isolated")
        #expect(isolated.object("aggregate").number("accounts") == 60)
        #expect(isolated.object("accounts").count == 60)
    }

    @Test(arguments: [
        (["bench", "--accounts", "0"], "--accounts must be in 1…1000000, got 0"),
        (["bench", "--accounts", "-5", "--save-book", "/tmp/never.toml"], "--accounts must be in 1…1000000, got -5"),
        (["margin", "--portfolio", "examples/demo.toml", "--jobs", "0"], "--jobs must be in 1…1024, got 0"),
        (["replay", "examples/crash-tape.csv", "--portfolio", "examples/demo.toml", "--jobs", "5000"], "--jobs must be in 1…1024, got 5000"),
    ])
    func badCountsAreNamed(arguments: [String], message: String) throws {
        let output = try CLIRunner.run(arguments)
        #expect(output.status != 0)
        #expect(output.stderr.contains(message), "\(output.stderr)")
    }
}

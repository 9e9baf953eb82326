import Foundation
import Testing
import MarginConfig

/// `xmargin import` and `--portfolio FILE.json` through the real binary, on the published samples.
struct ImportCLITests {
    static let samples = "examples/import/"

    @Test func importWritesABookThatMarginReads() throws {
        let result = try CLIRunner.run(["import", Self.samples + "binance/positionRisk_v2_hedge.json",
                                        Self.samples + "binance/account_v3.json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("instrument = \"BTCUSDT\""))
        #expect(result.stderr.contains("xmargin: note:"), "the stand-in index is noted")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString).toml").path
        try result.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let margin = try CLIRunner.run(["margin", "--portfolio", path, "--mode", "cross", "--json"])
        #expect(margin.status == 0, "stderr: \(margin.stderr)")
        let direct = try CLIRunner.run(["margin", "--portfolio", Self.samples + "binance/positionRisk_v2_hedge.json",
                                        "--portfolio", Self.samples + "binance/account_v3.json", "--mode", "cross", "--json"])
        #expect(direct.status == 0, "stderr: \(direct.stderr)")
        let fromBook = try margin.json(), fromExports = try direct.json()
        #expect(fromBook["maintenance_margin_usd"] as? Double == fromExports["maintenance_margin_usd"] as? Double)
        #expect(fromBook["equity_usd"] as? Double == fromExports["equity_usd"] as? Double)
    }

    @Test func aMissingFieldExitsOneNamingFileAndPath() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).json").path
        try #"{"jsonrpc": "2.0", "result": [{"instrument_name": "BTC-PERPETUAL", "size": 10}]}"#
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLIRunner.run(["import", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(path): result[0].average_price: missing"), "stderr: \(result.stderr)")
    }
}

import Foundation
import Testing

/// `xmargin margin --json` on books whose figures are unbounded: JSON has no ∞, so those fields
/// are null (documented in MarginReport: utilization null = equity ≤ 0 with a requirement) and the
/// command still succeeds. Before, an isolated position at zero equity failed the whole report
/// with `EncodingError.invalidValue: inf ... isolated_utilization`.
struct JSONNeverFailsTests {
    @Test func isolatedPositionBeyondItsMarginGivesNullUtilization() throws {
        // Long 1 BTCUSDT @ 60,000 with 1,000 isolated margin at mark 50,000: isolated equity
        // 1,000 − 10,000 = −9,000 ≤ 0 with MM 0.4% × 50,000 = 200 > 0.
        let book = """
        as_of = "2026-01-05T00:00:00Z"

        [marks]
        "BTC-USD" = 50000
        BTCUSDT = 50000

        [[accounts]]
        name = "underwater"
        collateral = { USDT = 20000 }

        [[accounts.positions]]
        instrument = "BTCUSDT"
        size = 1
        entry = 60000
        isolated_margin = 1000
        """
        let file = try TemporaryBook(name: "underwater.toml", text: book)
        defer { file.remove() }
        let result = try CLIRunner.run(["margin", "--portfolio", file.path, "--mode", "all", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try jsonObject(result.stdout)
        let modes = try #require(root["modes"] as? [String: Any])
        let isolated = try #require(modes["isolated"] as? [String: Any])
        let position = try #require((isolated["positions"] as? [[String: Any]])?.first)
        #expect(position["isolated_utilization"] is NSNull, "\(String(describing: position["isolated_utilization"]))")
        #expect((position["isolated_equity_usd"] as? Double).map { abs($0 + 9_000) < 1e-6 } == true)
        // Past its level: the level is where isolated equity meets MM again, above the mark, and
        // the signed distance is negative. There the notional (~59k) is past the 50k bracket, so
        // MM = 0.5%·P − 50 (cum 50 = 50,000 × (0.005 − 0.004)): 1,000 + (P − 60,000) = 0.005·P − 50
        // → P = 58,950 / 0.995 = 59,246.23.
        let price = try #require(position["liquidation_price"] as? Double)
        #expect(abs(price - 58_950 / 0.995) < 0.01, "\(price)")
        #expect(((position["liquidation_distance_pct"] as? Double) ?? 0) < 0)
        let levels = try #require(isolated["liquidation_levels"] as? [String: Any])
        #expect(levels["BTC"] is [String: Any])
    }
}

import Foundation
import Testing

/// Sizes or prices too large to margin (1e300: every product overflows) are an error naming the
/// file and the position's key path, exit 1 — not "portfolio margin is not a finite number" alone.
struct HugeNumbersTests {
    @Test(arguments: ["size = 1e300\nentry = 60000", "size = 1\nentry = 1e300"])
    func hugeSizeOrPriceNamesFileAndKeyPath(_ lines: String) throws {
        let book = """
        as_of = "2026-01-05T00:00:00Z"

        [marks]
        "BTC-USD" = 50000
        BTCUSDT = 50000

        [[accounts]]
        name = "huge"
        collateral = { USDT = 20000 }

        [[accounts.positions]]
        instrument = "BTCUSDT"
        \(lines)
        """
        let file = try TemporaryBook(name: "huge.toml", text: book)
        defer { file.remove() }
        for mode in ["cross", "portfolio", "all"] {
            let result = try CLIRunner.run(["margin", "--portfolio", file.path, "--mode", mode, "--json"])
            #expect(result.status == 1, "\(mode): status \(result.status), \(result.stdout.prefix(200))")
            #expect(result.stderr.contains("huge.toml"), "\(mode): \(result.stderr)")
            #expect(result.stderr.contains("accounts[0].positions[0]"), "\(mode): \(result.stderr)")
        }
    }
}

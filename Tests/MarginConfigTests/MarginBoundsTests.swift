import Testing
@testable import MarginConfig

/// Issue 9: sizes, prices and balances too large to margin are rejected where they are read,
/// naming the file and key path (not later as "portfolio margin is not a finite number").
struct MarginBoundsTests {
    func demoError(_ replace: String, with replacement: String) throws -> ConfigError {
        let text = DemoPortfolio.toml.replacingOccurrences(of: replace, with: replacement)
        try #require(text != DemoPortfolio.toml)
        return try #require(throws: ConfigError.self) { try PortfolioFile.parse(text: text, file: "demo.toml") }
    }

    @Test func hugeSizeNamesThePosition() throws {
        let error = try demoError("size = 1.5\n", with: "size = 1e300\n")
        #expect(error.description == "demo.toml: accounts[0].positions[11].size: magnitude 1e+300 is too large to margin (at most 1e12)")
        let short = try demoError("size = -50000\n", with: "size = -2e12\n")
        #expect(short.description == "demo.toml: accounts[0].positions[10].size: magnitude -2000000000000.0 is too large to margin (at most 1e12)")
    }

    @Test func hugePricesNameTheKey() throws {
        let entry = try demoError("entry = 89500\n", with: "entry = 1e300\n")
        #expect(entry.description == "demo.toml: accounts[0].positions[11].entry: magnitude 1e+300 is too large to margin (at most 1e12)")
        let mark = try demoError("\"BTCUSDT\" = 93688.1", with: "\"BTCUSDT\" = 1e300")
        #expect(mark.description == "demo.toml: marks.BTCUSDT: magnitude 1e+300 is too large to margin (at most 1e12)")
        let index = try demoError("\"BTC-USD\" = 93640.28", with: "\"BTC-USD\" = 1e13")
        #expect(index.location == "marks.BTC-USD")
    }

    @Test func hugeBalancesNameTheCoin() throws {
        let collateral = try demoError("BTC = 2.0,", with: "BTC = -1e300,")
        #expect(collateral.description == "demo.toml: accounts[0].collateral.BTC: magnitude -1e+300 is too large to margin (at most 1e15)")
        let isolated = try demoError("leverage = 10\n", with: "leverage = 10\nisolated_margin = 2e15\n")
        #expect(isolated.location == "accounts[0].positions[11].isolated_margin")
    }

    @Test func marksFileAndForwardsAreBounded() throws {
        let error = try #require(throws: ConfigError.self) {
            try MarksFile.parse(text: "[forwards]\nBTC-27MAR26 = 1e300\n", file: "marks.toml")
        }
        #expect(error.description == "marks.toml: forwards.BTC-27MAR26: magnitude 1e+300 is too large to margin (at most 1e12)")
        #expect(throws: ConfigError.self) { try MarksFile.parse(text: "[marks]\nBTCUSDT = 1.5e12\n", file: "marks.toml") }
    }

    @Test func valuesAtTheBoundsAreAccepted() throws {
        let text = DemoPortfolio.toml.replacingOccurrences(of: "size = 1.5\n", with: "size = 1e12\n")
            .replacingOccurrences(of: "\"BTCUSDT\" = 93688.1", with: "\"BTCUSDT\" = 1e12")
            .replacingOccurrences(of: "USDT = 60000", with: "USDT = 1e15")
        let document = try PortfolioFile.parse(text: text, file: "demo.toml")
        #expect(document.portfolio.accounts[0].positions[11].size == 1e12)
        #expect(document.market.marks["BTCUSDT"] == 1e12)
    }
}

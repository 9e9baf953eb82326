import Foundation
import Testing
@testable import MarginConfig
@testable import MarginEngine

/// Bad input gets a one-line error naming the file and the key or line.
struct ConfigErrorTests {
    static let base = """
    as_of = "2026-01-05T00:00:00Z"
    [[accounts]]
    name = "a"
    collateral = { USDT = 1000 }
    [[accounts.positions]]
    instrument = "BTCUSDT"
    size = 0.1
    entry = 90000
    [marks]
    "BTC-USD" = 93000
    """

    func error(_ text: String) -> ConfigError? {
        do {
            let document = try PortfolioFile.parse(text: text, file: "book.toml")
            _ = try MarketBuilder.build(document.market, for: document.portfolio, at: 0, file: "book.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test func validBookParses() {
        #expect(error(Self.base) == nil)
    }

    @Test func unknownInstrument() throws {
        let e = try #require(error(Self.base.replacingOccurrences(of: "\"BTCUSDT\"", with: "\"BTC-PERPETUALX\"")))
        #expect(e.description.hasPrefix("book.toml: accounts[0].positions[0].instrument: unknown instrument 'BTC-PERPETUALX'"))
    }

    @Test func negativeAndNaNPrices() throws {
        let negative = try #require(error(Self.base.replacingOccurrences(of: "\"BTC-USD\" = 93000", with: "\"BTC-USD\" = -5")))
        #expect(negative.description == "book.toml: marks.BTC-USD: must be > 0, got -5.0")
        let nan = try #require(error(Self.base.replacingOccurrences(of: "entry = 90000", with: "entry = nan")))
        #expect(nan.description == "book.toml: accounts[0].positions[0].entry: must be a finite number, got nan")
    }

    @Test func missingAndMistypedKeys() throws {
        let missing = try #require(error(Self.base.replacingOccurrences(of: "entry = 90000\n", with: "")))
        #expect(missing.description == "book.toml: accounts[0].positions[0].entry: missing required key")
        let mistyped = try #require(error(Self.base.replacingOccurrences(of: "size = 0.1", with: "size = \"big\"")))
        #expect(mistyped.description == "book.toml: accounts[0].positions[0].size: expected a number, got a string")
        let typo = try #require(error(Self.base.replacingOccurrences(of: "entry = 90000", with: "entri = 90000")))
        #expect(typo.description.hasPrefix("book.toml: accounts[0].positions[0].entri: unknown key"))
    }

    @Test func malformedTOMLNamesLine() throws {
        let e = try #require(error(Self.base.replacingOccurrences(of: "size = 0.1", with: "size = = 0.1")))
        #expect(e.location == "line 7, column 8" || e.location.hasPrefix("line 7"))
        #expect(e.description.hasPrefix("book.toml: line 7"))
    }

    @Test func missingIndexNamesTheCoin() throws {
        let e = try #require(error(Self.base.replacingOccurrences(of: "\"BTC-USD\" = 93000", with: "\"ETH-USD\" = 3000")))
        #expect(e.description.contains("no index price for BTC"))
    }

    @Test func missingFile() {
        #expect(throws: ConfigError(file: "/nonexistent/book.toml", location: "", message: "no such file")) {
            try PortfolioFile.load(path: "/nonexistent/book.toml")
        }
    }

    @Test func badCatalogueOverrideNamesKey() throws {
        let text = Self.base + "\n[catalogue.schedules.x]\ntype = \"binance_tiers\"\nbrackets = [{ max_notional_usd = 1e6, mmr = 1.5 }]\n"
        let e = try #require(error(text))
        #expect(e.description == "book.toml: catalogue.schedules.x.brackets[0].mmr: must be a fraction below 1, got 1.5")
        let unknownSchedule = Self.base + "\n[catalogue.assignments]\nBTCUSDT = \"nope\"\n"
        #expect(error(unknownSchedule)?.description == "book.toml: assignments.BTCUSDT: schedule 'nope' is not defined")
    }

    @Test func optionNeedsVolOrMark() throws {
        let text = Self.base.replacingOccurrences(of: "\"BTCUSDT\"", with: "\"BTC-27MAR26-90000-C\"")
        let e = try #require(error(text))
        #expect(e.description.contains("BTC-27MAR26-90000-C") && e.description.contains("implied vol"))
    }
}

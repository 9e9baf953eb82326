import MarginEngine
import Testing
@testable import MarketData

/// A symbol's first row is checked against the book's prices (issue 9): 1e308 or 100× the mark is
/// a bad row with file and line, not applied; a tape of another year (a few × away) still reads.
@Suite("First row against the book")
struct FirstRowReferenceTests {
    static let header = NativeTapeSpec.csvHeader + "\n"
    static let references = TapeReferencePrices(marksUSD: ["BTC-PERPETUAL": 95_000, "BTCUSDT": 95_100], indexUSD: ["BTC": 94_900])

    func read(_ rows: String, references: TapeReferencePrices? = Self.references) throws -> (events: [PriceEvent], issues: TapeIssueLog) {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.write(Self.header + rows, to: "first.csv")
        let reader = try TapeFileReader(path: path, options: TapeReaderOptions(referencePrices: references))
        var events: [PriceEvent] = []
        while let event = try reader.nextTapeEvent() { events.append(event) }
        return (events, reader.issues)
    }

    @Test func hugeFirstMarkIsABadRow() throws {
        let (events, issues) = try read("1767614400000000,BTC-PERPETUAL,1e308,,,,,,\n1767614401000000,BTC-PERPETUAL,95500,,,,,,\n")
        #expect(events.map(\.mark) == [95_500])
        #expect(issues.count(of: "far-from-book") == 1)
        #expect(issues.firstErrors.first?.lineNumber == 2)
        #expect(issues.firstErrors.first?.description.contains("first.csv:2: mark 1e+308 is more than 10.0× away from the book's 95000.0") == true)
    }

    @Test func hundredTimesTheMarkOrTheIndexIsABadRow() throws {
        let (events, issues) = try read("1,BTC-PERPETUAL,9500000,,,,,,\n2,BTC-PERPETUAL,95000,9490000,,,,,\n3,BTC-USD,,949,,,,,\n"
                                        + "4,BTCUSDT,,,9510000,,,,\n")
        #expect(events.isEmpty)
        #expect(issues.count(of: "far-from-book") == 4)
    }

    /// Found by the replay fuzz target: an option row's `underlying` (an underlying price, not a
    /// premium) of 1e308 was accepted, because option rows were exempt from both checks, and a
    /// short call's PnL went to −∞. Its index and underlying fields are checked like any price;
    /// its premiums (mark, last, bid, ask) stay exempt (a worthless option is 0).
    @Test func optionRowsUnderlyingIsChecked() throws {
        let (events, issues) = try read("1,BTC-27MAR26-100000-C,0.05,,,0.5,,,95000\n2,BTC-27MAR26-100000-C,0.06,,,0.5,,,1e308\n"
                                        + "3,BTC-27MAR26-90000-P,0.01,,,0.5,,,9490000\n4,BTC-27MAR26-90000-P,0.0001,,,0.5,,,94000\n")
        #expect(events.map(\.timestampMicros) == [1, 4])
        #expect(issues.count(of: "absurd-jump") == 1)
        #expect(issues.count(of: "far-from-book") == 1)
    }

    @Test func anotherYearsTapeStillReads() throws {
        let (events, issues) = try read("1,BTC-PERPETUAL,16000,15990,,,,,\n2,BTCUSDT,,,16010,,,,\n")
        #expect(events.count == 2)
        #expect(issues.totalSkipped == 0)
    }

    @Test func afterTheFirstAcceptedRowTheJumpRuleApplies() throws {
        let (events, issues) = try read("1,BTC-PERPETUAL,95000,,,,,,\n2,BTC-PERPETUAL,200000,,,,,,\n3,BTC-PERPETUAL,120000,,,,,,\n")
        #expect(events.map(\.mark) == [95_000, 120_000])
        #expect(issues.count(of: "absurd-jump") == 1)
    }

    /// An option's premium has no book reference (its underlying has: see
    /// `optionRowsUnderlyingIsChecked`).
    @Test func symbolsWithoutAReferenceAndOptionPremiumsAreUnchecked() throws {
        let (events, _) = try read("1,ETH-PERPETUAL,1e300,,,,,,\n2,BTC-27MAR26-90000-C,1e6,,,0.5,,,96000\n")
        #expect(events.count == 2)
        let (unchecked, _) = try read("1,BTC-PERPETUAL,1e308,,,,,,\n", references: nil)
        #expect(unchecked.count == 1)
    }

    @Test func referencesFromAMarket() {
        var market = MarketState(timestampMicros: 0)
        market.indexUSD["BTC"] = 95_000
        market.marksUSD["BTC-PERPETUAL"] = 95_010
        let references = TapeReferencePrices(market: market)
        #expect(references.slots(for: "BTC-PERPETUAL") == [95_010, 95_000, 95_010, 95_000])
        #expect(references.slots(for: "BTC-USD") == [95_000, 95_000, 95_000, 95_000])
        #expect(references.slots(for: "BTC-27MAR26-90000-C") == [nil, 95_000, nil, 95_000])
    }
}

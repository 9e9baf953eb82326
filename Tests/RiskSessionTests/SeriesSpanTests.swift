import MarginConfig
import MarginEngine
import MarketData
import Testing
@testable import RiskSession

/// Issue 11: sparklines sample by tape span — a month-long tape draws a full line, whatever the
/// batches the feed delivers it in.
@Suite struct SeriesSpanTests {
    /// 30 days of hourly BTC index rows, a ramp of +10 USD an hour from the demo book's index.
    static func monthTape() -> [PriceEvent] {
        let start: Int64 = 1_767_627_209_000_000
        return (1...(30 * 24)).map { hour in
            PriceEvent(timestampMicros: start + Int64(hour) * 3_600_000_000, symbol: "BTC-USD", index: 93_640.28 + 10 * Double(hour))
        }
    }

    static func session() throws -> RiskSession {
        let document = try PortfolioFile.parse(text: DemoPortfolio.toml, file: "demo")
        let market = try MarketBuilder.build(document.market, for: document.portfolio,
                                             at: try #require(document.market.asOfMicros), file: "demo")
        return try RiskSession(accounts: document.portfolio.accounts, market: market, catalogue: document.catalogue,
                               modes: [.cross])
    }

    @Test func monthLongTapeSpansTheWholeLine() throws {
        var whole = try Self.session()
        let tape = Self.monthTape()
        try whole.ingest(tape)
        let series = try #require(whole.priceHistory["BTC"])
        // 721 points (the start and every hour) halve to fit 240: at most 240, at least 120 kept.
        #expect(series.count <= 240 && series.count >= 120, "\(series.count)")
        #expect(series.last == 93_640.28 + 10 * 720)                   // the newest point is the last price
        #expect(try #require(series.first) < 93_640.28 + 10 * 24)      // the oldest is from the first day
        #expect(whole.sampleEveryMicros >= 3 * 3_600_000_000 / 2)      // the interval grew from 1 s
        // Fed one row at a time, the series are the same.
        var single = try Self.session()
        for row in tape { try single.ingest([row]) }
        #expect(single.priceHistory["BTC"] == series)
        #expect(single.utilizationHistory == whole.utilizationHistory)
    }
}

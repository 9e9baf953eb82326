import Testing
@testable import MarginEngine

struct InstrumentParserTests {
    @Test func deribitInverseNames() throws {
        let perp = try InstrumentParser.parse("BTC-PERPETUAL")
        #expect(perp.underlying == "BTC" && perp.settlement == .inverse && perp.kind == .perpetual)
        #expect(perp.family == "inverse_perpetual")

        let future = try InstrumentParser.parse("BTC-27MAR26")
        // 08:00 UTC on 2026-03-27: 20,539 days after 1970-01-01 (2026-01-01 is day 20,454; + 31 + 28 + 26).
        #expect(future.kind == .future(expiryMicros: (20_539 * 86_400 + 8 * 3600) * 1_000_000))
        #expect(future.forwardSymbol == "BTC-27MAR26")

        let option = try InstrumentParser.parse("BTC-27MAR26-90000-C")
        guard case .option(_, let strike, let right) = option.kind else { Issue.record("not an option"); return }
        #expect(strike == 90_000 && right == .call && option.settlement == .inverse)
        #expect(option.forwardSymbol == "BTC-27MAR26")
        #expect(try InstrumentParser.parse("ETH-5JAN26-3000-P").expiryCode == "5JAN26")
    }

    @Test func linearNames() throws {
        let usdc = try InstrumentParser.parse("BTC_USDC-PERPETUAL")
        #expect(usdc.settlement == .linear && usdc.settlementCurrency == "USDC" && usdc.family == "linear_perpetual")
        let usdcOption = try InstrumentParser.parse("BTC_USDC-27MAR26-90000-P")
        #expect(usdcOption.settlement == .linear && usdcOption.isOption && usdcOption.forwardSymbol == "BTC-27MAR26")
        let binance = try InstrumentParser.parse("BTCUSDT")
        #expect(binance.underlying == "BTC" && binance.settlement == .linear && binance.family == "usdt_perpetual")
        #expect(try InstrumentParser.parse("1000PEPEUSDT").underlying == "1000PEPE")
        #expect(try InstrumentParser.parse("ETH").kind == .spot)
    }

    @Test(arguments: ["", "btc-perpetual", "BTC-32JAN26", "BTC-27XYZ26", "BTC-27MAR26-abc-C", "BTC-27MAR26-90000-X",
                      "BTC-27MAR26-90000", "BTC_EUR-PERPETUAL", "BTC--PERPETUAL", "BTC-USD", "BTC\u{1b}[31m", "USDT",
                      "BTC-27MAR26--5-C", "BTC-29FEB25"])
    func malformedNamesAreErrors(name: String) {
        if name == "USDT" {
            #expect((try? InstrumentParser.parse(name))?.kind == .spot)
            return
        }
        #expect(throws: InstrumentNameError.self) { try InstrumentParser.parse(name) }
    }

    @Test func leapDayExpiryIsValid() throws {
        #expect(try InstrumentParser.parse("BTC-29FEB28").expiryMicros != nil)
    }

    @Test func isoTimestamps() {
        #expect(UTCTime.parseISO8601("1970-01-02T00:00:00Z") == 86_400_000_000)
        #expect(UTCTime.parseISO8601("2026-01-05T15:33:29.748387+00:00") == UTCTime.micros(year: 2026, month: 1, day: 5, hour: 15, minute: 33, second: 29, microsecond: 748_387))
        #expect(UTCTime.parseISO8601("2026-01-05T17:33:29+02:00") == UTCTime.parseISO8601("2026-01-05T15:33:29Z"))
        #expect(UTCTime.parseISO8601("2026-13-05") == nil)
        #expect(UTCTime.parseISO8601("yesterday") == nil)
        #expect(UTCTime.iso8601(UTCTime.micros(year: 2024, month: 2, day: 29, hour: 8)) == "2024-02-29T08:00:00Z")
    }
}

import Testing
@testable import MarketData

@Suite("Tardis readers on real data")
struct RealTardisTests {
    @Test func tradesFile() throws {
        let reader = try TapeFileReader(path: TestPaths.real("tardis_binance-futures_trades_BTCUSDT_2020-02-22.csv"))
        #expect(reader.format == .tardisTrades)
        var events: [PriceEvent] = []
        while let event = try reader.nextTapeEvent() { events.append(event) }
        #expect(events.count == 9_999)
        #expect(reader.issues.totalSkipped == 0)
        #expect(events.first == PriceEvent(timestampMicros: 1_582_329_602_111_000, symbol: "BTCUSDT", last: 9682))
        #expect(events.last == PriceEvent(timestampMicros: 1_582_337_147_728_000, symbol: "BTCUSDT", last: 9666.84))
    }

    @Test func derivativeTickerWithEmptyFields() throws {
        let events = try TapeFileReader.readAll(path: TestPaths.real("tardis_deribit_derivative_ticker_BTC-PERPETUAL.csv"),
                                                options: TapeReaderOptions(mode: .strict))
        #expect(events.count == 3)
        #expect(events[0] == PriceEvent(timestampMicros: 1_786_320_665_523_000, symbol: "BTC-PERPETUAL",
                                        mark: 65220.13, index: 65203.53, last: 65255.5))
        #expect(events[2] == PriceEvent(timestampMicros: 1_786_320_665_645_000, symbol: "BTC-PERPETUAL",
                                        mark: 65237.9, index: 65221.3, last: 65255.5))
    }

    @Test func optionsChainDocumentedRow() throws {
        // Header and row from Tardis's options_chain documentation (Deribit, 2020-06-08).
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let text = """
        exchange,symbol,timestamp,local_timestamp,type,strike_price,expiration,open_interest,last_price,bid_price,bid_amount,bid_iv,ask_price,ask_amount,ask_iv,mark_price,mark_iv,underlying_index,underlying_price,delta,gamma,vega,theta,rho
        deribit,BTC-9JUN20-9875-P,1591574399413000,1591574400196008,put,9875,1591689600000000,0.1,0.0295,0.0205,15.0,55.91,0.0235,15.0,68.94,0.02210436,62.89,SYN.BTC-9JUN20,9756.36,-0.61752,0.00103,2.24964,-53.05655,-0.22796

        """
        let file = directory.write(text, to: "options_chain.csv")
        let reader = try TapeFileReader(path: file, options: TapeReaderOptions(mode: .strict))
        #expect(reader.format == .tardisOptionsChain)
        let event = try #require(try reader.nextTapeEvent())
        #expect(event.symbol == "BTC-9JUN20-9875-P")
        #expect(event.iv == 0.6289)                        // 62.89 % → fraction
        #expect(event.underlyingPrice == 9756.36)
        #expect(abs((event.mark ?? 0) - 0.02210436 * 9756.36) < 1e-9)  // coin → USD
        #expect(abs((event.mark ?? 0) / 9756.36 - 0.02210436) < 1e-15)
        #expect(try reader.nextTapeEvent() == nil)
    }
}

import Testing
@testable import MarketData

@Suite("Binance kline reader on real data")
struct RealBinanceKlineTests {
    let path = TestPaths.real("binance-futures_BTCUSDT_1h_2022-11.csv")

    @Test func readsAllRowsWithSymbolFromFileName() throws {
        let reader = try TapeFileReader(path: path)
        #expect(reader.format == .binanceKline)
        var events: [PriceEvent] = []
        while let event = try reader.nextTapeEvent() { events.append(event) }
        #expect(events.count == 720)
        #expect(reader.issues.totalSkipped == 0)
        #expect(events.allSatisfy { $0.symbol == "BTCUSDT" })
        // First row: open_time 1667260800000, close 20445.40, close_time 1667264399999 → event at close_time + 1 ms.
        #expect(events.first?.last == 20445.40)
        #expect(events.first?.timestampMicros == 1_667_264_400_000_000)
        // Last row: close 17153.30, close_time 1669852799999.
        #expect(events.last?.last == 17153.30)
        #expect(events.last?.timestampMicros == 1_669_852_800_000_000)
    }

    @Test func lowestCloseIsOnTheFTXCrashNight() throws {
        // Computed independently in the shell:
        //   tail -n +2 binance-futures_BTCUSDT_1h_2022-11.csv | sort -t, -k5,5 -g | head -1
        // → open_time 1669064400000 (2022-11-21T21:00Z), close 15637.90 (the 15,443.2 low is the bar's `low`).
        let events = try TapeFileReader.readAll(path: path)
        let lowest = try #require(events.min { ($0.last ?? .infinity) < ($1.last ?? .infinity) })
        #expect(lowest.last == 15637.90)
        // Bar 21:00–22:00 UTC, so the close is stamped 22:00:00Z = 1669068000 s.
        #expect(lowest.timestampMicros == 1_669_068_000_000_000)
    }

    @Test func headerlessMicrosecondKlinesWithSymbolParameter() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let text = """
        1735689600000000,93576.00,94509.42,93489.03,94401.14,5.7,1735693199999999,538000.1,1000,3.1,290000.2,0
        1735693200000000,94401.13,94564.49,94105.00,94300.00,4.2,1735696799999999,396000.5,900,2.0,190000.0,0

        """
        let file = directory.write(text, to: "klines.csv")
        let events = try TapeFileReader.readAll(path: file, options: TapeReaderOptions(symbolOverride: "BTCUSDT"))
        #expect(events.count == 2)
        #expect(events[0].timestampMicros == 1_735_693_200_000_000)
        #expect(events[1].last == 94300.00)
        #expect(events[0].symbol == "BTCUSDT")
    }

    @Test func symbolFromFileName() {
        #expect(TapeFormat.binanceSymbol(fromFileName: "/x/binance-futures_BTCUSDT_1h_2022-11.csv") == "BTCUSDT")
        #expect(TapeFormat.binanceSymbol(fromFileName: "ETHUSDT-1m-2025-01.csv") == "ETHUSDT")
        #expect(TapeFormat.binanceSymbol(fromFileName: "prices.csv") == nil)
    }
}

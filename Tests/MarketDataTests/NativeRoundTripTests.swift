import Testing
@testable import MarketData

@Suite("Native tape writer/reader round trip")
struct NativeRoundTripTests {
    static let sample: [PriceEvent] = [
        PriceEvent(timestampMicros: 1_767_571_200_000_000, symbol: "BTC-PERPETUAL", mark: 95_000.5, index: 94_990.123456789),
        PriceEvent(timestampMicros: 1_767_571_200_000_001, symbol: "BTC-27MAR26-100000-C", mark: 0.1 + 0.2, iv: 0.5234,
                   bid: 1e-05, ask: 12_345_678.901234567, underlyingPrice: 96_123.45),
        PriceEvent(timestampMicros: 1_767_571_200_500_000, symbol: "ETHUSDT", last: 3_201),
        PriceEvent(timestampMicros: 1_767_571_201_000_000, symbol: "SOL-USD", index: 1.2345678901234567e-7),
        PriceEvent(timestampMicros: 1_767_571_202_000_000, symbol: "币安人生USDT", last: 0.1234),
    ]

    @Test(arguments: [TapeFormat.nativeCSV, .nativeJSONL])
    func roundTripsExactly(format: TapeFormat) throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.file("tape.\(format == .nativeCSV ? "csv" : "jsonl")")
        let writer = try NativeTapeFileWriter(path: path, format: format)
        for event in Self.sample { try writer.write(event) }
        try writer.close()
        let reader = try TapeFileReader(path: path, options: TapeReaderOptions(mode: .strict, maximumRelativeJump: nil))
        #expect(reader.format == format)
        var read: [PriceEvent] = []
        while let event = try reader.nextTapeEvent() { read.append(event) }
        #expect(read == Self.sample)
    }

    @Test func csvLayoutIsTheDocumentedOne() {
        let encoder = NativeTapeEncoder(format: .nativeCSV)
        #expect(encoder.header == "timestamp_us,symbol,mark,index,last,iv,bid,ask,underlying\n")
        #expect(encoder.line(for: Self.sample[0]) == "1767571200000000,BTC-PERPETUAL,95000.5,94990.123456789,,,,,\n")
        let json = NativeTapeEncoder(format: .nativeJSONL)
        #expect(json.line(for: Self.sample[2]) == "{\"t\":1767571200500000,\"s\":\"ETHUSDT\",\"last\":3201.0}\n")
    }

    @Test func readerAcceptsSubsetAndReorderedColumns() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.write("symbol,timestamp_us,index,mark\r\nBTC-PERPETUAL,10,100.5,101\r\n", to: "subset.csv")
        let events = try TapeFileReader.readAll(path: path, options: TapeReaderOptions(mode: .strict))
        #expect(events == [PriceEvent(timestampMicros: 10, symbol: "BTC-PERPETUAL", mark: 101, index: 100.5)])
    }

    @Test func jsonlNullsEscapesAndUnknownKeys() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let text = """
        {"t":5,"s":"BTC\\u002dPERPETUAL","mark":1.5e3,"index":null,"note":"hi","flag":true}
         { "s" : "ETH-USD" , "t" : 6 , "index" : 3200 }

        """
        let path = directory.write(text, to: "tape.jsonl")
        let events = try TapeFileReader.readAll(path: path, options: TapeReaderOptions(mode: .strict))
        #expect(events == [
            PriceEvent(timestampMicros: 5, symbol: "BTC-PERPETUAL", mark: 1500),
            PriceEvent(timestampMicros: 6, symbol: "ETH-USD", index: 3200),
        ])
    }
}

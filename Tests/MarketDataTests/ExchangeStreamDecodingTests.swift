import Foundation
import Testing
@testable import MarketData

/// Recorded exchange streams (issue 11 part 2) decoded from the venues' published samples; every
/// expected number is typed from the sample text.
@Suite("Exchange stream decoding")
struct ExchangeStreamDecodingTests {
    /// docs.deribit.com, `ticker.(instrument_name).(interval)`, "Example Response" (subscription
    /// `ticker.BTC-PERPETUAL.100ms`), in the JSON-RPC notification envelope of the docs'
    /// "Notifications" page.
    static let deribitPerpetualTicker = """
        {"jsonrpc":"2.0","method":"subscription","params":{"channel":"ticker.BTC-PERPETUAL.100ms","data":{"best_ask_amount":100,\
        "best_ask_price":36443,"best_bid_amount":5000,"best_bid_price":36442.5,"current_funding":0,"estimated_delivery_price":36441.64,\
        "funding_8h":0.0000211,"index_price":36441.64,"instrument_name":"BTC-PERPETUAL","interest_value":1.7362511643080387,\
        "last_price":36457.5,"mark_price":36446.51,"max_price":36991.72,"min_price":35898.37,"open_interest":502097590,\
        "settlement_price":36169.49,"state":"open","stats":{"high":36824.5,"low":35213.5,"price_change":0.7229,"volume":7871.02139035,\
        "volume_usd":284061480},"timestamp":1623060194301}}}
        """

    /// An option ticker notification as recorded from Deribit (crypto-crawler-rs, crypto-msg-parser's
    /// Deribit ticker test `option`): prices in BTC, `mark_iv` in percent, `greeks` and `stats` nested.
    static let deribitOptionTicker = """
        {"jsonrpc":"2.0","method":"subscription","params":{"channel":"ticker.BTC-30SEP22-60000-C.100ms","data":{"underlying_price":30220.5,\
        "underlying_index":"BTC-30SEP22","timestamp":1654161839367,"stats":{"volume":16.7,"price_change":-18.1818,"low":0.009,"high":0.011},\
        "state":"open","settlement_price":0.01,"open_interest":1767.5,"min_price":0.0001,"max_price":0.038,"mark_price":0.0084,\
        "mark_iv":67.7,"last_price":0.009,"interest_rate":0.0,"instrument_name":"BTC-30SEP22-60000-C","index_price":29939.43,\
        "greeks":{"vega":20.05335,"theta":-5.65962,"rho":4.91491,"gamma":0.00001,"delta":0.05785},"estimated_delivery_price":29939.43,\
        "bid_iv":67.16,"best_bid_price":0.008,"best_bid_amount":2.8,"best_ask_price":0.009,"best_ask_amount":18.5,"ask_iv":68.65}}}
        """

    /// docs.deribit.com, `markprice.options.(index_name)`: the published data array, in the envelope.
    static let deribitMarkPriceOptions = """
        {"jsonrpc":"2.0","method":"subscription","params":{"channel":"markprice.options.btc_usd","data":[\
        {"timestamp":1622470378005,"mark_price":0.0333,"iv":0.9,"instrument_name":"BTC-2JUN21-37000-P"},\
        {"timestamp":1622470378005,"mark_price":0.117,"iv":0.9,"instrument_name":"BTC-4JUN21-40500-P"},\
        {"timestamp":1622470378005,"mark_price":0.0177,"iv":0.9,"instrument_name":"BTC-4JUN21-38250-C"},\
        {"timestamp":1622470378005,"mark_price":0.0098,"iv":0.9,"instrument_name":"BTC-1JUN21-37000-C"},\
        {"timestamp":1622470378005,"mark_price":0.0371,"iv":0.9,"instrument_name":"BTC-4JUN21-36500-P"}]}}
        """

    /// developers.binance.com, USDⓈ-M futures "Mark Price Stream", response example (verbatim).
    static let binanceMarkPrice = """
        {"e":"markPriceUpdate","E":1562305380000,"s":"BTCUSDT","p":"11794.15000000","i":"11784.62659091",\
        "P":"11784.25641265","r":"0.00038167","T":1562306400000}
        """

    static func read(_ text: String, format: TapeFormat? = nil, mode: TapeValidationMode = .lenient,
                     name: String = "stream.jsonl") throws -> (events: [PriceEvent], reader: TapeFileReader) {
        let reader = try TapeFileReader(bytes: Array(text.utf8), name: name, format: format,
                                        options: TapeReaderOptions(mode: mode))
        var events: [PriceEvent] = []
        while let event = try reader.nextTapeEvent() { events.append(event) }
        return (events, reader)
    }

    @Test func deribitPerpetualTickerFromTheDocs() throws {
        let (events, reader) = try Self.read(Self.deribitPerpetualTicker)
        #expect(reader.format == .deribitStream)
        #expect(events == [PriceEvent(timestampMicros: 1_623_060_194_301_000, symbol: "BTC-PERPETUAL", mark: 36446.51,
                                      index: 36441.64, last: 36457.5, bid: 36442.5, ask: 36443)])
        #expect(reader.issues.totalSkipped == 0)
    }

    /// Coin premiums × underlying_price → USD; mark_iv 67.7 % → 0.677; index and forward in USD.
    @Test func deribitOptionTickerConvertsCoinAndPercent() throws {
        let (events, _) = try Self.read(Self.deribitOptionTicker)
        let event = try #require(events.first)
        #expect(events.count == 1)
        #expect(event.symbol == "BTC-30SEP22-60000-C" && event.timestampMicros == 1_654_161_839_367_000)
        #expect(event.mark == 0.0084 * 30220.5 && event.last == 0.009 * 30220.5)
        #expect(event.bid == 0.008 * 30220.5 && event.ask == 0.009 * 30220.5)
        #expect(event.iv == 67.7 / 100)
        #expect(event.underlyingPrice == 30220.5 && event.index == 29939.43)
    }

    /// Five options from one line; iv is a fraction already; the coin marks have no underlying
    /// price on this channel and are left out.
    @Test func deribitMarkPriceOptionsGivesOneEventPerElement() throws {
        let (events, reader) = try Self.read(Self.deribitMarkPriceOptions)
        #expect(events.map(\.symbol) == ["BTC-2JUN21-37000-P", "BTC-4JUN21-40500-P", "BTC-4JUN21-38250-C",
                                         "BTC-1JUN21-37000-C", "BTC-4JUN21-36500-P"])
        #expect(events.allSatisfy { $0.timestampMicros == 1_622_470_378_005_000 && $0.iv == 0.9 && $0.mark == nil })
        #expect(reader.acceptedRowCount == 5)
    }

    @Test func linearUSDCOptionKeepsItsMark() throws {
        let line = #"{"jsonrpc":"2.0","method":"subscription","params":{"channel":"markprice.options.sol_usdc","data":[{"timestamp":1700000000000,"mark_price":3.25,"iv":0.71,"instrument_name":"SOL_USDC-27MAR26-150-C"}]}}"#
        let (events, _) = try Self.read(line)
        #expect(events == [PriceEvent(timestampMicros: 1_700_000_000_000_000, symbol: "SOL_USDC-27MAR26-150-C", mark: 3.25, iv: 0.71)])
    }

    @Test func binanceMarkPriceFromTheDocs() throws {
        let (events, reader) = try Self.read(Self.binanceMarkPrice)
        #expect(reader.format == .binanceMarkPriceStream)
        #expect(events == [PriceEvent(timestampMicros: 1_562_305_380_000_000, symbol: "BTCUSDT", mark: 11794.15, index: 11784.62659091)])
    }

    /// The combined-stream wrapper and the all-market array (`!markPrice@arr`), on one tape.
    @Test func binanceCombinedWrapperAndArray() throws {
        let element = Self.binanceMarkPrice
        let eth = element.replacingOccurrences(of: "BTCUSDT", with: "ETHUSDT").replacingOccurrences(of: "11794.15000000", with: "3011.5")
        let text = """
            {"result":null,"id":1}
            {"stream":"btcusdt@markPrice","data":\(element)}
            [\(element),\(eth)]
            {"stream":"!markPrice@arr","data":[\(eth)]}
            """
        let (events, reader) = try Self.read(text)
        #expect(reader.format == .binanceMarkPriceStream)
        #expect(events.map(\.symbol) == ["BTCUSDT", "BTCUSDT", "ETHUSDT", "ETHUSDT"])
        #expect(events[2].mark == 3011.5 && events[2].index == 11784.62659091)
        #expect(reader.ignoredMessageCount == 1 && reader.issues.totalSkipped == 0)
    }

    /// Responses, heartbeats and other channels are ignored messages — counted apart, not bad
    /// rows — so a strict read of a real recording (which starts with the subscription response) goes on.
    @Test func controlMessagesAreCountedNotRejected() throws {
        let text = """
            {"jsonrpc":"2.0","id":42,"result":["ticker.BTC-PERPETUAL.100ms"],"usIn":1623060194000000,"usOut":1623060194000300,"usDiff":300,"testnet":false}
            {"jsonrpc":"2.0","method":"heartbeat","params":{"type":"test_request"}}
            {"jsonrpc":"2.0","id":8212,"result":{"version":"1.2.26"}}
            {"jsonrpc":"2.0","method":"subscription","params":{"channel":"trades.BTC-PERPETUAL.raw","data":[{"price":36440,"amount":10}]}}

            \(Self.deribitPerpetualTicker)
            """
        let (events, reader) = try Self.read(text, mode: .strict)
        #expect(reader.format == .deribitStream)
        #expect(events.count == 1 && reader.ignoredMessageCount == 4)
    }

    /// One bad element of a multi-event line is one bad row (naming the line); the others stand.
    @Test func multiEventLineWithOneBadElement() throws {
        let bad = Self.deribitMarkPriceOptions.replacingOccurrences(of: #""iv":0.9,"instrument_name":"BTC-4JUN21-38250-C""#,
                                                                   with: #""iv":"x","instrument_name":"BTC-4JUN21-38250-C""#)
        let text = Self.deribitAck + "\n" + bad
        let (events, reader) = try Self.read(text)
        #expect(events.count == 4)
        let error = try #require(reader.issues.firstErrors.first)
        #expect(error.lineNumber == 2 && error.filePath == "stream.jsonl")
        #expect(error.issue == .unparseableNumber(field: "iv", text: "x"))
        #expect(reader.issues.totalSkipped == 1)
    }
    static let deribitAck = #"{"jsonrpc":"2.0","id":1,"result":["markprice.options.btc_usd"]}"#

    /// Malformed lines are bad rows naming file and line; `--strict` stops at the first.
    @Test func malformedLinesNameFileAndLine() throws {
        let text = [
            Self.deribitPerpetualTicker,
            #"{"jsonrpc":"2.0","method":"subscription","params":{"channel":"ticker.BTC-PERPETUAL.100ms","data":{"timestamp":1623060194401,"#,
            #"{"jsonrpc":"2.0","method":"subscription","params":{"channel":"ticker.BTC-PERPETUAL.100ms"}}"#,
            #"{"jsonrpc":"2.0","method":"subscription","params":{"channel":"ticker.BTC-PERPETUAL.100ms","data":{"timestamp":9223372036854775807,"instrument_name":"BTC-PERPETUAL","mark_price":36446}}}"#,
            #"{"jsonrpc":"2.0","method":"subscription","params":{"channel":"ticker.BTC-PERPETUAL.100ms","data":{"timestamp":1623060194501,"instrument_name":"BTC-PERPETUAL","state":"open"}}}"#,
            Self.deribitPerpetualTicker.replacingOccurrences(of: "1623060194301", with: "1623060194001"),
        ].joined(separator: "\n")
        let (events, reader) = try Self.read(text, name: "ticks.jsonl")
        #expect(events.count == 1)
        #expect(reader.issues.firstErrors.map(\.lineNumber) == [2, 3, 4, 5, 6])
        #expect(reader.issues.firstErrors.map(\.issue.kind) == ["invalid-json", "missing-field", "invalid-timestamp", "no-price", "out-of-order"])
        #expect(reader.issues.firstErrors.first?.description.hasPrefix("ticks.jsonl:2: invalid JSON") == true)
        #expect(throws: TapeError.self) { try Self.read(text, mode: .strict, name: "ticks.jsonl") }
        do {
            _ = try Self.read(text, mode: .strict, name: "ticks.jsonl")
        } catch let error as TapeError {
            #expect(error.lineNumber == 2 && error.filePath == "ticks.jsonl")
        }
    }

    @Test func detectionFromTheFirstLine() {
        #expect(TapeFormat.detect(firstLine: Self.deribitPerpetualTicker) == .deribitStream)
        #expect(TapeFormat.detect(firstLine: #"{"jsonrpc":"2.0","method":"heartbeat","params":{"type":"heartbeat"}}"#) == .deribitStream)
        #expect(TapeFormat.detect(firstLine: #"{"jsonrpc":"2.0","id":42,"result":["ticker.BTC-PERPETUAL.100ms"]}"#) == .deribitStream)
        #expect(TapeFormat.detect(firstLine: Self.binanceMarkPrice) == .binanceMarkPriceStream)
        #expect(TapeFormat.detect(firstLine: #"{"result":null,"id":1}"#) == .binanceMarkPriceStream)
        #expect(TapeFormat.detect(firstLine: "[" + Self.binanceMarkPrice + "]") == .binanceMarkPriceStream)
        #expect(TapeFormat.detect(firstLine: #"{"stream":"btcusdt@markPrice","data":{}}"#) == .binanceMarkPriceStream)
        #expect(TapeFormat.detect(firstLine: #"{"t":1700000000000000,"s":"BTC-PERPETUAL","mark":36512.5}"#) == .nativeJSONL)
        #expect(TapeFormat.detect(firstLine: #"{"s":"BTCUSDT","t":1,"e":"x"}"#) == .nativeJSONL)
        #expect(TapeFormat.detect(firstLine: "{not json") == .nativeJSONL)
        // Headerless CSV: a kline has numbers where a native row has its symbol (column 1).
        #expect(TapeFormat.detect(firstLine: "1767627209000,93600,93700,93500,93650,12,1767627268999,1000,10,5,500,0") == .binanceKline)
        #expect(TapeFormat.detect(firstLine: "1767627209000000,BTC-PERPETUAL,93675.5,,,,,,") == nil)
        #expect(TapeFormat(rawValue: "deribit-stream") == .deribitStream)
        #expect(TapeFormat(rawValue: "binance-mark-price-stream") == .binanceMarkPriceStream)
    }

    /// `--format` forces a stream format whatever the first line looks like.
    @Test func explicitFormat() throws {
        let (events, reader) = try Self.read("\n" + Self.binanceMarkPrice, format: .binanceMarkPriceStream)
        #expect(reader.format == .binanceMarkPriceStream && events.count == 1)
    }

    /// The recorded-style examples: every data line accepted, the rest counted as ignored.
    @Test(arguments: [("deribit-ticker.jsonl", TapeFormat.deribitStream, 300, 2),
                      ("deribit-markprice-options.jsonl", .deribitStream, 150, 1),
                      ("binance-markprice.jsonl", .binanceMarkPriceStream, 180, 1)])
    func examplesReadCleanly(_ name: String, _ format: TapeFormat, _ count: Int, _ ignored: Int) throws {
        let path = TestPaths.examples.appendingPathComponent("streams/\(name)").path
        let reader = try TapeFileReader(path: path, options: TapeReaderOptions(mode: .strict))
        var events = 0
        while try reader.nextTapeEvent() != nil { events += 1 }
        #expect(reader.format == format && events == count && reader.ignoredMessageCount == ignored)
        try reader.rewind()
        var again = 0
        while try reader.nextTapeEvent() != nil { again += 1 }
        #expect(again == count)
    }
}

extension TestPaths {
    /// `<package root>/examples/`
    static var examples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples", isDirectory: true)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import MarketData

/// `--feed tail:FILE` follows every tape format (issue 11 part 2): per stream format and for the
/// CSV formats with a header, a partial line written in two pieces waits for its newline, a
/// truncation and a rotation (file replaced) start a new tape whose format is detected again.
@Suite("File tail, every format")
struct FileTailFormatsTests {
    /// One format's lines: `first` opens the file (a header, a subscription response, or data),
    /// `row(n)` is a data line of timestamp n seconds after 2026-01-05T15:33:29Z with `perRow` events.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var fileName: String
        var format: TapeFormat
        var first: String
        var perRow: Int
        var firstIsData: Bool = false
        var row: @Sendable (Int) -> String
        var testDescription: String { name }
    }

    static let start: Int64 = 1_767_627_209  // s
    static func ms(_ n: Int) -> Int64 { (start + Int64(n)) * 1000 }
    static func micros(_ n: Int) -> Int64 { (start + Int64(n)) * 1_000_000 }

    static let cases: [Case] = [
        Case(name: "deribit ticker", fileName: "deribit.jsonl", format: .deribitStream,
             first: #"{"jsonrpc":"2.0","id":42,"result":["ticker.BTC-PERPETUAL.100ms"]}"#, perRow: 1) { n in
            #"{"jsonrpc":"2.0","method":"subscription","params":{"channel":"ticker.BTC-PERPETUAL.100ms","data":{"timestamp":\#(ms(n)),"stats":{"high":94824.5,"low":93213.5},"instrument_name":"BTC-PERPETUAL","mark_price":\#(93675.5 + Double(n)),"index_price":93640.28}}}"#
        },
        Case(name: "deribit markprice.options", fileName: "markprice.jsonl", format: .deribitStream,
             first: #"{"jsonrpc":"2.0","method":"heartbeat","params":{"type":"heartbeat"}}"#, perRow: 2) { n in
            #"{"jsonrpc":"2.0","method":"subscription","params":{"channel":"markprice.options.btc_usd","data":[{"timestamp":\#(ms(n)),"mark_price":0.08,"iv":0.4345,"instrument_name":"BTC-27MAR26-95000-C"},{"timestamp":\#(ms(n)),"mark_price":0.04,"iv":0.4372,"instrument_name":"BTC-30JAN26-95000-C"}]}}"#
        },
        Case(name: "binance markPrice", fileName: "binance.jsonl", format: .binanceMarkPriceStream,
             first: #"{"result":null,"id":1}"#, perRow: 1) { n in
            #"{"e":"markPriceUpdate","E":\#(ms(n)),"s":"BTCUSDT","p":"\#(93688.1 + Double(n))","i":"93640.28","P":"93650.1","r":"0.00038167","T":1767628800000}"#
        },
        Case(name: "tardis derivative_ticker", fileName: "tardis.csv", format: .tardisDerivativeTicker,
             first: "exchange,symbol,timestamp,local_timestamp,funding_timestamp,funding_rate,predicted_funding_rate,open_interest,last_price,index_price,mark_price",
             perRow: 1) { n in
            "deribit,BTC-PERPETUAL,\(micros(n)),\(micros(n) + 5),,,,,93680,93640.28,\(93675.5 + Double(n))"
        },
        Case(name: "binance kline, headerless", fileName: "BTCUSDT-1m-2026-01-05.csv", format: .binanceKline,
             first: "\(ms(0) - 60_000),93600,93700,93500,93650,12,\(ms(0) - 1),1000,10,5,500,0", perRow: 1, firstIsData: true) { n in
            "\(ms(n) - 60_000),93600,93700,93500,\(93650 + n),12,\(ms(n) - 1),1000,10,5,500,0"
        },
    ]

    func events(_ tail: FileTailSource) -> [PriceEvent] { tail.readAvailable() }

    @Test(arguments: cases)
    func partialLineTruncationAndRotation(_ format: Case) throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.file(format.fileName)
        let tail = FileTailSource(path: path)
        let firstEvents = format.firstIsData ? 1 : 0

        append(format.first + "\n" + format.row(1) + "\n", to: path)
        #expect(tail.readAvailable().count == firstEvents + format.perRow)
        #expect(tail.format == format.format)

        let second = format.row(2) + "\n"
        let cut = second.index(second.startIndex, offsetBy: second.count / 2)
        append(String(second[..<cut]), to: path)                       // half a line: nothing yet
        #expect(tail.readAvailable().isEmpty)
        append(String(second[cut...]) + format.row(3) + "\n", to: path) // its rest, and one more
        let both = tail.readAvailable()
        #expect(both.count == 2 * format.perRow)
        #expect(Set(both.map(\.timestampMicros)).count == 2)

        #expect(truncate(path, 0) == 0)                                 // truncation: a new tape
        append(format.first + "\n" + format.row(4) + "\n", to: path)
        #expect(tail.readAvailable().count == firstEvents + format.perRow)
        #expect(tail.truncationCount == 1 && tail.format == format.format)

        append(format.row(5), to: path)                                  // no newline yet…
        #expect(rename(path, directory.file(format.fileName + ".1")) == 0) // …when the file is replaced
        append(format.first + "\n" + format.row(6) + "\n", to: path)
        #expect(tail.readAvailable().count == firstEvents + 2 * format.perRow)
        #expect(tail.rotationCount == 1 && tail.format == format.format)
        #expect(tail.issues.totalSkipped == 0, "\(tail.issues.firstErrors)")
    }

    /// A tail of a stream that begins with a native tape's rows follows the native rules, and a
    /// rotation to a recorded stream switches to the stream's.
    @Test func rotationToAnotherFormat() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.file("feed")
        let tail = FileTailSource(path: path)
        append("\(Self.micros(1)),BTC-PERPETUAL,93675.5,,,,,,\n", to: path)
        #expect(tail.readAvailable().count == 1 && tail.format == .nativeCSV)
        #expect(rename(path, directory.file("feed.1")) == 0)
        let binance = Self.cases[2]
        append(binance.first + "\n" + binance.row(2) + "\n", to: path)
        #expect(tail.readAvailable().map(\.symbol) == ["BTCUSDT"])
        #expect(tail.format == .binanceMarkPriceStream && tail.ignoredMessageCount == 1)
    }

    /// A bad stream line is a counted bad row naming the file and its line; the tail goes on.
    @Test func badStreamLinesAreCounted() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.file("deribit.jsonl")
        let tail = FileTailSource(path: path)
        let deribit = Self.cases[0]
        append(deribit.first + "\n" + #"{"jsonrpc":"2.0","method":"subscription","params":{"#, to: path)
        #expect(tail.readAvailable().isEmpty)
        append("\n" + deribit.row(1) + "\n", to: path)
        #expect(tail.readAvailable().count == 1)
        #expect(tail.issues.firstErrors.map(\.lineNumber) == [2])
        #expect(tail.issues.firstErrors.first?.filePath == path)
    }

    /// The recorded-style Deribit example, followed as it is written in random pieces.
    @Test func exampleStreamWrittenInPieces() throws {
        let source = try String(contentsOf: TestPaths.examples.appendingPathComponent("streams/deribit-ticker.jsonl"), encoding: .utf8)
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.file("live.jsonl")
        let tail = FileTailSource(path: path)
        var count = 0
        var rest = Substring(source)
        var piece = 1
        while !rest.isEmpty {
            let size = min(rest.count, 97 * piece % 1_500 + 1)
            append(String(rest.prefix(size)), to: path)
            rest = rest.dropFirst(size)
            count += tail.readAvailable().count
            piece += 1
        }
        #expect(count == 300 && tail.ignoredMessageCount == 2 && tail.issues.totalSkipped == 0)
    }
}

import MarginEngine
import Testing
@testable import MarketData

/// The one-pass decoder may decline any row, but a row it accepts must decode to exactly the
/// event (and symbol id) of the general split-then-decode path.
@Suite("One-pass row decoding")
struct SinglePassRowDecoderTests {
    static let header = NativeTapeSpec.csvHeader.split(separator: ",").map(String.init)

    /// (one-pass result, general result or its error) for `line`.
    func decodeBoth(_ line: String) throws -> ((PriceEvent, Int, Bool)?, Result<(PriceEvent, Int), TapeIssue>) {
        let layout = try ColumnLayout.make(format: .nativeCSV, header: Self.header, dataFieldCount: Self.header.count,
                                           fixedSymbol: nil)
        var fastSymbols = SymbolTable(maximumCount: 100)
        var generalSymbols = SymbolTable(maximumCount: 100)
        let general = CSVRowDecoder(layout: layout, symbols: &generalSymbols)
        var fast = try #require(SinglePassRowDecoder(layout: layout))
        let bytes = Array(line.utf8) + [0]
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return (nil, .failure(.noPrice)) }
            let span = ByteSpan(start: base, count: buffer.count - 1)
            let one = fast.decode(span, symbols: &fastSymbols).map { prices, timestamp, id, isOption in
                (PriceEvent(timestampMicros: timestamp, symbol: fastSymbols.entries[id].symbol, prices: prices), id, isOption)
            }
            var fields = CSVFieldSplitter()
            let split = fields.split(span)
            let other = Result { () throws(TapeIssue) in try general.decode(fields, line: split, symbols: &generalSymbols) }
            return (one, other)
        }
    }

    func agrees(_ line: String) throws -> Bool {
        let (one, general) = try decodeBoth(line)
        guard let one else { return true }
        guard case .success(let event) = general else { return false }
        return one.0 == event.0 && one.1 == event.1 && one.0.symbol == event.0.symbol
    }

    @Test(arguments: ["1767627209000000,BTC-PERPETUAL,90050.0,90000.0,,,,,",
                      "1767627209000000,BTC-27MAR26-95000-C,0.0123,90000,,0.55,,,90100",
                      "1767627209000000,ETH-6FEB26-2550-P,46.02,3199.58,,0.7342,,,3216.63\r",
                      "1,X,1e5,-2,+3,0.5,7.,.25,00012"])
    func regularRowsTakeTheOnePath(line: String) throws {
        #expect(try decodeBoth(line).0 != nil)
        #expect(try agrees(line))
    }

    @Test(arguments: [" 1767627209000000,BTC,1,,,,,,", "1767627209000000, BTC,1,,,,,,", "1767627209000000,BTC ,1,,,,,,",
                      "1767627209000000,BTC,1 ,,,,,,", "-1,BTC,1,,,,,,", "1234567890123456789,BTC,1,,,,,,",
                      "1767627209000000,BTC,nan,,,,,,", "1767627209000000,BTC,1,,,,,", "1767627209000000,BTC,1,,,,,,,",
                      "1767627209000000,BTC,,,,,,,", "1767627209000000,,1,,,,,,", "1767627209000000,B\"C,1,,,,,,",
                      "1767627209000000,BTC,1e400,,,,,,", "1767627209000000,BTC,12345678901234567890,,,,,,",
                      "1767627209000000,BTC,1,,,,,,\r\r", "", ",,,,,,,,", "x"])
    func irregularRowsAreDeclined(line: String) throws {
        #expect(try decodeBoth(line).0 == nil, "\(line)")
    }

    @Test func randomRowsAgree() throws {
        var generator = SeededRandom(seed: 5)
        let pieces = ["", "0", "1", "12", "3199.58", "0.7342", "-1", "+2", "1e5", "1E-3", "0.000", "00.5", ".5", "5.", " 1",
                      "1 ", "nan", "inf", "1e", "-", "9007199254740993", "1234567890123456789", "1,2", "\t", "\r"]
        let symbols = ["BTC-PERPETUAL", "ETH-6FEB26-2550-P", "BTC-27MAR26-95000-C", "X", "", " BTC", "B C", "ÉTH", "SOL-USD"]
        var failures: [String] = []
        for _ in 0..<30_000 {
            var fields: [String] = []
            fields.append(generator.next() % 10 == 0 ? pieces[Int(generator.next() % UInt64(pieces.count))] : "1767627209000000")
            fields.append(symbols[Int(generator.next() % UInt64(symbols.count))])
            for _ in 0..<7 { fields.append(pieces[Int(generator.next() % UInt64(pieces.count))]) }
            if generator.next() % 20 == 0 { fields.removeLast() }
            let line = fields.joined(separator: ",")
            if try !agrees(line) { failures.append(line) }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    /// One decoder over a sequence of rows (its per-column memos carried from row to row) gives
    /// each row the general decoder's event: repeated fields, fields that extend or shorten a
    /// remembered one ("93640.28" then "93640.289", "93640.2"), fields followed by other bytes,
    /// long timestamps, and the last column at the line's end — and accepts exactly the rows a
    /// fresh decoder accepts.
    @Test func rowsInSequenceAgree() throws {
        let layout = try ColumnLayout.make(format: .nativeCSV, header: Self.header, dataFieldCount: Self.header.count,
                                           fixedSymbol: nil)
        var fast = try #require(SinglePassRowDecoder(layout: layout))
        var fastSymbols = SymbolTable(maximumCount: 100)
        var generalSymbols = SymbolTable(maximumCount: 100)
        let general = CSVRowDecoder(layout: layout, symbols: &generalSymbols)
        var generator = SeededRandom(seed: 8)
        let timestamps = ["1767627209000000", "1767627209000001", "17676272090000000", "176762720900000", "1767627209000000 ",
                          "999999999999999999", "1234567890123456789"]
        let prices = ["93640.28", "93640.289", "93640.2", "93640.28x", "93640.28e1", "3179.18", "0.5918", "0.59180", "1e5",
                      "12345678.5", "1234567.1234567", "1234567.12345678", "", "0", "-1", "94021.03", "94021.0300000001"]
        let symbols = ["BTC-PERPETUAL", "BTC-30JAN26-75000-P", "ETH-USD"]
        var failures: [String] = []
        var accepted = 0
        for _ in 0..<40_000 {
            var fields = [timestamps[Int(generator.next() % UInt64(timestamps.count))],
                          symbols[Int(generator.next() % UInt64(symbols.count))]]
            for _ in 0..<7 { fields.append(prices[Int(generator.next() % UInt64(prices.count))]) }
            let line = fields.joined(separator: ",")
            let bytes = Array(line.utf8) + [0]
            let agrees = bytes.withUnsafeBufferPointer { buffer -> Bool in
                guard let base = buffer.baseAddress else { return false }
                let span = ByteSpan(start: base, count: buffer.count - 1)
                var splitter = CSVFieldSplitter()
                let split = splitter.split(span)
                let other = Result { () throws(TapeIssue) in try general.decode(splitter, line: split, symbols: &generalSymbols) }
                // A memo never makes the decoder decline a row a fresh one (no memos) accepts.
                var fresh = SinglePassRowDecoder(layout: layout)
                var freshSymbols = fastSymbols
                let freshAccepts = fresh?.decode(span, symbols: &freshSymbols) != nil
                guard let (decoded, timestamp, id, _) = fast.decode(span, symbols: &fastSymbols) else { return !freshAccepts }
                accepted += 1
                guard case .success(let event) = other else { return false }
                let mine = PriceEvent(timestampMicros: timestamp, symbol: fastSymbols.entries[id].symbol, prices: decoded)
                return mine == event.0 && mine.symbol == event.0.symbol
            }
            if !agrees { failures.append(line) }
        }
        let failureCount = failures.count
        #expect(failureCount == 0, "\(failures.prefix(5))")
        #expect(accepted > 5_000, "enough rows take the one pass to exercise the memos")
    }
}

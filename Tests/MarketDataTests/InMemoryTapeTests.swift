import Testing
@testable import MarketData

/// `TapeFileReader(bytes:name:)` reads exactly what `TapeFileReader(path:)` reads from a file with
/// those bytes: same events, same skipped rows with the same lines and messages — also when lines
/// straddle chunk boundaries, a line exceeds the line limit, and the last line has no newline.
@Suite("In-memory tapes")
struct InMemoryTapeTests {
    static func tape() -> String {
        var text = HostileTapeTests.badTape
        text += "1010,BTC-PERPETUAL," + String(repeating: "9", count: 300) + ",,,,,,\n"  // longer than the limit
        for index in 0..<200 { text += "\(2000 + index),ETH-PERPETUAL,\(3000 + index % 7),,,,,,\n" }
        text += "3000,ETH-PERPETUAL,3001,,,,,,"  // unterminated
        return text
    }

    @Test(arguments: [TapeValidationMode.lenient, .strict], [16, 37, 4096])
    func memoryMatchesTheFile(mode: TapeValidationMode, chunkBytes: Int) throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let text = Self.tape()
        let path = directory.write(text, to: "t.csv")
        let options = TapeReaderOptions(mode: mode, lineLimitBytes: 200, chunkBytes: chunkBytes)
        func drain(_ reader: TapeFileReader) -> ([PriceEvent], String?) {
            var events: [PriceEvent] = []
            do {
                while let event = try reader.nextTapeEvent() { events.append(event) }
                return (events, nil)
            } catch {
                return (events, "\(error.lineNumber) \(error.issue)")
            }
        }
        let fromFile = try TapeFileReader(path: path, options: options)
        let fromMemory = try TapeFileReader(bytes: Array(text.utf8), name: path, options: options)
        let (fileEvents, fileError) = drain(fromFile)
        let (memoryEvents, memoryError) = drain(fromMemory)
        #expect(memoryEvents == fileEvents)
        #expect(memoryError == fileError)
        #expect(fromMemory.issues.firstErrors.map { $0.description } == fromFile.issues.firstErrors.map { $0.description })
        if mode == .lenient {
            #expect(fileEvents.count == 3 + 201)  // the 3 good rows of the bad tape, 200 ETH rows, the last
            // The limit bites only while a line is still unterminated in the buffer.
            #expect(fromMemory.issues.count(of: "line-too-long") == (chunkBytes < 200 ? 1 : 0))
            #expect(fromMemory.issues.countsByKind == fromFile.issues.countsByKind)
            try fromMemory.rewind()
            #expect(drain(fromMemory).0 == fileEvents)
        }
    }

    @Test func klineSymbolComesFromTheName() throws {
        let row = "1704067200000,42283.58,42299.99,42261.02,42298.61,35.38,1704067259999,1496258.83,1451,19.36,818972.05,0\n"
        let reader = try TapeFileReader(bytes: Array(row.utf8), name: "BTCUSDT-1m-2024-01-01.csv", format: .binanceKline)
        #expect(try reader.nextTapeEvent()?.symbol == "BTCUSDT")
    }
}

/// The splitter's bounds grow for a line with more fields than it has room for.
@Suite("CSV field splitter")
struct CSVFieldSplitterTests {
    @Test func manyFields() {
        var bytes = Array((0..<300).map(String.init).joined(separator: ",").utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var splitter = CSVFieldSplitter()
            let line = splitter.split(ByteSpan(start: UnsafePointer(base), count: buffer.count))
            #expect(splitter.fieldCount == 300)
            #expect(splitter.field(0, of: line).string() == "0")
            #expect(splitter.field(299, of: line).string() == "299")
            let short = splitter.split(ByteSpan(start: UnsafePointer(base), count: 4))  // "0,1,"
            #expect(splitter.fieldCount == 3)
            #expect(splitter.field(2, of: short).isEmpty)
        }
    }
}

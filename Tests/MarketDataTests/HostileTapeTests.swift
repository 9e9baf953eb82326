import MarginEngine
import Testing
@testable import MarketData

@Suite("Hostile tapes")
struct HostileTapeTests {
    static let header = "timestamp_us,symbol,mark,index,last,iv,bid,ask,underlying\n"

    /// Line 2 is fine, lines 3…10 are bad in eight different ways, 11 and 12 are fine.
    static let badTape = header + """
    1000,BTC-PERPETUAL,100,,,,,,
    1001,BTC-PERPETUAL,NaN,,,,,,
    1002,BTC-PERPETUAL,-5,,,,,,
    1003,BTC-PERPETUAL,0,,,,,,
    900,BTC-PERPETUAL,101,,,,,,
    1004,BTC\u{1b}[31m,101,,,,,,
    1005,BTC-PERPETUAL,250,,,,,,
    1006,BTC-PERPETUAL,12x,,,,,,
    1007,BTC-PERPETUAL,101
    1008,BTC-PERPETUAL,102,,,,,,
    1009,ETH-PERPETUAL,3000,,,,,,

    """

    @Test func lenientSkipsAndCountsPerReason() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.write(Self.badTape, to: "bad.csv")
        let reader = try TapeFileReader(path: path)
        var events: [PriceEvent] = []
        while let event = try reader.nextTapeEvent() { events.append(event) }
        #expect(events.map(\.timestampMicros) == [1000, 1008, 1009])
        let issues = reader.issues
        #expect(issues.totalSkipped == 8)
        #expect(issues.count(of: "not-finite") == 1)
        #expect(issues.count(of: "non-positive") == 2)
        #expect(issues.count(of: "out-of-order") == 1)
        #expect(issues.count(of: "invalid-symbol") == 1)
        #expect(issues.count(of: "absurd-jump") == 1)
        #expect(issues.count(of: "unparseable-number") == 1)
        #expect(issues.count(of: "wrong-column-count") == 1)
        #expect(issues.firstErrors.map(\.lineNumber) == [3, 4, 5, 6, 7, 8, 9, 10])
        // Messages never carry the raw escape byte.
        #expect(issues.firstErrors.allSatisfy { !$0.description.contains("\u{1b}") })
        #expect(issues.firstErrors[4].description == "\(path):7: invalid symbol \"BTC?\"")
    }

    @Test func strictThrowsNamingFileAndLine() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.write(Self.badTape, to: "bad.csv")
        let reader = try TapeFileReader(path: path, options: TapeReaderOptions(mode: .strict))
        #expect(try reader.nextTapeEvent()?.mark == 100)
        do {
            _ = try reader.nextTapeEvent()
            Issue.record("expected a TapeError")
        } catch {
            #expect(error.lineNumber == 3)
            #expect(error.description == "\(path):3: mark is NaN")
        }
    }

    @Test func tenMegabyteLineIsSkippedWithABoundedBuffer() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        var bytes = Array(Self.header.utf8)
        bytes += Array("1,BTC-PERPETUAL,100,,,,,,\n".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "7"), count: 10 * 1024 * 1024)
        bytes += Array("\n2,BTC-PERPETUAL,101,,,,,,\n".utf8)
        let path = directory.write(bytes: bytes, to: "long.csv")
        let reader = try TapeFileReader(path: path)
        var events: [PriceEvent] = []
        while let event = try reader.nextTapeEvent() { events.append(event) }
        #expect(events.map(\.timestampMicros) == [1, 2])
        #expect(reader.issues.count(of: "line-too-long") == 1)
        #expect(reader.issues.firstErrors.first?.lineNumber == 3)
        // Cap 1 MiB + two 64 KiB chunks at most — never the 10 MB line.
        #expect(reader.peakBufferBytes <= (1 << 20) + 2 * 64 * 1024)

        let strict = try TapeFileReader(path: path, options: TapeReaderOptions(mode: .strict, lineLimitBytes: 4096))
        _ = try strict.nextTapeEvent()
        #expect(throws: TapeError(filePath: path, lineNumber: 3, issue: .lineTooLong(limitBytes: 4096))) {
            _ = try strict.nextTapeEvent()
        }
        #expect(strict.peakBufferBytes <= 4096 + 2 * 64 * 1024)
    }

    @Test func unterminatedTooLongFinalLine() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let text = Self.header + "1,BTC-PERPETUAL,100,,,,,,\n" + String(repeating: "x", count: 5000)
        let path = directory.write(text, to: "tail.csv")
        let reader = try TapeFileReader(path: path, options: TapeReaderOptions(lineLimitBytes: 1000, chunkBytes: 256))
        #expect(try reader.nextTapeEvent() != nil)
        #expect(try reader.nextTapeEvent() == nil)
        #expect(reader.issues.count(of: "line-too-long") == 1)
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func randomBytesNeverCrash(seed: UInt64) throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        var generator = SeededRandom(seed: seed)
        var bytes = Array(Self.header.utf8)
        for _ in 0..<200_000 {
            let roll = generator.next() % 100
            if roll < 3 { bytes.append(0x0A) } else if roll < 10 { bytes.append(UInt8(ascii: ",")) } else {
                bytes.append(UInt8(truncatingIfNeeded: generator.next()))
            }
        }
        let path = directory.write(bytes: bytes, to: "random.csv")
        for format in [TapeFormat?.none, .nativeJSONL, .binanceKline, .deribitOptionSnapshot] {
            guard let reader = try? TapeFileReader(path: path, format: format, options: TapeReaderOptions(lineLimitBytes: 2048, symbolOverride: "X")) else { continue }
            var count = 0
            while let event = try reader.nextTapeEvent() {
                #expect(SymbolValidation.isValid(event.symbol))
                count += 1
            }
            #expect(count + reader.issues.totalSkipped > 0)
        }
    }

    @Test func jsonlEscapedControlCharacterSymbolRejected() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let text = "{\"t\":1,\"s\":\"BTC\\u001b[31m\",\"mark\":5}\n{\"t\":2,\"s\":\"BTC\u{1b}\",\"mark\":5}\n{\"t\":3,\"s\":\"OK\",\"mark\":[1]}\n"
        let path = directory.write(text, to: "bad.jsonl")
        let reader = try TapeFileReader(path: path)
        #expect(try reader.nextTapeEvent() == nil)
        #expect(reader.issues.count(of: "invalid-symbol") == 1)
        #expect(reader.issues.count(of: "invalid-json") == 1)        // raw ESC inside a JSON string
        #expect(reader.issues.count(of: "unparseable-number") == 1)  // "mark":[1]
    }

    @Test func unopenableAndUnknownFiles() throws {
        #expect(throws: TapeError.self) { try TapeFileReader(path: "/nonexistent/tape.csv") }
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.write("what,is,this\n1,2,3\n", to: "odd.csv")
        #expect(throws: TapeError(filePath: path, lineNumber: 1, issue: .unrecognizedHeader("what,is,this"))) {
            try TapeFileReader(path: path)
        }
    }

    /// Labels and messages built from tape data go through the engine's one display rule
    /// (`sanitizedForDisplay`, tested in MarginEngineTests).
    @Test func labelsAndMessagesAreDisplaySafe() {
        #expect(FileTailSource(path: "/tmp/x\u{1b}]0;t\u{07}.csv").label == "tail /tmp/x?.csv")
        let error = TapeError(filePath: "t\u{1b}[2J.csv", lineNumber: 3, issue: .invalidSymbol(sanitized: "BTC?"))
        #expect(error.description == "t?.csv:3: invalid symbol \"BTC?\"")
    }
}

import MarginEngine
import Testing
@testable import MarketData

/// Timestamps outside 1970-01-01 … 2200-01-01 are data errors naming file and line, never traps
/// (issue 9: −5 then Int64.max trapped in ModeReplay; Int64.min + 1 trapped in iso8601Micros).
@Suite("Tape timestamp range")
struct TapeTimestampRangeTests {
    static let header = NativeTapeSpec.csvHeader + "\n"

    @Test func negativeThenMaximumAreBothRejectedWithTheirLines() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.write(Self.header + "-5,BTC-PERPETUAL,95000,,,,,,\n9223372036854775807,BTC-PERPETUAL,95000,,,,,,\n"
                                   + "1767614400000000,BTC-PERPETUAL,95000,,,,,,\n", to: "t.csv")
        let reader = try TapeFileReader(path: path)
        var events: [PriceEvent] = []
        while let event = try reader.nextTapeEvent() { events.append(event) }
        #expect(events.map(\.timestampMicros) == [1_767_614_400_000_000])
        #expect(reader.issues.count(of: "timestamp-out-of-range") == 2)
        #expect(reader.issues.firstErrors.map(\.lineNumber) == [2, 3])
        #expect(reader.issues.firstErrors.first?.description.contains("t.csv:2: timestamp -5 µs is outside 1970-01-01") == true)
    }

    @Test func strictModeNamesFileAndLine() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.write(Self.header + "-9223372036854775807,BTC-PERPETUAL,95000,,,,,,\n", to: "min.csv")
        do {
            _ = try TapeFileReader.readAll(path: path, options: TapeReaderOptions(mode: .strict))
            Issue.record("expected a timestamp error")
        } catch {
            #expect(error.lineNumber == 2)
            #expect(error.issue == .timestampOutOfRange(micros: -9_223_372_036_854_775_807))
        }
    }

    @Test func jsonlTimestampsAreBoundedToo() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.write("{\"t\":7258118400000001,\"s\":\"BTC-PERPETUAL\",\"mark\":1}\n"
                                   + "{\"t\":7258118400000000,\"s\":\"BTC-PERPETUAL\",\"mark\":1}\n", to: "t.jsonl")
        let reader = try TapeFileReader(path: path)
        var events: [PriceEvent] = []
        while let event = try reader.nextTapeEvent() { events.append(event) }
        #expect(events.map(\.timestampMicros) == [TapeTimeRange.latestMicros])
        #expect(reader.issues.firstErrors.map(\.lineNumber) == [1])
    }

    @Test func rangeEnds() {
        #expect(TapeTimeRange.latestMicros == 7_258_118_400_000_000)
        #expect(TapeTimeRange.contains(0) && !TapeTimeRange.contains(-1))
        #expect(!TapeTimeRange.contains(TapeTimeRange.latestMicros + 1))
    }

    @Test func formattingAnyInt64DoesNotTrap() {
        #expect(UTCTime.iso8601Micros(-9_223_372_036_854_775_807).hasSuffix(".224193Z"))
        #expect(UTCTime.iso8601(Int64.min).hasSuffix("Z"))
        #expect(UTCTime.iso8601Micros(Int64.max).hasSuffix(".775807Z"))
        #expect(UTCTime.iso8601Micros(-1) == "1969-12-31T23:59:59.999999Z")
        #expect(UTCTime.iso8601Micros(1_767_614_400_000_001) == "2026-01-05T12:00:00.000001Z")
        #expect(UTCTime.yearsBetween(Int64.min, Int64.max).isFinite)
    }
}

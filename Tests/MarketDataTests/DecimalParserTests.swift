import MarginEngine
import Testing
@testable import MarketData

@Suite("Byte-level number parsing")
struct DecimalParserTests {
    func parse(_ text: String) -> Double? {
        var bytes = Array(text.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { DecimalParser.parseDouble(ByteSpan(start: $0, count: buffer.count - 1)) }
        }
    }

    @Test(arguments: ["0", "1", "-1", "65000.5", "0.1", "0.30000000000000004", "1e-05", "9.961e-05", "1.5E+3",
                      "123456789012345678901234567890", "4.9e-324", "1.7976931348623157e308", "0.000000000000000000001234",
                      "17153.30", "+2.5", "1.", "3179.18", "0.6406999999999999", "2.2250738585072014e-308"])
    func matchesStandardLibrary(text: String) {
        #expect(parse(text) == Double(text))
    }

    @Test func randomShortestReprsRoundTrip() {
        var generator = SeededRandom(seed: 1)
        for _ in 0..<20_000 {
            let value = Double(bitPattern: generator.next() >> 2)  // positive finite
            let scaled = [value, generator.unitInterval() * 100_000, (generator.unitInterval() * 1e6).rounded() / 100][Int(generator.next() % 3)]
            #expect(parse(scaled.description) == scaled)
        }
    }

    @Test(arguments: ["", "-", ".", "abc", "1e", "1.2.3", "12a", "--1", "1e+"])
    func rejectsGarbage(text: String) {
        #expect(parse(text) == nil)
    }

    @Test func specialValuesGoThroughTheFallback() {
        #expect(parse("NaN")?.isNaN == true)
        #expect(parse("inf") == .infinity)
    }

    @Test func isoTimestamps() {
        func iso(_ text: String) -> Int64? {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { ISO8601Micros.parse(ByteSpan(start: $0, count: buffer.count)) }
            }
        }
        #expect(iso("1970-01-01T00:00:00Z") == 0)
        #expect(iso("2026-01-05T15:33:29.748387+00:00") == 1_767_627_209_748_387)
        #expect(iso("2026-01-05T17:33:29.5+02:00") == 1_767_627_209_500_000)
        #expect(iso("2024-02-29 00:00:00") == 1_709_164_800_000_000)
        #expect(iso("2026-13-05T15:33:29Z") == nil)
        #expect(iso("yesterday") == nil)
        #expect(deribitExpiryCode(daysSinceEpoch: ISO8601Micros.daysFromCivil(year: 2026, month: 3, day: 27)) == "27MAR26")
        #expect(deribitExpiryCode(daysSinceEpoch: ISO8601Micros.daysFromCivil(year: 2026, month: 1, day: 9)) == "9JAN26")
    }
}

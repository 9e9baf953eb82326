import MarginEngine
import Testing
@testable import MarketData

/// `DecimalParser.parseDouble` against the standard library's correctly rounded `Double(String)`
/// on many generated decimals: every result must be bit-for-bit the same (or both nil).
@Suite("Number parsing agrees with Double(String)")
struct DecimalParserRandomTests {
    func parse(_ text: String) -> Double? {
        var bytes = Array(text.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { DecimalParser.parseDouble(ByteSpan(start: $0, count: buffer.count - 1)) }
        }
    }

    func agrees(_ text: String) -> Bool {
        let ours = parse(text)
        let reference = Double(text)
        switch (ours, reference) {
        case (nil, nil): return true
        case let (ours?, reference?): return ours.bitPattern == reference.bitPattern || (ours.isNaN && reference.isNaN)
        default: return false
        }
    }

    func digits(_ count: Int, _ generator: inout SeededRandom) -> String {
        String((0..<count).map { _ in Character(Unicode.Scalar(UInt8(ascii: "0") + UInt8(generator.next() % 10))) })
    }

    /// Sign, integer digits (with leading zeros sometimes), fraction, exponent — lengths from 0
    /// to 40 digits, so both the fast path and the fallback are exercised.
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func randomDecimals(seed: UInt64) {
        var generator = SeededRandom(seed: seed)
        var failures: [String] = []
        for _ in 0..<50_000 {
            var text = ""
            switch generator.next() % 4 {
            case 0: text += "-"
            case 1: text += "+"
            default: break
            }
            if generator.next() % 5 == 0 { text += String(repeating: "0", count: Int(generator.next() % 4)) }
            let integerDigits = Int(generator.next() % 2 == 0 ? generator.next() % 8 : generator.next() % 30)
            text += digits(integerDigits, &generator)
            if generator.next() % 3 != 0 {
                text += "."
                text += digits(Int(generator.next() % 2 == 0 ? generator.next() % 9 : generator.next() % 30), &generator)
            }
            if generator.next() % 4 == 0 {
                text += generator.next() % 2 == 0 ? "e" : "E"
                switch generator.next() % 3 {
                case 0: text += "-"
                case 1: text += "+"
                default: break
                }
                text += String(Int(generator.next() % 2 == 0 ? generator.next() % 30 : generator.next() % 400))
            }
            if !agrees(text) { failures.append(text) }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    /// Prices as tapes print them: up to 8 integer digits, up to 10 decimals.
    @Test func randomPrices() {
        var generator = SeededRandom(seed: 99)
        var failures: [String] = []
        for _ in 0..<200_000 {
            let text = digits(Int(1 + generator.next() % 8), &generator) + "." + digits(Int(generator.next() % 11), &generator)
            if !agrees(text) { failures.append(text) }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    /// Shortest representations of random doubles of every magnitude.
    @Test func randomBitPatterns() {
        var generator = SeededRandom(seed: 7)
        var failures: [String] = []
        for _ in 0..<50_000 {
            let value = Double(bitPattern: generator.next() & ~(1 << 63))
            guard value.isFinite else { continue }
            for text in [value.description, "\(value)".replacingOccurrences(of: "e", with: "E")] where !agrees(text) {
                failures.append(text)
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    @Test(arguments: ["00000000000000000000000000000001.5", "0.00000000000000000000000000000000000000000000000001",
                      "9007199254740993", "9007199254740992.5", "900719925474099.35", "1e22", "1e23", "9.999999999999999e22",
                      "123456789012345678", "12345678901234567890", "0.1e-22", "1e-23", "1e308", "1e309", "-0", "-0.0",
                      "+0e5", "0e999999999999", "1e-999999999999", "1e999999999999", "4.9406564584124654e-324",
                      "2.4703282292062327e-324", "2.4703282292062328e-324", "179769313486231580793728971405301e276",
                      "0x10", "0x1p3", "1_0", " 1", "1 ", "1e+-5", "1.e5", ".5", "5.", ".e5", "e5", "1ee5", "1e5.0",
                      "nan", "NaN", "-nan", "inf", "-inf", "infinity", "Infinity", "+inf", "snan", "١٢", "１",
                      String(repeating: "1", count: 399), String(repeating: "1", count: 401), "1." + String(repeating: "0", count: 500)])
    func edgeCases(text: String) {
        if text.utf8.count > 400 {
            // Over-long fields are refused outright rather than handed to the fallback.
            #expect(parse(text) == nil)
        } else {
            #expect(agrees(text), "\(text)")
        }
    }
}

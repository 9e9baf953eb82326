import MarginEngine
import Testing
@testable import MarketData

/// `FastNumberScanner` may decline any number, but what it accepts must be exactly what
/// `DecimalParser` gives for the same bytes, and it must stop exactly where the number ends.
@Suite("One-pass number scanning")
struct FastNumberScannerTests {
    /// The scan of `text` followed by `,x` (a following field): value and end, or nil.
    func scan(_ text: String) -> (Double, Int)? {
        let bytes = Array((text + ",x").utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { FastNumberScanner.scanDouble($0, from: 0, limit: buffer.count) }
        }
    }

    func parse(_ text: String) -> Double? {
        let bytes = Array(text.utf8) + [0]
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { DecimalParser.parseDouble(ByteSpan(start: $0, count: buffer.count - 1)) }
        }
    }

    func check(_ text: String) -> Bool {
        guard let (value, end) = scan(text) else { return true }
        guard end == text.utf8.count, let reference = Double(text), let parsed = parse(text) else { return false }
        return value.bitPattern == reference.bitPattern && value.bitPattern == parsed.bitPattern
    }

    @Test(arguments: ["0", "1", "-1", "+1", "65000.5", "0.1", "0.000123", "00.5", ".5", "5.", "1e5", "1E-5", "1.5e+3",
                      "-0", "-0.0", "0e999", "900719925474099", "0.900719925474099", "9007199254740992", "1e22", "1e-22", "3199.58", "0.7342"])
    func acceptedValuesMatch(text: String) {
        #expect(scan(text) != nil, "\(text) should take the fast path")
        #expect(check(text), "\(text)")
    }

    @Test(arguments: ["", "+", "-", ".", "e5", "1e", "1e+", "1234567890123456789", "0.1234567890123456789", "1e23",
                      "1e-23", "nan", "inf", "９", "9007199254740993.5", "9007199254740993", "123456789012345678"])
    func declinedOrExact(text: String) {
        #expect(check(text), "\(text)")
        if ["", "+", "-", ".", "e5", "1e", "1e+", "1234567890123456789", "0.1234567890123456789", "nan", "inf", "９"].contains(text) {
            #expect(scan(text) == nil, "\(text) must be declined")
        }
    }

    @Test func stopsAtTheNextByte() {
        #expect(scan("12.5")?.1 == 4)
        let bytes = Array("7.25 ,".utf8)
        let end = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { FastNumberScanner.scanDouble($0, from: 0, limit: buffer.count)?.end }
        }
        #expect(end == 4)
    }

    @Test func randomDecimals() {
        var generator = SeededRandom(seed: 11)
        var failures: [String] = []
        func digits(_ count: Int) -> String {
            String((0..<count).map { _ in Character(Unicode.Scalar(UInt8(ascii: "0") + UInt8(generator.next() % 10))) })
        }
        for _ in 0..<200_000 {
            var text = ["", "-", "+", ""][Int(generator.next() % 4)]
            text += String(repeating: "0", count: Int(generator.next() % 3))
            text += digits(Int(generator.next() % 14))
            if generator.next() % 4 != 0 { text += "." + digits(Int(generator.next() % 14)) }
            if generator.next() % 6 == 0 { text += (generator.next() % 2 == 0 ? "e" : "E-") + String(generator.next() % 30) }
            if !check(text) { failures.append(text) }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    @Test func timestamps() {
        func int(_ text: String) -> (Int64, Int)? {
            let bytes = Array((text + ",").utf8)
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { FastNumberScanner.scanInt64($0, from: 0, limit: buffer.count) }
            }
        }
        #expect(int("1767627209000000")! == (1_767_627_209_000_000, 16))
        #expect(int("999999999999999999")! == (999_999_999_999_999_999, 18))
        #expect(int("1234567890123456789") == nil)  // 19 digits: the general parser decides
        #expect(int("-5") == nil)
        #expect(int("") == nil)
    }

    /// The eight-bytes-at-a-time paths give the byte loops' value and end for every number
    /// placed at every offset of a buffer and cut at every limit — so the shifted last-word
    /// loads near `limit` and the one-to-eight-digit conversions are all covered.
    @Test func wordPathsEqualTheByteLoops() {
        var generator = SeededRandom(seed: 21)
        func digits(_ count: Int) -> String {
            String((0..<count).map { _ in Character(Unicode.Scalar(UInt8(ascii: "0") + UInt8(generator.next() % 10))) })
        }
        var failures: [String] = []
        for _ in 0..<20_000 {
            var text = digits(Int(generator.next() % 10))
            if generator.next() % 3 != 0 { text += "." + digits(Int(generator.next() % 10)) }
            if generator.next() % 8 == 0 { text += "e" + digits(1) }
            let padding = Int(generator.next() % 10)
            let tail = [",", "", "x", ".", "9"][Int(generator.next() % 5)]
            let bytes = Array((String(repeating: "7", count: padding) + text + tail).utf8)
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                for limit in padding...buffer.count {
                    let fast = FastNumberScanner.scanDouble(base, from: padding, limit: limit)
                    let slow = FastNumberScanner.scanDoubleByteByByte(base, from: padding, limit: limit)
                    if fast?.value.bitPattern != slow?.value.bitPattern || fast?.end != slow?.end {
                        failures.append("double \(text)\(tail) at \(padding) limit \(limit)")
                    }
                    let integer = FastNumberScanner.scanInt64(base, from: padding, limit: limit)
                    let integerSlow = FastNumberScanner.scanInt64ByteByByte(base, from: padding, limit: limit)
                    if integer?.value != integerSlow?.value || integer?.end != integerSlow?.end {
                        failures.append("int \(text)\(tail) at \(padding) limit \(limit)")
                    }
                }
            }
        }
        let failureCount = failures.count
        #expect(failureCount == 0, "\(failures.prefix(5))")
    }

    /// Hand-worked digit counts and values of single words (byte 0 = the first character).
    @Test func wordArithmetic() {
        func word(_ text: String) -> UInt64 {
            Array(text.utf8).enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
        }
        #expect(FastNumberScanner.leadingDigitCount(word("93640.28")) == 5)
        #expect(FastNumberScanner.leadingDigitCount(word("12345678")) == 8)
        #expect(FastNumberScanner.leadingDigitCount(word(",1234567")) == 0)
        #expect(FastNumberScanner.leadingDigitCount(word("9:/09\u{0}ab")) == 1)  // ':' and '/' border the digits
        #expect(FastNumberScanner.digitsValue(word("93640.28"), count: 5) == 93_640)
        #expect(FastNumberScanner.digitsValue(word("12345678"), count: 8) == 12_345_678)
        #expect(FastNumberScanner.digitsValue(word("07,xxxxx"), count: 2) == 7)
        #expect(FastNumberScanner.digitsValue(word("9"), count: 0) == 0)
    }
}

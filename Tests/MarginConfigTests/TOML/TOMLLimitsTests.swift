import Foundation
import Testing
@testable import MarginConfig
import MarginEngine

/// Inputs built to exhaust the stack or the clock: deep nesting is refused at the limit, large
/// flat inputs read in linear time, arbitrary bytes are rejected without trapping.
struct TOMLLimitsTests {
    @Test func deepArraysAreRefusedNotOverflowed() throws {
        let text = "a = " + String(repeating: "[", count: 200_000)
        #expect(throws: TOMLParseError.self) { try TOMLDocument.parse(text) }
        let limit = TOMLParser.maxDepth
        let atLimit = "a = " + String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(throws: Never.self) { try TOMLDocument.parse(atLimit) }
        let overLimit = "a = " + String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        #expect(throws: TOMLParseError(line: 1, column: 5 + limit, message: "values nested more than \(limit) deep")) {
            try TOMLDocument.parse(overLimit)
        }
    }

    @Test func deepInlineTablesAndDottedKeysAreRefused() throws {
        #expect(throws: TOMLParseError.self) { try TOMLDocument.parse("a = " + String(repeating: "{a=", count: 100_000)) }
        let longKey = Array(repeating: "k", count: 100_000).joined(separator: ".")
        #expect(throws: TOMLParseError.self) { try TOMLDocument.parse(longKey + " = 1") }
        #expect(throws: TOMLParseError.self) { try TOMLDocument.parse("[" + longKey + "]") }
        #expect(throws: TOMLParseError.self) { try TOMLDocument.parse(String(repeating: "[", count: 100_000)) }
    }

    @Test func tablesNestedThroughHeaderAndDottedKeyStopAtTheLimit() throws {
        // Neither key has more than 128 parts, but together they nest 150 tables deep.
        let header = Array(repeating: "t", count: 100).joined(separator: ".")
        let key = Array(repeating: "k", count: 50).joined(separator: ".")
        let error = try #require(throws: TOMLParseError.self) { try TOMLDocument.parse("[\(header)]\n\(key) = 1\n") }
        #expect(error.line == 2 && error.column == 1 + 2 * (TOMLParser.maxDepth - 100))
        #expect(error.message == "tables nested more than \(TOMLParser.maxDepth) deep")
        let fits = Array(repeating: "k", count: TOMLParser.maxDepth - 100).joined(separator: ".")
        #expect(throws: Never.self) { try TOMLDocument.parse("[\(header)]\n\(fits) = 1\n") }
    }

    @Test func largeFlatInputsReadInLinearTime() throws {
        let count = 50_000
        var text = "big = [" + String(repeating: "1, ", count: count) + "]\n"
        for index in 0..<count { text += "[[rows]]\nk\(index % 7) = \(index)\ns = \"\(String(repeating: "x", count: 20))\"\n" }
        let start = ContinuousClock.now
        let table = try TOMLDocument.parse(text)
        let elapsed = ContinuousClock.now - start
        #expect(table["rows"]?.array?.count == count)
        #expect(table["big"]?.array?.count == count)
        #expect(elapsed < .seconds(20), "took \(elapsed)")
    }

    @Test func pathologicalRunsAreRejectedQuickly() throws {
        let start = ContinuousClock.now
        for text in ["a = \"\"\"" + String(repeating: "\"", count: 200_000),
                     "a = \"" + String(repeating: "\\", count: 200_001),
                     "a = \"\"\"" + String(repeating: "\\ \t ", count: 100_000),
                     "a = " + String(repeating: "1_", count: 100_000),
                     String(repeating: "a.", count: 100_000)] {
            #expect(throws: TOMLParseError.self) { try TOMLDocument.parse(text) }
        }
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    /// Seeded random bytes and random mutations of a valid document: errors, never a trap.
    @Test func randomBytesNeverTrap() {
        var generator = SeededRandom(seed: 13)
        let seed = Array(DemoPortfolio.toml.utf8)
        let alphabet = Array("[]{}=.,\"'\\#\n\r\t -+_:0123456789aeinftxobuzTZ".utf8) + [0x00, 0x7F, 0xC3, 0xA9, 0xFF]
        var rejected = 0
        for round in 0..<3_000 {
            var bytes = round % 2 == 0 ? seed : (0..<Int(generator.next() % 64)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            for _ in 0..<Int(generator.next() % 8) where !bytes.isEmpty {
                bytes[Int(generator.next() % UInt64(bytes.count))] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            if (try? TOMLDocument.parse(bytes: bytes)) == nil { rejected += 1 }
        }
        #expect(rejected > 0)
    }
}

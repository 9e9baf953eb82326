import Testing
@testable import Dashboard

@Suite struct SanitizerTests {
    @Test func plainASCIIPassesThrough() {
        #expect(TextSanitizer.sanitize("BTC-27MAR26-90000-C") == "BTC-27MAR26-90000-C")
    }

    @Test func removesCSIAndOSC() {
        #expect(TextSanitizer.sanitize("BTC\u{1b}[31m") == "BTC")
        #expect(TextSanitizer.sanitize("\u{1b}[1;31;4mETH\u{1b}[0m-PERP") == "ETH-PERP")
        #expect(TextSanitizer.sanitize("a\u{1b}]0;title\u{07}b") == "ab")
        #expect(TextSanitizer.sanitize("a\u{1b}]8;;http://x\u{1b}\\b") == "ab")
        #expect(TextSanitizer.sanitize("a\u{1b}Pdcs\u{1b}\\b") == "ab")
        #expect(TextSanitizer.sanitize("a\u{1b}cb") == "ab")        // RIS, two-byte sequence
        #expect(TextSanitizer.sanitize("a\u{1b}(Bb") == "ab")       // charset designation
        #expect(TextSanitizer.sanitize("trailing\u{1b}") == "trailing")
    }

    @Test func removesC1Controls() {
        #expect(TextSanitizer.sanitize("a\u{9b}2Jb") == "ab")       // 8-bit CSI and its parameters
        #expect(TextSanitizer.sanitize("a\u{9d}0;x\u{9c}b") == "ab") // 8-bit OSC … ST
        #expect(TextSanitizer.sanitize("a\u{85}\u{8d}b") == "ab")
    }

    @Test func removesC0AndDEL() {
        #expect(TextSanitizer.sanitize("a\u{0}b\u{7}c\u{8}d\u{7f}e") == "abcde")
        #expect(TextSanitizer.sanitize("a\tb\nc\rd") == "a b c d")
    }

    @Test func removesBidiOverrides() {
        #expect(TextSanitizer.sanitize("BTC\u{202e}LLAC") == "BTCLLAC")
        #expect(TextSanitizer.sanitize("\u{2066}x\u{2069}\u{200f}y\u{61c}") == "xy")
    }

    @Test func keepsOrdinaryUnicode() {
        #expect(TextSanitizer.sanitize("×60 ≥ 85% é 日本") == "×60 ≥ 85% é 日本")
    }
}

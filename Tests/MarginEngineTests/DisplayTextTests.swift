import Testing
import MarginEngine

/// `sanitizedForDisplay`: anything a terminal would act on becomes one `?` (a whole escape sequence
/// counts as one); everything printable passes unchanged.
struct DisplayTextTests {
    @Test func printableTextPassesThrough() {
        #expect("BTC-27MAR26-90000-C".sanitizedForDisplay == "BTC-27MAR26-90000-C")
        #expect("×60 ≥ 85% é 日本 币安人生 │█▏".sanitizedForDisplay == "×60 ≥ 85% é 日本 币安人生 │█▏")
        #expect("".sanitizedForDisplay == "")
    }

    @Test func escapeSequenceBecomesOneMark() {
        #expect("BTC\u{1b}[31m".sanitizedForDisplay == "BTC?")
        #expect("\u{1b}[1;31;4mETH\u{1b}[0m-PERP".sanitizedForDisplay == "?ETH?-PERP")
        #expect("a\u{1b}[?25lb".sanitizedForDisplay == "a?b")                 // private parameter bytes
        #expect("a\u{1b}]0;title\u{07}b".sanitizedForDisplay == "a?b")        // OSC … BEL
        #expect("a\u{1b}]8;;http://x\u{1b}\\b".sanitizedForDisplay == "a?b")  // OSC … ST (ESC \)
        #expect("a\u{1b}]52;c;aGk=\u{9c}b".sanitizedForDisplay == "a?b")      // OSC … 8-bit ST
        #expect("a\u{1b}Pdcs\u{1b}\\b".sanitizedForDisplay == "a?b")          // DCS
        #expect("a\u{1b}_apc\u{1b}\\b".sanitizedForDisplay == "a?b")          // APC
        #expect("a\u{1b}cb".sanitizedForDisplay == "a?b")                     // RIS, two-byte sequence
        #expect("a\u{1b}(Bb".sanitizedForDisplay == "a?b")                    // charset designation
        #expect("a\u{1b}#8b".sanitizedForDisplay == "a?b")                    // DECALN
    }

    @Test func eightBitIntroducersTakeTheirBodies() {
        #expect("a\u{9b}2Jb".sanitizedForDisplay == "a?b")         // 8-bit CSI and its parameters
        #expect("a\u{9d}0;x\u{9c}b".sanitizedForDisplay == "a?b")  // 8-bit OSC … ST
        #expect("a\u{90}q\u{9c}b".sanitizedForDisplay == "a?b")    // 8-bit DCS
    }

    @Test func malformedOrUnterminatedSequences() {
        #expect("trailing\u{1b}".sanitizedForDisplay == "trailing?")
        #expect("a\u{1b}[".sanitizedForDisplay == "a?")
        #expect("a\u{1b}]0;never ends".sanitizedForDisplay == "a?")       // swallowed, as a terminal would
        #expect("a\u{1b}\u{1b}[2Jb".sanitizedForDisplay == "a??b")        // lone ESC, then a CSI
        #expect("a\u{1b}]0;x\u{1b}[31mb".sanitizedForDisplay == "a??b")   // ESC cancels the OSC, starts a CSI
        #expect("a\u{1b}[3é".sanitizedForDisplay == "a?é")                // é cannot be in a CSI: kept
        #expect("a\u{1b}é".sanitizedForDisplay == "a?é")
    }

    @Test func controlsEachBecomeOneMark() {
        #expect("a\u{0}b\u{7}c\u{8}d\u{7f}e".sanitizedForDisplay == "a?b?c?d?e")
        #expect("a\tb\nc\rd".sanitizedForDisplay == "a?b?c?d")
        #expect("a\u{85}\u{8d}b".sanitizedForDisplay == "a??b")   // C1 NEL, RI
        #expect("a\u{2028}b\u{2029}c".sanitizedForDisplay == "a?b?c")
    }

    @Test func bidiFormattingAndReplacementCharacter() {
        #expect("BTC\u{202e}LLAC".sanitizedForDisplay == "BTC?LLAC")
        #expect("\u{2066}x\u{2069}\u{200f}y\u{61c}".sanitizedForDisplay == "?x??y?")
        #expect(String(decoding: [0x42, 0xFF, 0x43], as: UTF8.self).sanitizedForDisplay == "B?C")   // invalid UTF-8
    }

    /// The hostile symbol the dashboard snapshot uses.
    @Test func hostileSymbol() {
        let hostile = "BTC\u{1b}[31m\u{1b}]0;pwned\u{07}-\u{202e}LIAM\u{9b}2J\u{0}X"
        #expect(hostile.sanitizedForDisplay == "BTC??-?LIAM??X")
    }
}

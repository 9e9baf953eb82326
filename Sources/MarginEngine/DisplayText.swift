extension String {
    /// A copy that is safe to print on a terminal: it can neither drive the terminal nor change how
    /// the text around it looks. The one rule, used by every front end (the dashboard's `Screen`, CLI
    /// messages, tape-issue reports):
    ///
    /// **Anything a terminal would act on instead of print becomes one `?`**:
    /// - a whole escape sequence, as ECMA-48 delimits it — `ESC [` … final byte (CSI), `ESC ]` / `ESC P`
    ///   / `ESC X` / `ESC ^` / `ESC _` … up to BEL or ST (OSC, DCS, SOS, PM, APC strings), any other
    ///   `ESC` with its intermediate and final bytes (`ESC c`, `ESC ( B`), and the 8-bit forms
    ///   (U+009B CSI, U+009D OSC, U+0090 DCS, U+0098 SOS, U+009E PM, U+009F APC) with their bodies;
    /// - every other C0 control (U+0000–U+001F, tab and newline included), DEL (U+007F) and C1 control
    ///   (U+0080–U+009F);
    /// - the bidirectional formatting characters that reorder what is shown (U+061C, U+200E, U+200F,
    ///   U+202A–U+202E, U+2066–U+2069) and the line/paragraph separators U+2028, U+2029;
    /// - U+FFFD, which is what invalid UTF-8 decodes to.
    ///
    /// Everything else (printable ASCII, accents, CJK, symbols such as `×` and `≥`) passes unchanged.
    ///
    /// Replaced rather than removed, so that a hostile symbol such as `"BTC\u{1b}[8m-PERP"` cannot pass
    /// for the real `BTC-PERP`: the `?` shows the text was tampered with. `?` rather than U+FFFD because
    /// it is ASCII: one column wide in every terminal and locale (U+FFFD has ambiguous East Asian width
    /// and does not exist in a non-UTF-8 locale), and it survives unchanged into CSV, JSON and logs.
    ///
    /// ```swift
    /// "BTC\u{1b}[31m-PERP".sanitizedForDisplay      // "BTC?-PERP"
    /// "a\u{1b}]0;title\u{07}b".sanitizedForDisplay  // "a?b"
    /// "BTC\u{202e}LLAC".sanitizedForDisplay         // "BTC?LLAC"
    /// "line 1\nline 2".sanitizedForDisplay          // "line 1?line 2"
    /// ```
    ///
    /// Complexity: O(n) in the number of Unicode scalars; text with nothing to replace is returned
    /// as is, without copying.
    public var sanitizedForDisplay: String {
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return self }
        let scalars = unicodeScalars
        guard scalars.contains(where: \.isUnsafeForDisplay) else { return self }
        var output = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar.isUnsafeForDisplay else {
                output.append(scalar)
                index = scalars.index(after: index)
                continue
            }
            output.append("?")
            index = DisplayControlSequence.end(of: scalars, at: index)
        }
        return String(output)
    }
}

extension Unicode.Scalar {
    /// Whether ``Swift/String/sanitizedForDisplay`` replaces this scalar (or the sequence it starts):
    /// C0 and C1 controls, DEL, bidi formatting characters, U+2028/U+2029 and U+FFFD. Tape symbol
    /// validation rejects a symbol containing any of them.
    ///
    ///     ("\u{1b}" as Unicode.Scalar).isUnsafeForDisplay   // true
    ///     ("é" as Unicode.Scalar).isUnsafeForDisplay        // false
    public var isUnsafeForDisplay: Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        case 0x2028, 0x2029, 0xFFFD: true
        default: false
        }
    }
}

/// Where a terminal control sequence ends (ECMA-48 §5), for ``Swift/String/sanitizedForDisplay``.
enum DisplayControlSequence {
    typealias Scalars = String.UnicodeScalarView

    /// The index just past the sequence that starts with the unsafe scalar at `start`: past the whole
    /// escape sequence for ESC and the 8-bit introducers, else past the one scalar. A malformed sequence
    /// ends before the first scalar that cannot belong to it, so that scalar is handled on its own.
    static func end(of scalars: Scalars, at start: Scalars.Index) -> Scalars.Index {
        let next = scalars.index(after: start)
        switch scalars[start].value {
        case 0x1B: return endOfEscape(scalars, from: next)
        case 0x9B: return endOfControlSequence(scalars, from: next)
        case 0x90, 0x98, 0x9D, 0x9E, 0x9F: return endOfControlString(scalars, from: next)
        default: return next
        }
    }

    /// After ESC: `[` starts a CSI; `]`, `P`, `X`, `^`, `_` a control string; otherwise intermediate
    /// bytes 0x20–0x2F and one final byte 0x30–0x7E (`ESC c`, `ESC 7`, `ESC ( B`).
    private static func endOfEscape(_ scalars: Scalars, from start: Scalars.Index) -> Scalars.Index {
        guard start < scalars.endIndex else { return start }
        let next = scalars.index(after: start)
        switch scalars[start] {
        case "[": return endOfControlSequence(scalars, from: next)
        case "]", "P", "X", "^", "_": return endOfControlString(scalars, from: next)
        default:
            var index = start
            while index < scalars.endIndex, (0x20...0x2F).contains(scalars[index].value) { index = scalars.index(after: index) }
            if index < scalars.endIndex, (0x30...0x7E).contains(scalars[index].value) { index = scalars.index(after: index) }
            return index
        }
    }

    /// CSI body: parameter and intermediate bytes 0x20–0x3F, then one final byte 0x40–0x7E.
    private static func endOfControlSequence(_ scalars: Scalars, from start: Scalars.Index) -> Scalars.Index {
        var index = start
        while index < scalars.endIndex, (0x20...0x3F).contains(scalars[index].value) { index = scalars.index(after: index) }
        if index < scalars.endIndex, (0x40...0x7E).contains(scalars[index].value) { index = scalars.index(after: index) }
        return index
    }

    /// OSC/DCS/SOS/PM/APC body: everything up to and including BEL, ST (U+009C) or `ESC \`. Another
    /// ESC cancels the string and starts a sequence of its own; unterminated, the string runs to the
    /// end of the text (a terminal would swallow it too).
    private static func endOfControlString(_ scalars: Scalars, from start: Scalars.Index) -> Scalars.Index {
        var index = start
        while index < scalars.endIndex {
            let value = scalars[index].value
            let next = scalars.index(after: index)
            if value == 0x07 || value == 0x9C { return next }
            if value == 0x1B {
                return next < scalars.endIndex && scalars[next] == "\\" ? scalars.index(after: next) : index
            }
            index = next
        }
        return index
    }
}

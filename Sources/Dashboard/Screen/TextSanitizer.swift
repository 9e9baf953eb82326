/// Makes untrusted text (symbols from a tape, file names, error messages) safe to put on a terminal.
///
/// Removes whole escape sequences (ESC-introduced CSI `ESC [ … final`, OSC `ESC ] … BEL/ST`, DCS/SOS/PM/APC
/// strings up to ST, and two-byte `ESC x`), 8-bit C1 controls (U+0080–U+009F, including CSI U+009B and
/// OSC U+009D with their parameters), other C0 controls and DEL, and bidirectional overrides/isolates
/// (U+200E/F, U+202A–U+202E, U+2066–U+2069, U+061C) that could reorder what the user sees.
/// Tabs, newlines and Unicode line separators become a single space.
///
///     TextSanitizer.sanitize("BTC\u{1b}[31m-PERP")  // "BTC-PERP"
public enum TextSanitizer {
    /// The sanitized text; printable ASCII passes through untouched (fast path).
    public static func sanitize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? scalars.next() {
            pending = nil
            switch scalar.value {
            case 0x1B:
                pending = skipEscape(&scalars)
            case 0x9B:
                skipControlSequence(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipString(&scalars)
            case 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x2028, 0x2029:
                output.append(" ")
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C:
                continue
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// After ESC: consumes the rest of the sequence. Returns a scalar read past the end that must be
    /// processed normally (for a lone ESC followed by ordinary text nothing is returned; the next
    /// character is swallowed as the sequence's final byte, as a terminal would).
    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        guard let next = scalars.next() else { return nil }
        switch next {
        case "[": skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_": skipString(&scalars)
        case "\u{1b}": return next
        default:
            // Two-byte sequence (ESC c, ESC 7, …); intermediates 0x20–0x2F take one more byte.
            if (0x20...0x2F).contains(next.value) { _ = scalars.next() }
        }
        return nil
    }

    /// CSI: parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, then one final byte 0x40–0x7E.
    private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            if (0x40...0x7E).contains(scalar.value) || !(0x20...0x3F).contains(scalar.value) { return }
        }
    }

    /// OSC/DCS/SOS/PM/APC: everything up to BEL, ST (U+009C) or ESC `\`.
    private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            if scalar.value == 0x07 || scalar.value == 0x9C { return }
            if scalar.value == 0x1B { _ = scalars.next(); return }
        }
    }
}

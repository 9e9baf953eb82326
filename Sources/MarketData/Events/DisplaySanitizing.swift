extension String {
    /// A copy safe to print on a terminal: every control character (C0, DEL, C1), every Unicode
    /// bidirectional override/isolate and every replacement character from invalid UTF-8 becomes
    /// `?`, so a symbol carrying `"\u{1b}[31m"` can never change the terminal's state.
    ///
    /// ```swift
    /// "BTC\u{1b}[31m".sanitizedForDisplay   // "BTC?[31m"
    /// ```
    public var sanitizedForDisplay: String {
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            result.append(scalar.isUnsafeForDisplay ? "?" : scalar)
        }
        return String(result)
    }
}

extension Unicode.Scalar {
    /// Control characters, bidi controls and U+FFFD (what invalid UTF-8 decodes to).
    var isUnsafeForDisplay: Bool {
        let v = value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F {
            return true
        }
        return v == 0xFFFD || (0x2028...0x2029).contains(v)
    }
}

/// Fast, allocation-free number parsing from ASCII bytes.
///
/// `parseDouble` handles `[+-]digits[.digits][(e|E)[+-]digits]` exactly with Clinger's fast path
/// (mantissa ≤ 2^53 and |decimal exponent| ≤ 22: one correctly rounded multiply or divide, so
/// the result equals the correctly rounded value). Anything else — more than 15–16 significant
/// digits, huge exponents, `NaN`, `inf` — falls back to the standard library's correctly rounded
/// `Double(_: String)`, which is locale-independent. Returns nil when the text is not a number.
enum DecimalParser {
    static func parseDouble(_ bytes: ByteSpan) -> Double? {
        let count = bytes.count
        if count == 0 { return nil }
        // The exact fast path is `FastNumberScanner`'s (one implementation for the one-pass row
        // decoder and for split fields); it must consume the whole field.
        if let (value, end) = FastNumberScanner.scanDouble(bytes.start, from: 0, limit: count), end == count {
            return value
        }
        return fallback(bytes)
    }

    private static func fallback(_ bytes: ByteSpan) -> Double? {
        if bytes.count > 400 { return nil }
        return Double(bytes.string())
    }

    /// Parses an optionally signed decimal integer; nil on overflow or any other character.
    static func parseInt64(_ bytes: ByteSpan) -> Int64? {
        let count = bytes.count
        if count == 0 { return nil }
        var position = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            position = 1
            if count == 1 { return nil }
        }
        var value: Int64 = 0
        while position < count {
            let digit = bytes[position] &- 0x30
            if digit > 9 { return nil }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int64(digit))
            if overflow1 || overflow2 { return nil }
            value = sum
            position += 1
        }
        return negative ? -value : value
    }
}

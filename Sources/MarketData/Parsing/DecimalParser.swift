/// Fast, allocation-free number parsing from ASCII bytes.
///
/// `parseDouble` handles `[+-]digits[.digits][(e|E)[+-]digits]` exactly with Clinger's fast path
/// (mantissa ≤ 2^53 and |decimal exponent| ≤ 22: one correctly rounded multiply or divide, so
/// the result equals the correctly rounded value). Anything else — more than 15–16 significant
/// digits, huge exponents, `NaN`, `inf` — falls back to the standard library's correctly rounded
/// `Double(_: String)`, which is locale-independent. Returns nil when the text is not a number.
enum DecimalParser {
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    static func parseDouble(_ bytes: ByteSpan) -> Double? {
        let count = bytes.count
        if count == 0 { return nil }
        var position = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            position = 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var digitCount = 0
        var decimalExponent = 0
        while position < count {
            let digit = bytes[position] &- 0x30
            if digit > 9 { break }
            if significantDigits < 19 {
                mantissa = mantissa &* 10 &+ UInt64(digit)
                if mantissa != 0 { significantDigits += 1 }
            } else {
                decimalExponent += 1
            }
            digitCount += 1
            position += 1
        }
        if position < count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            while position < count {
                let digit = bytes[position] &- 0x30
                if digit > 9 { break }
                if significantDigits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                    if mantissa != 0 { significantDigits += 1 }
                    decimalExponent -= 1
                }
                digitCount += 1
                position += 1
            }
        }
        if digitCount == 0 { return fallback(bytes) }
        if position < count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            var exponentNegative = false
            if position < count, bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+") {
                exponentNegative = bytes[position] == UInt8(ascii: "-")
                position += 1
            }
            var exponent = 0
            var exponentDigits = 0
            while position < count {
                let digit = bytes[position] &- 0x30
                if digit > 9 { break }
                if exponent < 100_000 { exponent = exponent * 10 + Int(digit) }
                exponentDigits += 1
                position += 1
            }
            if exponentDigits == 0 { return nil }
            decimalExponent += exponentNegative ? -exponent : exponent
        }
        if position != count { return fallback(bytes) }
        if significantDigits >= 19 || mantissa > (1 << 53) { return fallback(bytes) }
        var value = Double(mantissa)
        if decimalExponent == 0 || mantissa == 0 {
            // exact
        } else if decimalExponent > 0, decimalExponent <= 22 {
            value *= exactPowersOfTen[decimalExponent]
        } else if decimalExponent < 0, decimalExponent >= -22 {
            value /= exactPowersOfTen[-decimalExponent]
        } else {
            return fallback(bytes)
        }
        return negative ? -value : value
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

/// Scans a number at a position inside a line, stopping at the first byte that cannot continue
/// it — so a row decoder can parse a field and find its end in one pass. Only the exact, common
/// cases are accepted; anything else returns nil and the caller falls back to `DecimalParser`
/// on the split field, which then gives the same value or the same error (`DecimalParser`'s own
/// fast path is this scanner, so both readers share one implementation).
///
/// Memory safety: every read is `base[position]` with `position < limit` checked first; the
/// caller guarantees `base[0..<limit]` is readable.
enum FastNumberScanner {
    /// `[+-]digits[.digits][(e|E)[+-]digits]` with fewer than 19 significant digits, mantissa
    /// ≤ 2^53 and |decimal exponent| ≤ 22: the value is one correctly rounded multiply or divide
    /// (Clinger's fast path), correctly rounded — so equal to `Double(String)` for the same
    /// bytes. Returns the value and the index just past the number.
    @inline(__always)
    static func scanDouble(_ base: UnsafePointer<UInt8>, from start: Int, limit: Int) -> (value: Double, end: Int)? {
        var position = start
        guard position < limit else { return nil }
        var negative = false
        if base[position] == UInt8(ascii: "-") || base[position] == UInt8(ascii: "+") {
            negative = base[position] == UInt8(ascii: "-")
            position += 1
        }
        // Leading zeros are not significant; then up to 19 significant digits are accumulated
        // (< 10^19 < 2^64: `&*`/`&+` cannot wrap) and 19 or more send the number to the slow path.
        let integerStart = position
        while position < limit, base[position] == UInt8(ascii: "0") { position += 1 }
        var mantissa: UInt64 = 0
        var significantStart = position
        var stop = min(limit, position + 19)
        while position < stop {
            let digit = base[position] &- 0x30
            if digit > 9 { break }
            mantissa = mantissa &* 10 &+ UInt64(digit)
            position += 1
        }
        var significantDigits = position - significantStart
        var digitCount = position - integerStart
        var decimalExponent = 0
        if significantDigits < 19, position < limit, base[position] == UInt8(ascii: ".") {
            position += 1
            let fractionStart = position
            if mantissa == 0 {
                while position < limit, base[position] == UInt8(ascii: "0") { position += 1 }
            }
            significantStart = position
            stop = min(limit, position + 19 - significantDigits)
            while position < stop {
                let digit = base[position] &- 0x30
                if digit > 9 { break }
                mantissa = mantissa &* 10 &+ UInt64(digit)
                position += 1
            }
            significantDigits += position - significantStart
            digitCount += position - fractionStart
            decimalExponent = fractionStart - position
        }
        if significantDigits > 18 || digitCount == 0 { return nil }
        if position < limit, base[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            var exponentNegative = false
            if position < limit, base[position] == UInt8(ascii: "-") || base[position] == UInt8(ascii: "+") {
                exponentNegative = base[position] == UInt8(ascii: "-")
                position += 1
            }
            var exponent = 0
            var exponentDigits = 0
            while position < limit {
                let digit = base[position] &- 0x30
                if digit > 9 { break }
                if exponent < 100_000 { exponent = exponent * 10 + Int(digit) }
                exponentDigits += 1
                position += 1
            }
            if exponentDigits == 0 { return nil }
            decimalExponent += exponentNegative ? -exponent : exponent
        }
        if mantissa > (1 << 53) { return nil }
        var value = Double(mantissa)
        if decimalExponent == 0 || mantissa == 0 {
            // exact
        } else if decimalExponent > 0, decimalExponent <= 22 {
            value *= exactPowerOfTen(decimalExponent)
        } else if decimalExponent < 0, decimalExponent >= -22 {
            value /= exactPowerOfTen(-decimalExponent)
        } else {
            return nil
        }
        return (negative ? -value : value, position)
    }

    /// Unsigned decimal digits, at most 18 of them (< 10^18: no overflow possible), as an Int64;
    /// nil for a sign, no digits or more digits (the caller's general parser handles those).
    @inline(__always)
    static func scanInt64(_ base: UnsafePointer<UInt8>, from start: Int, limit: Int) -> (value: Int64, end: Int)? {
        var position = start
        var value: Int64 = 0
        while position < limit {
            let digit = base[position] &- 0x30
            if digit > 9 { break }
            if position - start == 18 { return nil }
            value = value &* 10 &+ Int64(digit)
            position += 1
        }
        return position > start ? (value, position) : nil
    }

    /// 10^exponent for 0…22, all exactly representable; a switch compiles to a constant table
    /// (no global array: no lazy-initialization check, no bounds check).
    @inline(__always)
    static func exactPowerOfTen(_ exponent: Int) -> Double {
        switch exponent {
        case 0: 1e0
        case 1: 1e1
        case 2: 1e2
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        case 15: 1e15
        case 16: 1e16
        case 17: 1e17
        case 18: 1e18
        case 19: 1e19
        case 20: 1e20
        case 21: 1e21
        default: 1e22
        }
    }
}

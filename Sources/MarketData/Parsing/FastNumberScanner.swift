/// Scans a number at a position inside a line, stopping at the first byte that cannot continue
/// it — so a row decoder can parse a field and find its end in one pass. Only the exact, common
/// cases are accepted; anything else returns nil and the caller falls back to `DecimalParser`
/// on the split field, which then gives the same value or the same error (`DecimalParser`'s own
/// fast path is this scanner, so both readers share one implementation).
///
/// The common shape — up to 7 integer digits, an optional point and up to 7 fraction digits, no
/// sign or exponent, as every tape price is — is read eight bytes at a time (`scanPlainDecimal`:
/// a word's digits found and converted with bit arithmetic, no loop per byte); every other number
/// goes byte by byte (`scanDoubleByteByByte`). Both give the same value and end, which a test checks.
///
/// Memory safety: every read is `base[position]` with `position < limit` checked first, or an
/// eight-byte load inside `base[0..<limit]` (`word(_:at:limit:)`); the caller guarantees
/// `base[0..<limit]` is readable.
enum FastNumberScanner {
    /// `[+-]digits[.digits][(e|E)[+-]digits]` with fewer than 19 significant digits, mantissa
    /// ≤ 2^53 and |decimal exponent| ≤ 22: the value is one correctly rounded multiply or divide
    /// (Clinger's fast path), correctly rounded — so equal to `Double(String)` for the same
    /// bytes. Returns the value and the index just past the number.
    @inline(__always)
    static func scanDouble(_ base: UnsafePointer<UInt8>, from start: Int, limit: Int) -> (value: Double, end: Int)? {
        if let plain = scanPlainDecimal(base, from: start, limit: limit) { return plain }
        return scanDoubleByteByByte(base, from: start, limit: limit)
    }

    /// `digits[.digits]` with 1…7 integer and 0…7 fraction digits, not followed by an exponent:
    /// the mantissa (< 10^14 < 2^53, exact) divided once by 10^(fraction digits), exactly as
    /// `scanDoubleByteByByte` computes it. nil for any other shape (that scan then decides).
    @inline(__always)
    static func scanPlainDecimal(_ base: UnsafePointer<UInt8>, from start: Int, limit: Int) -> (value: Double, end: Int)? {
        guard let integerWord = word(base, at: start, limit: limit) else { return nil }
        let integerDigits = leadingDigitCount(integerWord)
        guard integerDigits > 0, integerDigits < 8 else { return nil }
        var mantissa = digitsValue(integerWord, count: integerDigits)
        var position = start + integerDigits
        var fractionDigits = 0
        if position < limit, base[position] == UInt8(ascii: ".") {
            guard let fractionWord = word(base, at: position + 1, limit: limit) else { return nil }
            fractionDigits = leadingDigitCount(fractionWord)
            guard fractionDigits < 8 else { return nil }
            mantissa = mantissa &* exactIntegerPowerOfTen(fractionDigits) &+ digitsValue(fractionWord, count: fractionDigits)
            position += 1 + fractionDigits
        }
        if position < limit, base[position] | 0x20 == UInt8(ascii: "e") { return nil }
        let value = Double(mantissa)
        return (fractionDigits == 0 || mantissa == 0 ? value : value / exactPowerOfTen(fractionDigits), position)
    }

    /// The eight bytes `base[position..<position + 8]` as a little-endian word (byte k of the text
    /// in bits 8k…8k+7); when fewer than eight remain before `limit`, the last eight bytes of
    /// `base[0..<limit]` shifted down so `base[position]` is byte 0 and the bytes past `limit`
    /// read as 0 (not a digit). nil when `limit` < 8 and fewer than eight remain.
    @inline(__always)
    static func word(_ base: UnsafePointer<UInt8>, at position: Int, limit: Int) -> UInt64? {
        let raw = UnsafeRawPointer(base)
        let remaining = limit - position
        if remaining >= 8 { return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)) }
        guard limit >= 8, remaining > 0 else { return remaining == 0 ? 0 : nil }
        let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: limit - 8, as: UInt64.self))
        return last >> UInt64(8 * (8 - remaining))
    }

    /// How many of `word`'s bytes, from byte 0, are ASCII digits (0…8).
    @inline(__always)
    static func leadingDigitCount(_ word: UInt64) -> Int {
        // A byte is a digit when its high nibble is 3 and its low nibble is at most 9: the two
        // tests leave a nonzero byte exactly where a byte is not a digit (no carries between bytes).
        let highNibbleNotThree = (word & 0xF0F0_F0F0_F0F0_F0F0) ^ 0x3030_3030_3030_3030
        let lowNibbleOverNine = ((word & 0x0F0F_0F0F_0F0F_0F0F) &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0
        let notDigit = highNibbleNotThree | lowNibbleOverNine
        // Bit 7 of each nonzero byte (again no carries: 0x7F + 0x7F < 0x100).
        let marks = (((notDigit & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | notDigit) & 0x8080_8080_8080_8080
        return marks.trailingZeroBitCount / 8
    }

    /// The value of the first `count` (0…8) bytes of `word`, all ASCII digits, byte 0 the most
    /// significant: moved to the top of the word (the vacated low bytes are leading zeros), then
    /// combined pairwise — 2, 4, 8 digits — with three multiplies (Lemire, "Fast numerical
    /// parsing", parse_eight_digits_unrolled).
    @inline(__always)
    static func digitsValue(_ word: UInt64, count: Int) -> UInt64 {
        guard count > 0 else { return 0 }
        var value = (word & 0x0F0F_0F0F_0F0F_0F0F) << UInt64(8 * (8 - count))
        value = (value &* 2561) >> 8
        value = ((value & 0x00FF_00FF_00FF_00FF) &* 6_553_601) >> 16
        return ((value & 0x0000_FFFF_0000_FFFF) &* 42_949_672_960_001) >> 32
    }

    /// 10^exponent for 0…8 as an integer.
    @inline(__always)
    static func exactIntegerPowerOfTen(_ exponent: Int) -> UInt64 {
        switch exponent {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 4: 10_000
        case 5: 100_000
        case 6: 1_000_000
        case 7: 10_000_000
        default: 100_000_000
        }
    }

    /// `scanDouble` one byte at a time: every shape it accepts (signs, leading zeros, up to 18
    /// significant digits, exponents).
    static func scanDoubleByteByByte(_ base: UnsafePointer<UInt8>, from start: Int, limit: Int) -> (value: Double, end: Int)? {
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
    /// Eight digits at a time (`word`, `digitsValue`) when `limit` ≥ 8, else byte by byte.
    @inline(__always)
    static func scanInt64(_ base: UnsafePointer<UInt8>, from start: Int, limit: Int) -> (value: Int64, end: Int)? {
        var position = start
        var value: UInt64 = 0
        while let chunk = word(base, at: position, limit: limit) {
            let digits = leadingDigitCount(chunk)
            // More than 18 digits in all: declined, as the byte loop declines the 19th.
            guard position - start + digits <= 18 else { return nil }
            value = value &* exactIntegerPowerOfTen(digits) &+ digitsValue(chunk, count: digits)
            position += digits
            if digits < 8 { return position > start ? (Int64(value), position) : nil }
        }
        return scanInt64ByteByByte(base, from: start, limit: limit)
    }

    /// `scanInt64` one byte at a time.
    static func scanInt64ByteByByte(_ base: UnsafePointer<UInt8>, from start: Int, limit: Int) -> (value: Int64, end: Int)? {
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

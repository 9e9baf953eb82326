/// Integers (decimal, `0x`, `0o`, `0b`) and floats (`inf`, `nan`, fractions, exponents).
extension TOMLParser {
    /// Bytes that may belong to a number or date-time token.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    /// A number, date, time or date-time, told apart by the shape of the token.
    mutating func parseNumberOrDateTime() throws(TOMLParseError) -> TOMLValue {
        let start = position
        while let byte = peek(), Self.isTokenByte(byte) { position += 1 }
        var token = Array(bytes[start..<position])
        if token.count >= 5, token[4] == UInt8(ascii: "-"), token[0...3].allSatisfy(Self.isDigit) {
            // A date, maybe followed by " HH:MM…" (space as the date-time separator).
            if token.count == 10, peek() == 0x20, let next = peek(1), Self.isDigit(next), let second = peek(2),
               Self.isDigit(second), peek(3) == UInt8(ascii: ":") {
                token.append(0x20)
                position += 1
                let timeStart = position
                while let byte = peek(), Self.isTokenByte(byte) { position += 1 }
                token.append(contentsOf: bytes[timeStart..<position])
            }
            return try parseDateTime(token, at: start)
        }
        if token.count >= 3, token[2] == UInt8(ascii: ":"), Self.isDigit(token[0]) {
            return try parseLocalTime(token, at: start)
        }
        return try parseNumber(token, at: start)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Reads `digits` (with single underscores between digits) from `token[index...]`; returns the
    /// digit values and the index after them.
    func digitRun(_ token: [UInt8], from index: Int, at start: Int, radix: UInt8) throws(TOMLParseError) -> (digits: [UInt8], end: Int) {
        var digits: [UInt8] = []
        var index = index
        var lastWasDigit = false
        while index < token.count {
            let byte = token[index]
            if byte == UInt8(ascii: "_") {
                guard lastWasDigit, index + 1 < token.count, let next = Self.hexDigitValue(token[index + 1]), next < radix else {
                    throw error("an underscore in a number must stand between two digits", at: start + index)
                }
                lastWasDigit = false
            } else if let value = Self.hexDigitValue(byte), value < radix {
                digits.append(value)
                lastWasDigit = true
            } else {
                break
            }
            index += 1
        }
        guard !digits.isEmpty else { throw error("expected digits", at: start + index) }
        return (digits, index)
    }

    /// An integer or float token.
    func parseNumber(_ token: [UInt8], at start: Int) throws(TOMLParseError) -> TOMLValue {
        var index = 0
        var negative = false
        let hasSign = token.first == UInt8(ascii: "+") || token.first == UInt8(ascii: "-")
        if hasSign { negative = token[0] == UInt8(ascii: "-"); index = 1 }
        let body = token[index...]
        if body.elementsEqual("inf".utf8) { return .float(negative ? -Double.infinity : .infinity) }
        if body.elementsEqual("nan".utf8) { return .float(negative ? -Double.nan : .nan) }
        if body.count >= 2, body.first == UInt8(ascii: "0"), let letter = body.dropFirst().first,
           let radix: UInt8 = letter == UInt8(ascii: "x") ? 16 : letter == UInt8(ascii: "o") ? 8 : letter == UInt8(ascii: "b") ? 2 : nil {
            guard !hasSign else { throw error("hexadecimal, octal and binary integers cannot have a sign", at: start) }
            let run = try digitRun(token, from: index + 2, at: start, radix: radix)
            guard run.end == token.count else { throw error("invalid number", at: start + run.end) }
            return .integer(try accumulate(run.digits, radix: radix, negative: false, at: start))
        }
        let integer = try digitRun(token, from: index, at: start, radix: 10)
        if integer.digits.count > 1, integer.digits[0] == 0 {
            throw error("leading zeros are not allowed in a decimal number", at: start)
        }
        if integer.end == token.count {
            return .integer(try accumulate(integer.digits, radix: 10, negative: negative, at: start))
        }
        var end = integer.end
        if token[end] == UInt8(ascii: ".") {
            end = try digitRun(token, from: end + 1, at: start, radix: 10).end
        }
        if end < token.count, token[end] == UInt8(ascii: "e") || token[end] == UInt8(ascii: "E") {
            end += 1
            if end < token.count, token[end] == UInt8(ascii: "+") || token[end] == UInt8(ascii: "-") { end += 1 }
            end = try digitRun(token, from: end, at: start, radix: 10).end
        }
        guard end == token.count, end > integer.end else { throw error("invalid number", at: start + min(end, token.count)) }
        let text = String(decoding: token.lazy.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        guard let value = Double(text) else { throw error("invalid number", at: start) }
        return .float(value)
    }

    /// The integer of `digits` in `radix`, failing (not trapping) outside the 64-bit range.
    func accumulate(_ digits: [UInt8], radix: UInt8, negative: Bool, at start: Int) throws(TOMLParseError) -> Int {
        // Accumulated as a negative number so that Int.min is reachable.
        var value = 0
        for digit in digits {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: Int(radix))
            let (next, overflow2) = shifted.subtractingReportingOverflow(Int(digit))
            guard !overflow1, !overflow2 else { throw error("integer does not fit in 64 bits", at: start) }
            value = next
        }
        if negative { return value }
        let (positive, overflow) = (0).subtractingReportingOverflow(value)
        guard !overflow else { throw error("integer does not fit in 64 bits", at: start) }
        return positive
    }
}

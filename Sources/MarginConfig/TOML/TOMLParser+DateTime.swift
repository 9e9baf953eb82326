/// Offset and local date-times, local dates and local times (RFC 3339 shapes, TOML 1.0 rules:
/// seconds are required).
extension TOMLParser {
    /// `YYYY-MM-DD`, optionally followed by `T`/`t`/space and a time with optional offset.
    func parseDateTime(_ token: [UInt8], at start: Int) throws(TOMLParseError) -> TOMLValue {
        guard token.count >= 10, token[7] == UInt8(ascii: "-"),
              let year = number(token, 0, 4), let month = number(token, 5, 2), let day = number(token, 8, 2) else {
            throw error("invalid date (expected YYYY-MM-DD)", at: start)
        }
        guard month >= 1, month <= 12, day >= 1, day <= TOMLDate.daysIn(month: month, year: year) else {
            throw error("invalid date: no such day", at: start)
        }
        let date = TOMLDate(year: year, month: month, day: day)
        if token.count == 10 { return .date(date) }
        let separator = token[10]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == 0x20 else {
            throw error("invalid date-time", at: start + 10)
        }
        var index = 11
        let time = try parseTime(token, &index, at: start)
        if index == token.count { return .dateTime(TOMLDateTime(date: date, time: time, offsetMinutes: nil)) }
        let mark = token[index]
        var offset = 0
        if mark == UInt8(ascii: "Z") || mark == UInt8(ascii: "z") {
            index += 1
        } else if mark == UInt8(ascii: "+") || mark == UInt8(ascii: "-") {
            guard token.count - index >= 6, token[index + 3] == UInt8(ascii: ":"),
                  let hours = number(token, index + 1, 2), let minutes = number(token, index + 4, 2),
                  hours <= 23, minutes <= 59 else {
                throw error("invalid time offset (expected ±HH:MM)", at: start + index)
            }
            offset = (hours * 60 + minutes) * (mark == UInt8(ascii: "-") ? -1 : 1)
            index += 6
        } else {
            throw error("invalid date-time", at: start + index)
        }
        guard index == token.count else { throw error("invalid date-time", at: start + index) }
        return .dateTime(TOMLDateTime(date: date, time: time, offsetMinutes: offset))
    }

    /// A local time token `HH:MM:SS[.fraction]`.
    func parseLocalTime(_ token: [UInt8], at start: Int) throws(TOMLParseError) -> TOMLValue {
        var index = 0
        let time = try parseTime(token, &index, at: start)
        guard index == token.count else { throw error("invalid time", at: start + index) }
        return .time(time)
    }

    /// `HH:MM:SS[.fraction]` from `token[index...]`, advancing `index`.
    func parseTime(_ token: [UInt8], _ index: inout Int, at start: Int) throws(TOMLParseError) -> TOMLTime {
        guard token.count - index >= 8, token[index + 2] == UInt8(ascii: ":"), token[index + 5] == UInt8(ascii: ":"),
              let hour = number(token, index, 2), let minute = number(token, index + 3, 2),
              let second = number(token, index + 6, 2) else {
            throw error("invalid time (expected HH:MM:SS)", at: start + index)
        }
        guard hour <= 23, minute <= 59, second <= 60 else { throw error("invalid time: out of range", at: start + index) }
        index += 8
        var nanosecond = 0
        if index < token.count, token[index] == UInt8(ascii: ".") {
            index += 1
            var digits = 0
            while index < token.count, Self.isDigit(token[index]) {
                if digits < 9 { nanosecond = nanosecond * 10 + Int(token[index] - UInt8(ascii: "0")) }
                digits += 1
                index += 1
            }
            guard digits > 0 else { throw error("expected digits after the decimal point in a time", at: start + index) }
            for _ in digits..<max(digits, 9) { nanosecond *= 10 }
        }
        return TOMLTime(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
    }

    /// The decimal number of exactly `count` digits at `token[from...]`, or nil.
    func number(_ token: [UInt8], _ from: Int, _ count: Int) -> Int? {
        guard from >= 0, from + count <= token.count else { return nil }
        var value = 0
        for byte in token[from..<(from + count)] {
            guard Self.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

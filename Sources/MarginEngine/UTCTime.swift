/// Calendar arithmetic in UTC on microsecond timestamps, without Foundation or the clock.
///
/// Timestamps throughout xmargin are `Int64` microseconds since 1970-01-01T00:00:00Z.
public enum UTCTime {
    /// Microseconds in one day.
    public static let microsPerDay: Int64 = 86_400_000_000
    /// Microseconds in one ACT/365 year (365 days).
    public static let microsPerYear: Double = 365.0 * 86_400_000_000.0

    /// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The (year, month, day) of a day count since 1970-01-01 (Hinnant's `civil_from_days`).
    public static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Whether a day exists in the proleptic Gregorian calendar.
    public static func isValidDate(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let length = month == 2 && leap ? 29 : lengths[month - 1]
        return day <= length
    }

    /// Microsecond timestamp of a UTC date and time.
    public static func micros(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0,
                              second: Int = 0, microsecond: Int = 0) -> Int64 {
        let days = Int64(daysFromCivil(year: year, month: month, day: day))
        let seconds = Int64(hour * 3600 + minute * 60 + second)
        return days * microsPerDay + seconds * 1_000_000 + Int64(microsecond)
    }

    /// Year fraction (ACT/365) from `fromMicros` to `toMicros`; negative when `to` is earlier.
    public static func yearsBetween(_ fromMicros: Int64, _ toMicros: Int64) -> Double {
        // Each side converted first: exact below 2^53 µs (year 2255), and no overflow for any pair.
        (Double(toMicros) - Double(fromMicros)) / microsPerYear
    }

    /// Parses an ISO-8601 UTC timestamp: `2026-01-05`, `2026-01-05T15:33:29Z`,
    /// `2026-01-05T15:33:29.748387+00:00` or with a space instead of `T`. Offsets other than
    /// zero are applied. Returns nil when the text is not such a timestamp.
    public static func parseISO8601(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += count
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
              isValidDate(year: year, month: month, day: day) else { return nil }
        if index == bytes.count { return micros(year: year, month: month, day: day) }
        guard expect(84) || expect(32) || expect(116) else { return nil }
        guard let hour = number(2), hour < 24, expect(58), let minute = number(2), minute < 60 else { return nil }
        var second = 0
        var fraction = 0
        if expect(58) {
            guard let s = number(2), s < 61 else { return nil }
            second = s
            if expect(46) {
                var digits = 0
                while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                    if digits < 6 { fraction = fraction * 10 + Int(bytes[index] - 48) }
                    digits += 1
                    index += 1
                }
                guard digits > 0 else { return nil }
                for _ in digits..<max(digits, 6) { fraction *= 10 }
            }
        }
        var offsetSeconds = 0
        if index < bytes.count {
            if expect(90) || expect(122) {
                // Z
            } else if index < bytes.count, bytes[index] == 43 || bytes[index] == 45 {
                let sign = bytes[index] == 45 ? -1 : 1
                index += 1
                guard let oh = number(2) else { return nil }
                _ = expect(58)
                let om = number(2) ?? 0
                offsetSeconds = sign * (oh * 3600 + om * 60)
            } else {
                return nil
            }
        }
        guard index == bytes.count else { return nil }
        return micros(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                      microsecond: fraction) - Int64(offsetSeconds) * 1_000_000
    }

    /// Formats a timestamp as `2026-01-05T15:33:29Z` (seconds precision, UTC).
    public static func iso8601(_ micros: Int64) -> String {
        // Floor division without overflow, for any Int64 (years before 1970 read as such).
        var rest = micros % microsPerDay
        var days = micros / microsPerDay
        if rest < 0 {
            rest += microsPerDay
            days -= 1
        }
        let (y, m, d) = civilFromDays(Int(days))
        let seconds = Int(rest / 1_000_000)
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))Z"
    }
}

extension UTCTime {
    /// Like `iso8601(_:)`, with 6 fractional digits when the time is not a whole second.
    public static func iso8601Micros(_ micros: Int64) -> String {
        let fraction = ((micros % 1_000_000) + 1_000_000) % 1_000_000
        guard fraction != 0 else { return iso8601(micros) }
        let digits = String(fraction)
        // `iso8601` already rounds down to the second (no `micros - fraction`: it could overflow).
        return String(iso8601(micros).dropLast()) + "." + String(repeating: "0", count: 6 - digits.count) + digits + "Z"
    }
}

import MarginEngine
/// Parses ISO-8601 / RFC-3339 timestamps to microseconds since the Unix epoch, without Foundation:
/// `2026-01-05T15:33:29.748387+00:00`, `2026-01-05T15:33:29Z`, `2026-01-05 15:33:29.5`
/// (no zone = UTC). Fractions beyond microseconds are truncated.
enum ISO8601Micros {
    static func parse(_ bytes: ByteSpan) -> Int64? {
        let count = bytes.count
        guard count >= 19 else { return nil }
        func digits(_ from: Int, _ length: Int) -> Int? {
            var value = 0
            for offset in from..<(from + length) {
                let digit = bytes[offset] &- 0x30
                if digit > 9 { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = digits(0, 4), bytes[4] == UInt8(ascii: "-"),
              let month = digits(5, 2), bytes[7] == UInt8(ascii: "-"),
              let day = digits(8, 2), bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              let hour = digits(11, 2), bytes[13] == UInt8(ascii: ":"),
              let minute = digits(14, 2), bytes[16] == UInt8(ascii: ":"),
              let second = digits(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var position = 19
        var micros = 0
        if position < count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            var scale = 100_000
            let fractionStart = position
            while position < count, bytes[position] &- 0x30 <= 9 {
                micros += Int(bytes[position] &- 0x30) * scale
                scale /= 10
                position += 1
            }
            if position == fractionStart { return nil }
        }
        var offsetSeconds = 0
        if position < count {
            let sign = bytes[position]
            if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
                position += 1
            } else if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                guard count - position >= 6, let offsetHours = digits(position + 1, 2),
                      bytes[position + 3] == UInt8(ascii: ":"), let offsetMinutes = digits(position + 4, 2)
                else { return nil }
                offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == UInt8(ascii: "+") ? 1 : -1)
                position += 6
            }
        }
        guard position == count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second - offsetSeconds)
        return seconds * 1_000_000 + Int64(micros)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (the engine's calendar).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        UTCTime.daysFromCivil(year: year, month: month, day: day)
    }

    /// (year, month, day) of a day count since 1970-01-01.
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        UTCTime.civilFromDays(days)
    }
}

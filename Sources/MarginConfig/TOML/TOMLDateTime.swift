/// A TOML local date (`1979-05-27`), already checked to be a real calendar day.
public struct TOMLDate: Sendable, Equatable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days in `month` of `year` (proleptic Gregorian), 0 for a month outside 1…12.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        default: return 0
        }
    }
}

/// A TOML local time (`07:32:00.999`); fractions beyond nanoseconds are truncated.
public struct TOMLTime: Sendable, Equatable, Hashable {
    public var hour: Int
    public var minute: Int
    /// 0…60 (60 only for a leap second, as RFC 3339 allows).
    public var second: Int
    public var nanosecond: Int

    public init(hour: Int, minute: Int, second: Int, nanosecond: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.nanosecond = nanosecond
    }
}

/// A TOML date-time: offset (`1979-05-27T07:32:00-07:00`, `…Z`) or local (no offset).
public struct TOMLDateTime: Sendable, Equatable, Hashable {
    public var date: TOMLDate
    public var time: TOMLTime
    /// Minutes east of UTC (`Z` is 0); nil for a local date-time.
    public var offsetMinutes: Int?

    public init(date: TOMLDate, time: TOMLTime, offsetMinutes: Int?) {
        self.date = date
        self.time = time
        self.offsetMinutes = offsetMinutes
    }
}

import MarginEngine

/// Tape times for the dashboard (UTC, no Foundation): `14:03:21` when everything shown is on the
/// tape clock's day, `11-08 14:03:21` (month-day) when it is not — a month-long tape's alerts from
/// different days must not look alike.
///
///     let format = TapeTimeFormat(tapeMicros: now, times: events.map(\.timeMicros))
///     format.string(event.timeMicros)   // "11-08 14:03:21" if any event is not on now's day
public struct TapeTimeFormat: Sendable, Equatable {
    /// Whether times carry their month and day.
    public var showsDate: Bool

    public init(showsDate: Bool) { self.showsDate = showsDate }

    /// Dates are shown when any of `times` (µs UTC) falls on another UTC day than `tapeMicros`,
    /// the tape clock — then on every time, so a column of them stays aligned.
    public init(tapeMicros: Int64, times: [Int64]) {
        let today = Self.day(tapeMicros)
        showsDate = times.contains { Self.day($0) != today }
    }

    /// `HH:MM:SS`, or `MM-DD HH:MM:SS` when ``showsDate``.
    public func string(_ micros: Int64) -> String {
        let day = Self.day(micros)
        let seconds = Int((micros - day &* UTCTime.microsPerDay) / 1_000_000)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let time = "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
        guard showsDate else { return time }
        let date = UTCTime.civilFromDays(Int(day))
        return "\(two(date.month))-\(two(date.day)) " + time
    }

    /// Days since 1970-01-01 of a µs UTC timestamp (floor, so times before 1970 work too).
    static func day(_ micros: Int64) -> Int64 {
        let (quotient, remainder) = micros.quotientAndRemainder(dividingBy: UTCTime.microsPerDay)
        return remainder < 0 ? quotient - 1 : quotient
    }
}

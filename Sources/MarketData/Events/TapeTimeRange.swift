import MarginEngine

/// The timestamps a tape row may carry: 1970-01-01T00:00:00Z (0 µs) up to and including
/// 2200-01-01T00:00:00Z. Anything else is a data error (`TapeIssue.timestampOutOfRange`), so no
/// later arithmetic on tape times (clocks, replays, formatting) can overflow.
public enum TapeTimeRange {
    /// Earliest accepted timestamp, µs since the epoch (1970-01-01).
    public static let earliestMicros: Int64 = 0
    /// Latest accepted timestamp, µs since the epoch (2200-01-01: 84,006 days of 86,400 s).
    /// A literal, so the row path compares with a constant instead of a lazily initialized
    /// global; a test checks it against `UTCTime.micros(year: 2200, month: 1, day: 1)`.
    public static let latestMicros: Int64 = 7_258_118_400_000_000

    /// Whether `micros` lies in the range.
    public static func contains(_ micros: Int64) -> Bool { micros >= earliestMicros && micros <= latestMicros }
}

/// What the run loop polls for prices, whatever feeds them (replayed tape, simulator, tailed file).
///
/// The loop calls `poll(atWall:maximumCount:)` whenever it wakes, applies the events, then sleeps
/// until `nextWakeupWallMicros(atWall:)` (or until input / its own redraw cadence when nil).
/// Nothing here blocks or sleeps.
public protocol PriceSource {
    /// A short label for the header line (`"replay crash.csv"`, `"sim seed 42"`, `"tail feed.csv"`).
    var label: String { get }
    /// Events due at `wallMicros`, in order, at most `maximumCount`.
    mutating func poll(atWall wallMicros: Int64, maximumCount: Int) throws -> [PriceEvent]
    /// When to poll next, wall µs; nil = nothing scheduled (paused, finished, or a tail: poll at
    /// your own cadence).
    func nextWakeupWallMicros(atWall wallMicros: Int64) -> Int64?
    /// True when the source can produce no more events (tape finished). A tail never finishes.
    var isFinished: Bool { get }
    /// Rows skipped as bad data so far.
    var issues: TapeIssueLog { get }
}

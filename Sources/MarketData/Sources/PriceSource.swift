/// What the run loop polls for prices, whatever feeds them (replayed tape, simulator, tailed file).
///
/// The loop calls `poll(atWall:maximumCount:)` whenever it wakes, applies the events, then sleeps
/// until `nextWakeupWallMicros(atWall:)` (or until input / its own redraw cadence when nil).
/// Clock commands (pause, speed, step, seek) go through `apply(_:atWall:)`, so the loop never asks
/// which kind of feed it has (DESIGN §2). Nothing here blocks or sleeps.
public protocol PriceSource {
    /// A short label for the header line (`"replay crash.csv"`, `"sim seed 42"`, `"tail feed.csv"`).
    var label: String { get }
    /// Events due at `wallMicros`, in order, at most `maximumCount` — except that a run of events
    /// with one timestamp is never split across two polls (margin is evaluated once per instant).
    mutating func poll(atWall wallMicros: Int64, maximumCount: Int) throws -> [PriceEvent]
    /// When to poll next, wall µs; nil = nothing scheduled (paused, finished, or a tail: poll at
    /// your own cadence).
    func nextWakeupWallMicros(atWall wallMicros: Int64) -> Int64?
    /// True when the source can produce no more events (tape finished). A tail never finishes.
    var isFinished: Bool { get }
    /// Rows skipped as bad data so far.
    var issues: TapeIssueLog { get }
    /// The replay clock (speed, pause state, tape position); nil for a live feed that has none.
    var clock: ReplayClock? { get }
    /// How often to poll when `nextWakeupWallMicros` is nil and the source is live, µs (a tail:
    /// 250 ms); nil when there is nothing to poll for until a command arrives.
    var livePollIntervalMicros: Int64? { get }
    /// The next event not yet delivered, when the source knows it (replays and the simulator peek
    /// one ahead; a tail does not): the run loop lays it over the book's marks at the start.
    var nextEvent: PriceEvent? { get }
    /// Applies a clock command (a live feed without a clock ignores it).
    mutating func apply(_ command: ClockCommand, atWall wallMicros: Int64) throws
}

/// A command for a feed's replay clock, as the keys and scripts send it.
public enum ClockCommand: Sendable, Equatable {
    case togglePause
    case speedUp
    case speedDown
    /// Pause and release the next instant's events.
    case step
    /// Jump to a tape time, µs (backward only where the stream can rewind).
    case seek(tapeMicros: Int64)
}

/// Maps wall time to tape time for replays. A pure value: it never reads a clock — every method
/// takes the caller's current wall time (`wallMicros`, µs, any monotonic origin).
///
/// Model: tape time = `anchorTapeMicros` + (wall − `anchorWallMicros`) × speed while running, and
/// stays at `anchorTapeMicros` while paused. Every change (speed, pause, seek) re-anchors at the
/// current position, so tape time is continuous.
///
/// ```swift
/// var clock = ReplayClock(tapeStartMicros: t0, wallMicros: now, speed: .times(60))
/// let due = clock.dueTapeMicros(atWall: now + 1_000_000)   // t0 + 60 s
/// let wake = clock.wallMicros(whenTapeReaches: nextEventTime, atWall: now)  // sleep until then
/// ```
public struct ReplayClock: Sendable, Hashable {
    /// Tape time at the anchor, µs since epoch.
    public private(set) var anchorTapeMicros: Int64
    /// Wall time at the anchor, µs (caller's origin).
    public private(set) var anchorWallMicros: Int64
    public private(set) var speed: ReplaySpeed
    public private(set) var isPaused: Bool

    public init(tapeStartMicros: Int64, wallMicros: Int64, speed: ReplaySpeed = .times(1), paused: Bool = false) {
        anchorTapeMicros = tapeStartMicros
        anchorWallMicros = wallMicros
        self.speed = speed
        isPaused = paused
    }

    /// The tape position to display at `wallMicros` (for `.max`, the last noted position).
    public func tapeMicros(atWall wallMicros: Int64) -> Int64 {
        guard !isPaused, case .times(let multiplier) = speed else { return anchorTapeMicros }
        let (wallElapsed, overflow) = wallMicros.subtractingReportingOverflow(anchorWallMicros)
        let elapsed = Double(overflow ? Int64.max : max(0, wallElapsed)) * multiplier
        return anchorTapeMicros.addingClamped(elapsed)
    }

    /// Events with timestamp ≤ this are due at `wallMicros` (`Int64.max` at `.max` speed unless paused).
    public func dueTapeMicros(atWall wallMicros: Int64) -> Int64 {
        if !isPaused, case .max = speed { return Int64.max }
        return tapeMicros(atWall: wallMicros)
    }

    /// The wall time at which tape time reaches `tapeMicros`, for sleeping exactly until the next
    /// event: `wallMicros` itself if it is already due, nil while paused (wait for input instead).
    /// Rounded up so that at the returned instant the event is due.
    public func wallMicros(whenTapeReaches tapeMicros: Int64, atWall wallMicros: Int64) -> Int64? {
        if isPaused { return nil }
        guard case .times(let multiplier) = speed else { return wallMicros }
        let remainingTape = Double(tapeMicros) - Double(anchorTapeMicros)
        if remainingTape <= 0 { return wallMicros }
        let wallDelta = (remainingTape / multiplier).rounded(.up)
        var wake = anchorWallMicros.addingClamped(wallDelta)
        if wake < Int64.max, self.tapeMicros(atWall: wake) < tapeMicros { wake += 1 }
        return max(wake, wallMicros)
    }

    /// Changes speed without moving the tape position.
    public mutating func setSpeed(_ newSpeed: ReplaySpeed, atWall wallMicros: Int64) {
        reanchor(atWall: wallMicros)
        speed = newSpeed
    }

    /// One rung up the ladder.
    public mutating func speedUp(atWall wallMicros: Int64) { setSpeed(speed.faster, atWall: wallMicros) }

    /// One rung down the ladder.
    public mutating func speedDown(atWall wallMicros: Int64) { setSpeed(speed.slower, atWall: wallMicros) }

    public mutating func pause(atWall wallMicros: Int64) {
        guard !isPaused else { return }
        reanchor(atWall: wallMicros)
        isPaused = true
    }

    public mutating func resume(atWall wallMicros: Int64) {
        guard isPaused else { return }
        anchorWallMicros = wallMicros
        isPaused = false
    }

    public mutating func togglePause(atWall wallMicros: Int64) {
        if isPaused { resume(atWall: wallMicros) } else { pause(atWall: wallMicros) }
    }

    /// Jumps to `tapeMicros` (forward or back); keeps the paused state and speed.
    public mutating func seek(toTape tapeMicros: Int64, atWall wallMicros: Int64) {
        anchorTapeMicros = tapeMicros
        anchorWallMicros = wallMicros
    }

    /// Single step: pauses and moves the position to `tapeMicros` (the next event's time, supplied
    /// by the source), so exactly the events up to it become due.
    public mutating func step(toTape tapeMicros: Int64, atWall wallMicros: Int64) {
        isPaused = true
        anchorTapeMicros = max(anchorTapeMicros, tapeMicros)
        anchorWallMicros = wallMicros
    }

    /// Records that events up to `tapeMicros` were delivered (keeps the displayed position right
    /// at `.max` speed, where the clock itself does not advance).
    public mutating func noteDelivered(upToTape tapeMicros: Int64, atWall wallMicros: Int64) {
        guard case .max = speed, tapeMicros > anchorTapeMicros else { return }
        anchorTapeMicros = tapeMicros
        anchorWallMicros = wallMicros
    }

    private mutating func reanchor(atWall wallMicros: Int64) {
        anchorTapeMicros = tapeMicros(atWall: wallMicros)
        anchorWallMicros = wallMicros
    }
}

extension Int64 {
    /// `self + delta` rounded down, clamped to the Int64 range.
    func addingClamped(_ delta: Double) -> Int64 {
        guard delta.isFinite else { return delta > 0 ? Int64.max : (delta < 0 ? Int64.min : self) }
        let sum = Double(self) + delta.rounded(.down)
        if sum >= 9.2e18 { return Int64.max }
        if sum <= -9.2e18 { return Int64.min }
        if abs(delta) < 4.5e15 { return self &+ Int64(delta.rounded(.down)) }
        return Int64(sum)
    }
}

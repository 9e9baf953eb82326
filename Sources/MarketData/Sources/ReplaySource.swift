/// Paces any `PriceEventStream` (a tape reader, or the simulator) with a `ReplayClock`:
/// events are released when the clock's tape time reaches their timestamp.
///
/// ```swift
/// var replay = ReplaySource(stream: try TapeFileReader(path: "ftx.csv"), wallMicros: now, speed: .times(60))
/// let due = try replay.poll(atWall: now, maximumCount: 10_000)
/// ```
/// The clock is a public var: the UI pauses, steps, seeks and changes speed through the
/// methods here (which also handle stepping and seeking in the stream).
public struct ReplaySource<Stream: PriceEventStream>: PriceSource {
    public var replayClock: ReplayClock
    public private(set) var stream: Stream
    public let label: String
    private var lookahead: PriceEvent?
    private var exhausted = false
    /// Timestamp of the last delivered event, µs.
    public private(set) var lastDeliveredMicros: Int64?

    /// Peeks the first event to anchor the clock at its timestamp (or `startTapeMicros` if given).
    public init(stream: Stream, label: String = "replay", wallMicros: Int64, speed: ReplaySpeed = .times(1),
                startTapeMicros: Int64? = nil, paused: Bool = false) throws {
        self.stream = stream
        self.label = label
        lookahead = try self.stream.nextEvent()
        exhausted = lookahead == nil
        replayClock = ReplayClock(tapeStartMicros: startTapeMicros ?? lookahead?.timestampMicros ?? 0,
                            wallMicros: wallMicros, speed: speed, paused: paused)
    }

    public var isFinished: Bool { exhausted && lookahead == nil }

    public var issues: TapeIssueLog { (stream as? any TapeReader)?.issues ?? TapeIssueLog() }

    /// Timestamp of the next event not yet delivered.
    public var nextEventMicros: Int64? { lookahead?.timestampMicros }

    public var nextEvent: PriceEvent? { lookahead }

    public var clock: ReplayClock? { replayClock }

    public var livePollIntervalMicros: Int64? { nil }

    /// Due events, at most `maximumCount` but never splitting one timestamp's run. When the limit
    /// leaves due events behind at a paced speed, the clock is pulled back to the last delivered
    /// event: the consumer sets the pace, so no backlog builds and pause stops the tape at once.
    public mutating func poll(atWall wallMicros: Int64, maximumCount: Int) throws -> [PriceEvent] {
        let due = replayClock.dueTapeMicros(atWall: wallMicros)
        var events: [PriceEvent] = []
        if let next = lookahead, next.timestampMicros <= due { events.reserveCapacity(min(maximumCount, 4_096)) }
        while let next = lookahead, next.timestampMicros <= due,
              events.count < maximumCount || next.timestampMicros == lastDeliveredMicros {
            events.append(next)
            lastDeliveredMicros = next.timestampMicros
            try advance()
        }
        if let last = lastDeliveredMicros {
            replayClock.noteDelivered(upToTape: last, atWall: wallMicros)
            if let next = lookahead, next.timestampMicros <= due, case .times = replayClock.speed, !replayClock.isPaused {
                replayClock.seek(toTape: last, atWall: wallMicros)
            }
        }
        return events
    }

    public func nextWakeupWallMicros(atWall wallMicros: Int64) -> Int64? {
        guard let next = lookahead else { return nil }
        return replayClock.wallMicros(whenTapeReaches: next.timestampMicros, atWall: wallMicros)
    }

    public mutating func apply(_ command: ClockCommand, atWall wallMicros: Int64) throws {
        switch command {
        case .togglePause: replayClock.togglePause(atWall: wallMicros)
        case .speedUp: replayClock.speedUp(atWall: wallMicros)
        case .speedDown: replayClock.speedDown(atWall: wallMicros)
        case .step: step(atWall: wallMicros)
        case .seek(let tapeMicros): try seek(toTape: tapeMicros, atWall: wallMicros)
        }
    }

    /// Single step: pause and release the next event (and any others with the same timestamp).
    public mutating func step(atWall wallMicros: Int64) {
        guard let next = lookahead else { return }
        replayClock.step(toTape: next.timestampMicros, atWall: wallMicros)
    }

    /// Seeks to `tapeMicros`. Forward: events in between are dropped (they are not replayed).
    /// Backward: the stream is rewound when it supports it (tape files, the simulator), otherwise
    /// the position stays. Returns whether the seek happened.
    @discardableResult
    public mutating func seek(toTape tapeMicros: Int64, atWall wallMicros: Int64) throws -> Bool {
        if let last = lastDeliveredMicros, tapeMicros < last {
            guard var rewindable = stream as? any RewindablePriceEventStream else { return false }
            try rewindable.rewind()
            guard let rewound = rewindable as? Stream else { return false }
            stream = rewound
            exhausted = false
            lastDeliveredMicros = nil
            lookahead = try stream.nextEvent()
            exhausted = lookahead == nil
        }
        while let next = lookahead, next.timestampMicros < tapeMicros { try advance() }
        replayClock.seek(toTape: tapeMicros, atWall: wallMicros)
        return true
    }

    private mutating func advance() throws {
        lookahead = exhausted ? nil : try stream.nextEvent()
        if lookahead == nil { exhausted = true }
    }
}

/// A replayed tape file: `TapeReplaySource(stream: try TapeFileReader(path: p), wallMicros: now)`.
public typealias TapeReplaySource = ReplaySource<TapeFileReader>

/// The simulator paced by a replay clock (live demo at ×1, or `.max` for headless runs).
public typealias SimulatedSource = ReplaySource<Simulator>

import Foundation
import MarginEngine
import MarketData

/// Runs a `RiskSession` off the input path (DESIGN §2, "the UI never waits for the engine"): a
/// worker thread owns the feed and the session, applies clock commands as they arrive, works in
/// short budgeted slices (so pause stops the tape at once: the source's clock stops and at most
/// one slice finishes), and publishes snapshots; the UI only reads the latest one.
///
/// Coalescing: the UI sees the newest snapshot (older ones are dropped), the slow parts (levels,
/// portfolio detail, stress) are refreshed on a wall-time cadence, and the source pulls its clock
/// back when the engine cannot keep up, so no backlog builds. The worker sleeps on a condition
/// until the feed's next event, a command or the next refresh: no busy loop.
public final class LiveSession: @unchecked Sendable {
    /// Feed status shown beside a snapshot.
    public struct FeedStatus: Sendable, Equatable {
        public var label: String
        public var speed: String
        public var isPaused: Bool
        public var isFinished: Bool
        public var skippedRows: Int
        public var error: String?
    }

    private let condition = NSCondition()
    private var commands: [ClockCommand] = []
    private var stopping = false
    private var published: (snapshot: SessionSnapshot, feed: FeedStatus, version: Int)?
    private var thread: Thread?
    // Owned by the worker thread only after `start()`.
    private var session: RiskSession
    private var source: any PriceSource
    private let onEvents: @Sendable ([LiquidationEvent]) -> Void
    private let now: @Sendable () -> Int64

    /// Wall time between snapshots while events flow, µs.
    public var publishEveryMicros: Int64 = 50_000
    /// Wall time between refreshes of the slow parts (standard modes' liquidation levels, portfolio
    /// detail), µs; portfolio mode's levels and the stress scenarios refresh every fourth time.
    public var slowPartsEveryMicros: Int64 = 500_000
    /// Work per slice before commands are looked at again, µs.
    public var sliceMicros: Int64 = 10_000

    /// - Parameters: `onEvents` receives liquidation events on the worker (for the event log);
    ///   `now` is the wall clock in µs (monotonic).
    public init(session: RiskSession, source: any PriceSource, now: @escaping @Sendable () -> Int64,
                onEvents: @escaping @Sendable ([LiquidationEvent]) -> Void = { _ in }) {
        self.session = session
        self.source = source
        self.now = now
        self.onEvents = onEvents
        published = (session.snapshot([]), Self.status(source, error: nil), 0)
    }

    /// Starts the worker thread.
    public func start() {
        let worker = Thread { [self] in self.run() }
        worker.stackSize = 8 << 20
        worker.name = "xmargin-risk"
        thread = worker
        worker.start()
    }

    /// Queues a clock command (applied by the worker before its next slice).
    public func send(_ command: ClockCommand) {
        condition.lock()
        commands.append(command)
        condition.signal()
        condition.unlock()
    }

    /// Asks the worker to stop; returns at once (the worker finishes its slice and exits).
    public func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
    }

    /// The newest published snapshot, its feed status and a version that grows with each one.
    public func latest() -> (snapshot: SessionSnapshot, feed: FeedStatus, version: Int)? {
        condition.lock()
        defer { condition.unlock() }
        return published
    }

    static func status(_ source: any PriceSource, error: String?) -> FeedStatus {
        FeedStatus(label: source.label, speed: source.clock?.speed.description ?? "live",
                   isPaused: source.clock?.isPaused ?? false, isFinished: source.isFinished,
                   skippedRows: source.issues.totalSkipped, error: error)
    }

    private func run() {
        var lastSlow: Int64 = -(1 << 60)
        var lastStress: Int64 = -(1 << 60)
        var lastPublish: Int64 = -(1 << 60)
        var changed = true
        var feedError: String?
        var slowParts: SessionSnapshot?
        while true {
            condition.lock()
            let pending = commands
            commands.removeAll()
            let stop = stopping
            condition.unlock()
            if stop { return }
            var wall = now()
            for command in pending {
                do { try source.apply(command, atWall: wall) } catch { feedError = "\(error)" }
                changed = true
            }
            // One slice: poll and apply until the budget is spent or nothing more is due.
            let sliceEnd = wall + sliceMicros
            var applied = false
            while wall < sliceEnd {
                let batch: [PriceEvent]
                do { batch = try source.poll(atWall: wall, maximumCount: 256) } catch {
                    feedError = "\(error)"
                    break
                }
                if batch.isEmpty { break }
                do {
                    let produced = try session.ingest(batch)
                    if !produced.isEmpty { onEvents(produced) }
                } catch { feedError = "\(error)" }
                applied = true
                wall = now()
            }
            if applied { changed = true }
            wall = now()
            let slowDue = wall - lastSlow >= slowPartsEveryMicros
            if changed && (wall - lastPublish >= publishEveryMicros || !applied || !pending.isEmpty) {
                let stressDue = wall - lastStress >= 4 * slowPartsEveryMicros
                var snapshot = session.snapshot(slowDue ? (stressDue ? .all : [.levels, .portfolioDetail, .venues]) : [])
                if let slow = slowParts { snapshot.merge(slowPartsFrom: slow) }
                if slowDue {
                    slowParts = snapshot
                    lastSlow = now()
                    if stressDue { lastStress = lastSlow }
                }
                let feed = Self.status(source, error: feedError)
                condition.lock()
                published = (snapshot, feed, (published?.version ?? 0) + 1)
                condition.unlock()
                lastPublish = now()
                changed = !slowDue  // publish once more with fresh slow parts when they come due
            }
            if applied { continue }
            // Sleep until the next event, a command, or the slow refresh.
            var until = now() + 1_000_000
            if let next = source.nextWakeupWallMicros(atWall: now()) { until = min(until, next) }
            if let interval = source.livePollIntervalMicros { until = min(until, now() + interval) }
            if changed { until = min(until, lastSlow &+ slowPartsEveryMicros, lastPublish &+ publishEveryMicros) }
            let wait = until - now()
            if wait <= 0 { continue }
            condition.lock()
            if commands.isEmpty && !stopping {
                _ = condition.wait(until: Date(timeIntervalSinceNow: Double(wait) / 1e6))
            }
            condition.unlock()
        }
    }
}

extension SessionSnapshot {
    /// Keeps the slow parts of an earlier snapshot where this one has none (levels per mode,
    /// portfolio detail, stress): shown as of their last refresh rather than blank.
    mutating func merge(slowPartsFrom older: SessionSnapshot) {
        if portfolioDetail == nil { portfolioDetail = older.portfolioDetail }
        if stress == nil { stress = older.stress }
        if venues == nil { venues = older.venues }
        for index in modes.indices {
            guard let old = older.mode(modes[index].mode), old.positions.count == modes[index].positions.count else { continue }
            if modes[index].levels == nil { modes[index].levels = old.levels }
            for row in modes[index].positions.indices where !modes[index].positions[row].isClosed {
                let previous = old.positions[row]
                if modes[index].positions[row].liquidationPrice == nil, let price = previous.liquidationPrice {
                    modes[index].positions[row].setLiquidationPrice(price, side: previous.liquidationSide)
                }
                if modes[index].positions[row].esContributionUSD == nil {
                    modes[index].positions[row].esContributionUSD = previous.esContributionUSD
                    modes[index].positions[row].worstCasePnlUSD = previous.worstCasePnlUSD
                }
            }
        }
    }
}

/// Events decoded from a line but not yet handed out — a line of an exchange stream can carry
/// several — and whether lines are read that way at all. A first-in first-out queue over one
/// reused buffer. With one-event formats it is empty after the first line, and the reader's
/// per-event check is a single read (`needsAttention`).
struct PendingEvents {
    private var events: [PriceEvent] = []
    private var nextIndex = 0
    /// Lines are exchange-stream lines (any number of events each), read through the queue.
    var readsStreamLines = false

    /// Something for the queue path: a queued event, or a stream to read.
    var needsAttention: Bool { readsStreamLines || nextIndex < events.count }

    /// Events queued and not yet taken.
    var count: Int { events.count - nextIndex }

    /// The oldest event not yet taken, or nil.
    mutating func popFirst() -> PriceEvent? {
        guard nextIndex < events.count else { return nil }
        let event = events[nextIndex]
        nextIndex += 1
        if nextIndex == events.count {
            events.removeAll(keepingCapacity: true)
            nextIndex = 0
        }
        return event
    }

    mutating func append(contentsOf more: some Collection<PriceEvent>) { events.append(contentsOf: more) }

    /// Forgets the queued events (a rewind); the reading mode stays.
    mutating func removeAll() {
        events.removeAll(keepingCapacity: true)
        nextIndex = 0
    }
}

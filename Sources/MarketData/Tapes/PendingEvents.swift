/// Events decoded from a line but not yet handed out: a line of an exchange stream can carry
/// several. A first-in first-out queue over one reused buffer — with one-event formats it stays
/// empty and costs one comparison per event.
struct PendingEvents {
    private var events: [PriceEvent] = []
    private var nextIndex = 0

    var isEmpty: Bool { nextIndex >= events.count }

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

    /// Gives `body` the buffer to append to (events already queued stay first).
    mutating func append(_ body: (inout [PriceEvent]) -> Void) { body(&events) }

    mutating func removeAll() {
        events.removeAll(keepingCapacity: true)
        nextIndex = 0
    }
}

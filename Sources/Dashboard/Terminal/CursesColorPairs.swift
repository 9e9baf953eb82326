import CNcursesw

/// Allocates curses colour pairs on demand for (foreground, background) terminal colours,
/// up to `COLOR_PAIRS − 1`; when they run out, pair 0 (the terminal default) is used.
struct CursesColorPairs {
    private var pairs: [PairKey: Int32] = [:]
    private let limit: Int32

    struct PairKey: Hashable {
        let foreground: Int32
        let background: Int32
    }

    init() {
        limit = Int32(max(0, xm_color_pairs() - 1))
    }

    /// The pair number for these colours, creating it when needed.
    mutating func pair(foreground: Int32, background: Int32) -> Int32 {
        let key = PairKey(foreground: foreground, background: background)
        if let existing = pairs[key] { return existing }
        let next = Int32(pairs.count + 1)
        guard next <= limit, init_extended_pair(next, foreground, background) == xm_ok() else { return 0 }
        pairs[key] = next
        return next
    }

    /// Forgets all pairs (after a theme change they are redefined from 1).
    mutating func reset() { pairs.removeAll() }
}

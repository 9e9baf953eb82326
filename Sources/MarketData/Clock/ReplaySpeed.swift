/// Replay speed: tape seconds per wall second, or as fast as possible.
public enum ReplaySpeed: Sendable, Hashable, CustomStringConvertible {
    /// Tape time advances `multiplier` × wall time (1…3600 on the ladder; any value > 0 works).
    case times(Double)
    /// No pacing: every event is due immediately (headless replays, benchmarks).
    case max

    /// The ladder `+`/`-` walk through: ×1 ×2 ×5 ×10 ×30 ×60 ×120 ×300 ×600 ×1800 ×3600, max.
    public static let ladder: [ReplaySpeed] = [1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600].map { .times($0) } + [.max]

    /// The next faster rung (stays at `.max`). Off-ladder speeds go to the first faster rung.
    public var faster: ReplaySpeed {
        guard case .times(let multiplier) = self else { return .max }
        return Self.ladder.first { if case .times(let rung) = $0 { rung > multiplier } else { true } } ?? .max
    }

    /// The next slower rung (stays at ×1; `.max` goes to ×3600).
    public var slower: ReplaySpeed {
        guard case .times(let multiplier) = self else { return .times(3600) }
        return Self.ladder.last { if case .times(let rung) = $0 { rung < multiplier } else { false } } ?? .times(1)
    }

    /// `"x1"`, `"x3600"`, `"max"`.
    public var description: String {
        switch self {
        case .max: return "max"
        case .times(let multiplier):
            return multiplier == multiplier.rounded() && abs(multiplier) < 1e15 ? "x\(Int64(multiplier))" : "x\(multiplier)"
        }
    }
}

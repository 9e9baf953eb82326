/// How a reader reacts to a bad row.
public enum TapeValidationMode: Sendable, Hashable {
    /// Throw a `TapeError` at the first bad row (the CLI's `--strict`).
    case strict
    /// Skip bad rows, count them per reason and keep the first few messages (the default).
    case lenient
}

/// Counts of skipped rows per reason, plus the first few errors verbatim (lenient mode).
public struct TapeIssueLog: Sendable, Hashable {
    /// Skipped rows per `TapeIssue.kind`.
    public private(set) var countsByKind: [String: Int] = [:]
    /// The first `retainedMessageLimit` errors, in file order.
    public private(set) var firstErrors: [TapeError] = []
    /// How many errors are retained verbatim.
    public var retainedMessageLimit: Int

    public init(retainedMessageLimit: Int = 20) {
        self.retainedMessageLimit = retainedMessageLimit
    }

    /// Total skipped rows.
    public var totalSkipped: Int { countsByKind.values.reduce(0, +) }

    /// Records one skipped row.
    public mutating func record(_ error: TapeError) {
        countsByKind[error.issue.kind, default: 0] += 1
        if firstErrors.count < retainedMessageLimit { firstErrors.append(error) }
    }

    /// Count for one `TapeIssue.kind` (0 when none).
    public func count(of kind: String) -> Int { countsByKind[kind] ?? 0 }
}

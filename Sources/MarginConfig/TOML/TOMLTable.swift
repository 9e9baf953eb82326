/// A TOML table: keys to values. Key order is not kept (the readers sort keys).
public struct TOMLTable: Sendable, Equatable {
    /// The table's entries.
    public private(set) var entries: [String: TOMLValue]

    public init(_ entries: [String: TOMLValue] = [:]) {
        self.entries = entries
    }

    /// The keys, sorted.
    public var keys: [String] { entries.keys.sorted() }

    public var count: Int { entries.count }

    public subscript(key: String) -> TOMLValue? { entries[key] }

    public func contains(key: String) -> Bool { entries[key] != nil }

    /// Equality with NaN equal to NaN (see ``TOMLValue/isSameValue(as:)``).
    public func isSameTable(as other: TOMLTable) -> Bool {
        guard entries.count == other.entries.count else { return false }
        for (key, value) in entries {
            guard let theirs = other.entries[key], value.isSameValue(as: theirs) else { return false }
        }
        return true
    }
}

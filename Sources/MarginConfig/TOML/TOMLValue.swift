/// One TOML 1.0 value, as read by ``TOMLDocument``.
///
/// Date-time values keep what the text said: an offset date-time has `offsetMinutes`, a local
/// date-time does not; local dates and local times are their own cases.
public enum TOMLValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    /// An offset date-time (`offsetMinutes` set) or a local date-time (`offsetMinutes` nil).
    case dateTime(TOMLDateTime)
    case date(TOMLDate)
    case time(TOMLTime)
    case array([TOMLValue])
    case table(TOMLTable)

    public var string: String? { if case .string(let value) = self { value } else { nil } }
    public var int: Int? { if case .integer(let value) = self { value } else { nil } }
    /// The value of a float (not of an integer: callers that accept both ask for `int` too).
    public var double: Double? { if case .float(let value) = self { value } else { nil } }
    public var bool: Bool? { if case .bool(let value) = self { value } else { nil } }
    public var dateTime: TOMLDateTime? { if case .dateTime(let value) = self { value } else { nil } }
    public var date: TOMLDate? { if case .date(let value) = self { value } else { nil } }
    public var time: TOMLTime? { if case .time(let value) = self { value } else { nil } }
    public var array: [TOMLValue]? { if case .array(let value) = self { value } else { nil } }
    public var table: TOMLTable? { if case .table(let value) = self { value } else { nil } }

    /// "a string", "an integer", … for error messages.
    public var kindDescription: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a number"
        case .bool: "a boolean"
        case .dateTime, .date, .time: "a date/time"
        case .array: "an array"
        case .table: "a table"
        }
    }

    /// Equality with NaN equal to NaN, for comparing documents (`==` keeps IEEE semantics).
    public func isSameValue(as other: TOMLValue) -> Bool {
        switch (self, other) {
        case (.float(let a), .float(let b)): return a == b || (a.isNaN && b.isNaN)
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.isSameValue(as: $1) }
        case (.table(let a), .table(let b)): return a.isSameTable(as: b)
        default: return self == other
        }
    }
}

import MarginEngine

/// Why a row of a tape was rejected. Each case names the field and values involved; `kind` is the
/// category used for per-reason counts in lenient mode.
public enum TapeIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// A numeric field could not be parsed (`field`, the offending text, sanitized and truncated).
    case unparseableNumber(field: String, text: String)
    /// A numeric field parsed to NaN or ±infinity.
    case notFinite(field: String, value: Double)
    /// A price (or IV) that must be strictly positive was zero or negative.
    case nonPositive(field: String, value: Double)
    /// A value outside its allowed range (e.g. IV above `maximumImpliedVolatility`).
    case outOfRange(field: String, value: Double, limit: Double)
    /// A price moved by more than the configured fraction since the previous row of the same symbol.
    case absurdJump(field: String, previous: Double, current: Double, limitFraction: Double)
    /// A symbol's first value is more than `maximumRatio` times away from the book's price of it.
    case farFromBook(field: String, reference: Double, current: Double, maximumRatio: Double)
    /// The row has a different number of comma-separated fields than the header.
    case wrongColumnCount(expected: Int, actual: Int)
    /// The line is longer than the cap; its bytes were skipped without being buffered.
    case lineTooLong(limitBytes: Int)
    /// The timestamp is earlier than the previous accepted row's (reported, never reordered).
    case outOfOrder(previousMicros: Int64, currentMicros: Int64)
    /// The symbol is empty, not valid UTF-8 or contains control/CSV-special characters.
    case invalidSymbol(sanitized: String)
    /// A required field is empty or missing.
    case missingField(String)
    /// The timestamp could not be parsed.
    case invalidTimestamp(text: String)
    /// The timestamp (µs since the epoch) is outside `TapeTimeRange` (1970-01-01 … 2200-01-01).
    case timestampOutOfRange(micros: Int64)
    /// A JSONL line is not a flat JSON object of the expected shape.
    case invalidJSON(String)
    /// The row has no usable price at all.
    case noPrice
    /// More distinct symbols than the reader tracks (see `TapeReaderOptions.maximumDistinctSymbols`).
    case tooManySymbols(limit: Int)
    /// The header line does not match any known format.
    case unrecognizedHeader(String)
    /// The operating system reported an error reading or opening the file.
    case io(String)

    /// A stable category name for counting skipped rows.
    public var kind: String {
        switch self {
        case .unparseableNumber: return "unparseable-number"
        case .notFinite: return "not-finite"
        case .nonPositive: return "non-positive"
        case .outOfRange: return "out-of-range"
        case .absurdJump: return "absurd-jump"
        case .farFromBook: return "far-from-book"
        case .wrongColumnCount: return "wrong-column-count"
        case .lineTooLong: return "line-too-long"
        case .outOfOrder: return "out-of-order"
        case .invalidSymbol: return "invalid-symbol"
        case .missingField: return "missing-field"
        case .invalidTimestamp: return "invalid-timestamp"
        case .timestampOutOfRange: return "timestamp-out-of-range"
        case .invalidJSON: return "invalid-json"
        case .noPrice: return "no-price"
        case .tooManySymbols: return "too-many-symbols"
        case .unrecognizedHeader: return "unrecognized-header"
        case .io: return "io"
        }
    }

    public var description: String {
        switch self {
        case let .unparseableNumber(field, text): return "\(field) is not a number: \"\(text)\""
        case let .notFinite(field, value): return "\(field) is \(value.isNaN ? "NaN" : "infinite")"
        case let .nonPositive(field, value): return "\(field) must be > 0, got \(value)"
        case let .outOfRange(field, value, limit): return "\(field) \(value) is above the limit \(limit)"
        case let .absurdJump(field, previous, current, limit):
            let percent = (abs(current / previous - 1) * 100).rounded()
            return "\(field) jumped \(percent)% (\(previous) -> \(current)), limit \(limit * 100)%"
        case let .farFromBook(field, reference, current, ratio):
            return "\(field) \(current) is more than \(ratio)× away from the book's \(reference) (first row of the symbol)"
        case let .wrongColumnCount(expected, actual): return "expected \(expected) columns, got \(actual)"
        case let .lineTooLong(limit): return "line longer than \(limit) bytes, skipped"
        case let .outOfOrder(previous, current):
            return "timestamp \(current) is before the previous row's \(previous) (not reordered)"
        case let .invalidSymbol(sanitized): return "invalid symbol \"\(sanitized)\""
        case let .missingField(name): return "missing \(name)"
        case let .invalidTimestamp(text): return "invalid timestamp \"\(text)\""
        case let .timestampOutOfRange(micros):
            return "timestamp \(micros) µs is outside 1970-01-01 … 2200-01-01"
        case let .invalidJSON(detail): return "invalid JSON: \(detail)"
        case .noPrice: return "row has no price"
        case let .tooManySymbols(limit): return "more than \(limit) distinct symbols"
        case let .unrecognizedHeader(header): return "unrecognized header \"\(header)\""
        case let .io(message): return message
        }
    }
}

/// A data error located in a file: `"path/file.csv:17: mark is NaN"`.
public struct TapeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path as given to the reader.
    public var filePath: String
    /// 1-based line number (0 when the error is not tied to a line, e.g. the file cannot be opened).
    public var lineNumber: Int
    /// What is wrong.
    public var issue: TapeIssue

    public init(filePath: String, lineNumber: Int, issue: TapeIssue) {
        self.filePath = filePath
        self.lineNumber = lineNumber
        self.issue = issue
    }

    /// `file:line: reason`, safe to print (the path and reason are sanitized for display).
    public var description: String {
        "\(filePath.sanitizedForDisplay):\(lineNumber): \(issue.description.sanitizedForDisplay)"
    }
}

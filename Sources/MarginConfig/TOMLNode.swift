import MarginEngine

/// A TOML table with its file name and key path, for typed reads whose errors name the key.
///
/// `rejectUnknownKeys(allowed:)` reports any key the schema does not know (a typo such as
/// `entri` is an error, not silently ignored).
struct TOMLNode {
    let table: TOMLTable
    let file: String
    let path: String

    init(table: TOMLTable, file: String, path: String) {
        self.table = table
        self.file = file
        self.path = path
    }

    /// Parses TOML text; syntax errors name the line and column (`file: line 3, column 7: malformed TOML: …`).
    static func parse(_ text: String, file: String) throws(ConfigError) -> TOMLNode {
        do {
            return TOMLNode(table: try TOMLDocument.parse(text), file: file, path: "")
        } catch {
            throw ConfigError(file: file, location: "line \(error.line), column \(error.column)",
                              message: "malformed TOML: \(error.message)")
        }
    }

    func keyPath(_ key: String) -> String {
        let quoted = key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } ? key : "\"\(key)\""
        return path.isEmpty ? quoted : "\(path).\(quoted)"
    }

    func error(_ key: String?, _ message: String) -> ConfigError {
        ConfigError(file: file, location: key.map(keyPath) ?? path, message: message)
    }

    var keys: [String] { table.keys.sorted() }

    func contains(_ key: String) -> Bool { table.contains(key: key) }

    func rejectUnknownKeys(allowed: [String]) throws(ConfigError) {
        let allowedSet = Set(allowed)
        for key in keys where !allowedSet.contains(key) {
            throw error(key, "unknown key (expected one of: \(allowed.joined(separator: ", ")))")
        }
    }

    /// "a string", "an integer", … naming a value's type in messages.
    static func describe(_ value: TOMLValue) -> String { value.kindDescription }

    func optionalDouble(_ key: String) throws(ConfigError) -> Double? {
        guard let value = table[key] else { return nil }
        if let number = value.double { return number }
        if let integer = value.int { return Double(integer) }
        throw error(key, "expected a number, got \(Self.describe(value))")
    }

    func double(_ key: String) throws(ConfigError) -> Double {
        guard let value = try optionalDouble(key) else { throw error(key, "missing required key") }
        return value
    }

    /// A finite number, > 0 (or ≥ 0 when `allowZero`).
    func positive(_ key: String, allowZero: Bool = false) throws(ConfigError) -> Double {
        let value = try double(key)
        try checkPositive(value, key: key, allowZero: allowZero)
        return value
    }

    func optionalPositive(_ key: String, allowZero: Bool = false) throws(ConfigError) -> Double? {
        guard let value = try optionalDouble(key) else { return nil }
        try checkPositive(value, key: key, allowZero: allowZero)
        return value
    }

    func checkPositive(_ value: Double, key: String, allowZero: Bool) throws(ConfigError) {
        guard value.isFinite else { throw error(key, "must be a finite number, got \(value)") }
        if allowZero ? value < 0 : value <= 0 {
            throw error(key, "must be \(allowZero ? "≥ 0" : "> 0"), got \(value)")
        }
    }

    func finite(_ key: String) throws(ConfigError) -> Double {
        let value = try double(key)
        guard value.isFinite else { throw error(key, "must be a finite number, got \(value)") }
        return value
    }

    func optionalBool(_ key: String) throws(ConfigError) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else { throw error(key, "expected true or false, got \(Self.describe(value))") }
        return flag
    }

    func optionalString(_ key: String) throws(ConfigError) -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string else { throw error(key, "expected a string, got \(Self.describe(value))") }
        return text
    }

    func string(_ key: String) throws(ConfigError) -> String {
        guard let value = try optionalString(key) else { throw error(key, "missing required key") }
        return value
    }

    func optionalTable(_ key: String) throws(ConfigError) -> TOMLNode? {
        guard let value = table[key] else { return nil }
        guard let sub = value.table else { throw error(key, "expected a table, got \(Self.describe(value))") }
        return TOMLNode(table: sub, file: file, path: keyPath(key))
    }

    func tableArray(_ key: String) throws(ConfigError) -> [TOMLNode] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else { throw error(key, "expected an array of tables, got \(Self.describe(value))") }
        var result: [TOMLNode] = []
        for index in 0..<array.count {
            guard let sub = array[index].table else {
                throw ConfigError(file: file, location: "\(keyPath(key))[\(index)]", message: "expected a table")
            }
            result.append(TOMLNode(table: sub, file: file, path: "\(keyPath(key))[\(index)]"))
        }
        return result
    }

    /// A timestamp given as a TOML date-time or an ISO-8601 string, µs UTC.
    func optionalTimestamp(_ key: String) throws(ConfigError) -> Int64? {
        guard let value = table[key] else { return nil }
        if let text = value.string {
            guard let micros = UTCTime.parseISO8601(text) else {
                throw error(key, "expected an ISO-8601 UTC time such as 2026-01-05T15:33:29Z, got '\(text)'")
            }
            return micros
        }
        if let dateTime = value.dateTime {
            let date = dateTime.date
            let time = dateTime.time
            guard UTCTime.isValidDate(year: date.year, month: date.month, day: date.day) else {
                throw error(key, "invalid date")
            }
            var micros = UTCTime.micros(year: date.year, month: date.month, day: date.day,
                                        hour: time.hour, minute: time.minute, second: time.second,
                                        microsecond: time.nanosecond / 1000)
            if let offset = dateTime.offsetMinutes { micros -= Int64(offset) * 60_000_000 }
            return micros
        }
        if let date = value.date {
            guard UTCTime.isValidDate(year: date.year, month: date.month, day: date.day) else {
                throw error(key, "invalid date")
            }
            return UTCTime.micros(year: date.year, month: date.month, day: date.day)
        }
        throw error(key, "expected a date-time, got \(Self.describe(value))")
    }
}

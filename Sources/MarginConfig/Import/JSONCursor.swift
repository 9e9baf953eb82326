import MarginEngine

/// A JSON value with its file and path (`result[2].size`, `data[0].details[1].cashBal`), for reads
/// whose errors name both: "missing", "expected a number, got an object", "not a number: 'abc'".
///
/// Venues send decimals as strings (Binance, OKX, Bybit) or as numbers (Deribit); ``number()``
/// accepts both. Unknown fields are never looked at, so they are ignored.
struct JSONCursor {
    let value: JSONValue
    let file: String
    let path: String

    func error(_ message: String) -> ConfigError {
        ConfigError(file: file, location: path, message: message)
    }

    func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The member `key`, or nil when it is absent or null.
    func optional(_ key: String) -> JSONCursor? {
        guard case .object(let members) = value, let member = members[key], member != .null else { return nil }
        return JSONCursor(value: member, file: file, path: childPath(key))
    }

    /// The member `key`; absent or null is an error naming its path.
    func required(_ key: String) throws(ConfigError) -> JSONCursor {
        guard case .object = value else { throw error("expected an object, got \(value.kindDescription)") }
        guard let member = optional(key) else {
            throw ConfigError(file: file, location: childPath(key), message: "missing")
        }
        return member
    }

    /// Whether this is an object holding `key` (null counts as present).
    func has(_ key: String) -> Bool {
        guard case .object(let members) = value else { return false }
        return members[key] != nil
    }

    /// The elements of an array, each with its `[i]` path.
    func elements() throws(ConfigError) -> [JSONCursor] {
        guard case .array(let items) = value else { throw error("expected an array, got \(value.kindDescription)") }
        return items.enumerated().map { JSONCursor(value: $1, file: file, path: "\(path)[\($0)]") }
    }

    func string() throws(ConfigError) -> String {
        guard case .string(let text) = value else { throw error("expected a string, got \(value.kindDescription)") }
        return text
    }

    /// A finite number, from a JSON number or a numeric string (`"0.001"`).
    func number() throws(ConfigError) -> Double {
        let text: String
        switch value {
        case .number(let digits): text = digits
        case .string(let digits): text = digits
        default: throw error("expected a number, got \(value.kindDescription)")
        }
        guard let number = Double(text), number.isFinite, Self.isDecimal(text) else {
            throw error(text.isEmpty ? "missing (empty)" : "not a number")
        }
        return number
    }

    /// `number()` of member `key`, nil when absent, null or an empty string (how OKX and Bybit
    /// write "not applicable").
    func optionalNumber(_ key: String) throws(ConfigError) -> Double? {
        guard let member = optional(key) else { return nil }
        if case .string(let text) = member.value, text.isEmpty { return nil }
        return try member.number()
    }

    func number(_ key: String) throws(ConfigError) -> Double {
        let member = try required(key)
        if case .string(let text) = member.value, text.isEmpty { throw member.error("missing (empty)") }
        return try member.number()
    }

    func string(_ key: String) throws(ConfigError) -> String { try required(key).string() }

    func optionalString(_ key: String) throws(ConfigError) -> String? { try optional(key)?.string() }

    /// Fails naming this path when |`value`| exceeds `limit` (``MarginBounds``).
    func checkMagnitude(_ value: Double, limit: Double) throws(ConfigError) {
        guard abs(value) <= limit else {
            throw error("magnitude \(value) is too large to margin (at most \(TOMLNode.format(limit)))")
        }
    }

    /// Digits, one optional sign, point and exponent only: `Double("nan")`, `"inf"` and hex are not numbers here.
    static func isDecimal(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 400 && text.unicodeScalars.allSatisfy {
            ($0 >= "0" && $0 <= "9") || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E"
        }
    }
}

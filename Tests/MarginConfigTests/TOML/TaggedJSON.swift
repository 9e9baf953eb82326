import Foundation
@testable import MarginConfig

/// toml-test's tagged JSON (`{"type": "integer", "value": "42"}` leaves, objects for tables, arrays
/// for arrays) read back into ``TOMLValue``s so a parsed document can be compared with it.
enum TaggedJSON {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The expected document of a `.json` file.
    static func table(fromJSON data: Data) throws -> TOMLTable {
        let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        guard case .table(let table) = try value(object) else { throw Failure(description: "top level is not an object") }
        return table
    }

    static func value(_ object: Any) throws -> TOMLValue {
        if let array = object as? [Any] { return .array(try array.map(value)) }
        guard let dictionary = object as? [String: Any] else { throw Failure(description: "unexpected JSON \(object)") }
        if dictionary.count == 2, let type = dictionary["type"] as? String, let text = dictionary["value"] as? String {
            return try leaf(type: type, text: text)
        }
        var entries: [String: TOMLValue] = [:]
        for (key, item) in dictionary { entries[key] = try value(item) }
        return .table(TOMLTable(entries))
    }

    static func leaf(type: String, text: String) throws -> TOMLValue {
        switch type {
        case "string": return .string(text)
        case "bool": return .bool(text == "true")
        case "integer":
            guard let integer = Int(text) else { throw Failure(description: "bad integer \(text)") }
            return .integer(integer)
        case "float":
            switch text {
            case "inf", "+inf": return .float(.infinity)
            case "-inf": return .float(-.infinity)
            case "nan", "+nan", "-nan": return .float(.nan)
            default:
                guard let number = Double(text) else { throw Failure(description: "bad float \(text)") }
                return .float(number)
            }
        case "datetime", "datetime-local", "date-local", "time-local":
            // Read with the reader under test: the JSON holds the canonical RFC 3339 form.
            guard let parsed = try? TOMLDocument.parse("v = \(text)")["v"] else { throw Failure(description: "bad \(type) \(text)") }
            return parsed
        default:
            throw Failure(description: "unknown type \(type)")
        }
    }
}

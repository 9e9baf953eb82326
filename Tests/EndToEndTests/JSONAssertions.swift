import Foundation
import Testing

/// `text` parsed as one JSON object; anything else fails the test at the caller.
func jsonObject(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(object as? [String: Any], "not a JSON object: \(text.prefix(200))", sourceLocation: sourceLocation)
}

/// Dictionary/array navigation for JSON assertions: a missing or mistyped member reads as empty
/// (or NaN), so the `#expect` that uses it fails and shows the value.
extension Dictionary where Key == String, Value == Any {
    func object(_ key: String) -> [String: Any] { self[key] as? [String: Any] ?? [:] }
    func array(_ key: String) -> [[String: Any]] { self[key] as? [[String: Any]] ?? [] }
    func number(_ key: String) -> Double { (self[key] as? NSNumber)?.doubleValue ?? .nan }
}

import Foundation
import MarginEngine

/// JSON output of margin reports: snake_case keys, sorted, deterministic (JSONEncoder with sorted
/// keys; non-finite numbers are written as null).
enum ReportJSON {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// One mode: the account's report at the top level (several accounts: under `accounts`).
    /// Several modes: `{"as_of", "as_of_source", "modes": {mode: report}}`.
    static func render(byMode: [(MarginMode, [AccountMarginReport])], asOfSource: String, single: Bool) throws -> String {
        let asOf = byMode.first?.1.first.map { UTCTime.iso8601($0.asOfMicros) } ?? ""
        let root = Root(asOf: asOf, asOfSource: asOfSource, single: single ? byMode.first.map { ModeReports(reports: $0.1) } : nil,
                        modes: single ? nil : Dictionary(uniqueKeysWithValues: byMode.map { ($0.0.rawValue, ModeReports(reports: $0.1)) }))
        let data = try encoder().encode(root)
        return String(decoding: data, as: UTF8.self)
    }

    /// The reports of one mode: a single account's fields inline, several under `accounts`.
    struct ModeReports: Encodable {
        var reports: [AccountMarginReport]

        enum Keys: String, CodingKey { case accounts, mode }

        func encode(to encoder: any Encoder) throws {
            if reports.count == 1, let report = reports.first {
                try report.encode(to: encoder)
                return
            }
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(reports, forKey: .accounts)
            if let mode = reports.first?.mode { try container.encode(mode, forKey: .mode) }
        }
    }

    struct Root: Encodable {
        var asOf: String
        var asOfSource: String
        var single: ModeReports?
        var modes: [String: ModeReports]?

        enum Keys: String, CodingKey {
            case asOf = "as_of"
            case asOfSource = "as_of_source"
            case modes
        }

        func encode(to encoder: any Encoder) throws {
            if let single { try single.encode(to: encoder) }
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(asOf, forKey: .asOf)
            try container.encode(asOfSource, forKey: .asOfSource)
            try container.encodeIfPresent(modes, forKey: .modes)
        }
    }
}

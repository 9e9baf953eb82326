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

    /// One mode: the account's report at the top level (several accounts: under `accounts`, and a
    /// `--group` report under `group`). Several modes: `{"as_of", "as_of_source", "modes": {mode: report}}`.
    /// `venues`: the file's venue-tagged accounts, each on its own venue, and the cross-venue
    /// group (``VenueJSON/Sections``: `venue_accounts`, `cross_venue_group`).
    static func render(byMode: [(MarginMode, ModeReports)], asOfSource: String, single: Bool,
                       venues: VenueSections? = nil) throws -> String {
        let asOf = byMode.first?.1.entries.first.map { UTCTime.iso8601($0.report.asOfMicros) } ?? ""
        let root = Root(asOf: asOf, asOfSource: asOfSource, single: single ? byMode.first?.1 : nil,
                        modes: single ? nil : Dictionary(uniqueKeysWithValues: byMode.map { ($0.0.rawValue, $0.1) }),
                        venues: venues.map(VenueJSON.Sections.init(sections:)))
        let data = try encoder().encode(root)
        return String(decoding: data, as: UTF8.self)
    }

    /// One account's report in one mode, with the portfolio-margin detail in portfolio mode and,
    /// in cross and portfolio mode, the capital saved against the same account's isolated margin
    /// (`saved_vs_isolated`, USD on IM and MM; see `CapitalSaved`).
    struct Entry: Encodable, Sendable {
        var report: AccountMarginReport
        var portfolio: PortfolioMarginDetail?
        var saved: CapitalSaved?

        init(report: AccountMarginReport, portfolio: PortfolioMarginDetail? = nil) {
            self.report = report
            self.portfolio = portfolio
        }

        enum Keys: String, CodingKey {
            case portfolio
            case saved = "saved_vs_isolated"
        }

        func encode(to encoder: any Encoder) throws {
            try report.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encodeIfPresent(portfolio, forKey: .portfolio)
            try container.encodeIfPresent(saved, forKey: .saved)
        }
    }

    /// The reports of one mode: a single account's fields inline, several under `accounts` (in the
    /// file's order) with their `aggregate` (``MarginAggregate``); the accounts margined as one
    /// group under `group`.
    struct ModeReports: Encodable {
        var entries: [Entry]
        var group: Entry?
        var aggregate: MarginAggregate?

        /// These reports with each entry's saving against `isolated`, the isolated reports of the
        /// same accounts (and group) in the same order.
        func withSavings(against isolated: ModeReports) -> ModeReports {
            var copy = self
            for index in copy.entries.indices where index < isolated.entries.count {
                copy.entries[index].saved = CapitalSaved(isolated: isolated.entries[index].report, report: copy.entries[index].report)
            }
            if let baseline = isolated.group?.report, let report = copy.group?.report {
                copy.group?.saved = CapitalSaved(isolated: baseline, report: report)
            }
            return copy
        }

        enum Keys: String, CodingKey { case accounts, mode, group, aggregate }

        func encode(to encoder: any Encoder) throws {
            if entries.count == 1, group == nil, let entry = entries.first {
                try entry.encode(to: encoder)
                return
            }
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(entries, forKey: .accounts)
            try container.encodeIfPresent(group, forKey: .group)
            try container.encodeIfPresent(aggregate, forKey: .aggregate)
            if let mode = entries.first?.report.mode { try container.encode(mode, forKey: .mode) }
        }
    }

    struct Root: Encodable {
        var asOf: String
        var asOfSource: String
        var single: ModeReports?
        var modes: [String: ModeReports]?
        var venues: VenueJSON.Sections?

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
            try venues?.encode(to: encoder)
        }
    }
}

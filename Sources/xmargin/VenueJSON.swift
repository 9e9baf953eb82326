import Foundation
import MarginEngine

/// JSON of venue reports (DESIGN §13): snake_case keys, sorted, non-finite numbers as null.
enum VenueJSON {
    /// `margin --venue`: `{"as_of", "as_of_source", "accounts": [{"account", "cheapest", "venues": [Entry]}]}`.
    static func render(comparisons: [VenueComparison], asOfMicros: Int64, asOfSource: String) throws -> String {
        let accounts = comparisons.map { comparison in
            Comparison(account: comparison.account, cheapest: comparison.cheapest,
                       venues: comparison.reports.map { Entry($0, cheapest: $0.venue == comparison.cheapest) })
        }
        let root = ComparisonRoot(asOf: UTCTime.iso8601(asOfMicros), asOfSource: asOfSource, accounts: accounts)
        return String(decoding: try ReportJSON.encoder().encode(root), as: UTF8.self)
    }

    /// One account on one venue: the account report's fields (`equity_usd`, `initial_margin_usd`,
    /// `maintenance_margin_usd`, `utilization`, `positions` in the venue's instruments,
    /// `liquidation_levels`, …) plus `venue`, `complete`, `cheapest`, `unlisted` (instrument,
    /// notional_usd, reason), `unlisted_count`, `unlisted_notional_usd` and `settled_pnl_usd`.
    struct Entry: Encodable, Sendable {
        var report: VenueMarginReport
        var cheapest: Bool

        init(_ report: VenueMarginReport, cheapest: Bool) {
            self.report = report
            self.cheapest = cheapest
        }

        enum Keys: String, CodingKey {
            case venue, complete, cheapest, unlisted
            case unlistedCount = "unlisted_count"
            case unlistedNotionalUSD = "unlisted_notional_usd"
            case settledPnlUSD = "settled_pnl_usd"
        }

        func encode(to encoder: any Encoder) throws {
            try report.report.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(report.venue, forKey: .venue)
            try container.encode(report.isComplete, forKey: .complete)
            try container.encode(cheapest, forKey: .cheapest)
            try container.encode(report.unlisted, forKey: .unlisted)
            try container.encode(report.unlisted.count, forKey: .unlistedCount)
            try container.encodeFinite(report.unlistedNotionalUSD, forKey: .unlistedNotionalUSD)
            try container.encodeFinite(report.settledPnlUSD, forKey: .settledPnlUSD)
        }
    }

    struct Comparison: Encodable {
        var account: String
        var cheapest: Venue?
        var venues: [Entry]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(account, forKey: .account)
            try container.encode(cheapest, forKey: .cheapest)
            try container.encode(venues, forKey: .venues)
        }

        enum Keys: String, CodingKey { case account, cheapest, venues }
    }

    struct ComparisonRoot: Encodable {
        var asOf: String
        var asOfSource: String
        var accounts: [Comparison]

        enum Keys: String, CodingKey {
            case accounts
            case asOf = "as_of"
            case asOfSource = "as_of_source"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(asOf, forKey: .asOf)
            try container.encode(asOfSource, forKey: .asOfSource)
            try container.encode(accounts, forKey: .accounts)
        }
    }

    /// `venue_accounts` (each tagged account on its own venue) and `cross_venue_group`.
    struct Sections: Encodable {
        var sections: VenueSections

        enum Keys: String, CodingKey {
            case accounts = "venue_accounts"
            case group = "cross_venue_group"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(sections.accounts.map { Entry($0, cheapest: false) }, forKey: .accounts)
            if let group = sections.group { try container.encode(Group(report: group), forKey: .group) }
        }
    }

    /// The cross-venue group: `group_venue`, `members` (Entry), `group` (Entry), the separate sums,
    /// `custodian_haircut_usd` (and `custodian_haircut_by_venue_usd`), `saved_by_cross_venue_netting` (separate − group on IM and MM, USD)
    /// and `complete`.
    struct Group: Encodable {
        var report: CrossVenueGroupReport

        enum Keys: String, CodingKey {
            case members, group, complete
            case groupVenue = "group_venue"
            case separateInitialMarginUSD = "separate_initial_margin_usd"
            case separateMaintenanceMarginUSD = "separate_maintenance_margin_usd"
            case custodianHaircutUSD = "custodian_haircut_usd"
            case custodianHaircutByVenueUSD = "custodian_haircut_by_venue_usd"
            case saved = "saved_by_cross_venue_netting"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(report.groupVenue, forKey: .groupVenue)
            try container.encode(report.members.map { Entry($0, cheapest: false) }, forKey: .members)
            try container.encode(Entry(report.group, cheapest: false), forKey: .group)
            try container.encodeFinite(report.separateInitialMarginUSD, forKey: .separateInitialMarginUSD)
            try container.encodeFinite(report.separateMaintenanceMarginUSD, forKey: .separateMaintenanceMarginUSD)
            try container.encodeFinite(report.custodianHaircutUSD, forKey: .custodianHaircutUSD)
            try container.encode(report.custodianHaircutByVenueUSD.filter { $0.value.isFinite }, forKey: .custodianHaircutByVenueUSD)
            try container.encode(report.saved, forKey: .saved)
            try container.encode(report.isComplete, forKey: .complete)
        }
    }
}

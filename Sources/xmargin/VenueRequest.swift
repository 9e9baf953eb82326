import MarginConfig
import MarginEngine
import RiskSession

/// One account's book margined under several venues, side by side (`margin --venue`).
struct VenueComparison: Sendable {
    var account: String
    var reports: [VenueMarginReport]
    /// The cheapest venue (``VenueMargin/cheapest(_:)``): lowest IM among complete venues.
    var cheapest: Venue?
}

/// What the venue tags of a file add to `margin`: each tagged account on its own venue and, with
/// `--group`, the cross-venue group.
struct VenueSections: Sendable {
    var accounts: [VenueMarginReport]
    var group: CrossVenueGroupReport?
}

extension MarginRequest {
    /// Whether the file tags any account with a venue (then `margin` shows each on its own venue).
    var tagsVenues: Bool { document.portfolio.accounts.contains { $0.venue != nil } }

    /// Every account's book under each of `venues` (on up to `jobs` cores; results in order);
    /// with `group` and several accounts, also all of them as one book (collateral summed, no
    /// custodian haircut: the same desk moved to one venue).
    func venueComparisons(_ venues: [Venue], jobs: Int) async throws -> [VenueComparison] {
        var books = document.portfolio.accounts
        if group, books.count > 1 {
            books.append(document.portfolio.combinedAccount(name: "group(" + books.map(\.name).joined(separator: "+") + ")"))
        }
        let accounts = books
        let market = market, catalogue = document.catalogue, history = history
        let reports = try await OrderedFanOut.mapThrowing(count: accounts.count * venues.count, jobs: jobs) { index in
            try VenueMargin.margin(accounts[index / venues.count], on: venues[index % venues.count], market: market,
                                   catalogue: catalogue, history: history)
        }
        return accounts.indices.map { accountIndex in
            let slice = Array(reports[(accountIndex * venues.count)..<((accountIndex + 1) * venues.count)])
            return VenueComparison(account: accounts[accountIndex].name, reports: slice, cheapest: VenueMargin.cheapest(slice))
        }
    }

    /// Each account on its own venue (untagged: `deribit`) and, with `group`, the cross-venue
    /// group under `groupVenue` (nil: ``CrossVenueGroup/defaultGroupVenue(for:)``).
    func venueSections(groupVenue: Venue?) throws -> VenueSections {
        let accounts = document.portfolio.accounts
        if group {
            let name = "group(" + accounts.map(\.name).joined(separator: "+") + ")"
            let report = try CrossVenueGroup.report(accounts, name: name, groupVenue: groupVenue, market: market,
                                                    catalogue: document.catalogue, history: history)
            return VenueSections(accounts: report.members, group: report)
        }
        var members: [VenueMarginReport] = []
        for account in accounts {
            members.append(try VenueMargin.margin(account, on: account.venue ?? .deribit, market: market,
                                                  catalogue: document.catalogue, history: history))
        }
        return VenueSections(accounts: members, group: nil)
    }

    /// Prints the `--venue` comparison as a table, JSON or CSV.
    func printVenueComparison(_ venues: [Venue], json: Bool, csv: Bool, jobs: Int) async throws {
        let comparisons = try await venueComparisons(venues, jobs: jobs)
        if json {
            print(try VenueJSON.render(comparisons: comparisons, asOfMicros: market.timestampMicros, asOfSource: asOfSource))
        } else if csv {
            print(VenueTable.csv(comparisons), terminator: "")
        } else {
            print(VenueTable.render(comparisons, asOfMicros: market.timestampMicros, asOfSource: asOfSource), terminator: "")
        }
    }
}

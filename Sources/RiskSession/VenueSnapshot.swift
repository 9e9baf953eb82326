import MarginEngine

/// The session's book under one venue's rules (DESIGN §13), for the dashboard's venues view.
/// Money in USD; utilization a fraction.
public struct VenueSnapshot: Sendable, Equatable {
    public var venue: Venue
    /// Equity, IM and MM there; nil where not computed (a snapshot made without them).
    public var figures: MarginTotals?
    /// Positions the venue does not list, and their notional (USD): the figures leave them out.
    public var unlistedCount: Int
    public var unlistedNotionalUSD: Double

    public init(venue: Venue, figures: MarginTotals?, unlistedCount: Int, unlistedNotionalUSD: Double) {
        self.venue = venue
        self.figures = figures
        self.unlistedCount = unlistedCount
        self.unlistedNotionalUSD = unlistedNotionalUSD
    }

    /// The cheapest venue (the rule of `VenueMargin.cheapest`): the lowest IM among venues with
    /// figures that list the whole book.
    public static func cheapest(_ venues: [VenueSnapshot]) -> Venue? {
        VenueMargin.cheapest(venues.map { ($0.venue, $0.figures?.initialMarginUSD, $0.unlistedCount == 0) })
    }
}

extension RiskSession {
    /// The cross book (after its own liquidations, at its market) under every venue: equity, IM and
    /// MM by each rule (``VenueMargin/totals(_:on:market:catalogue:portfolioModel:)``) — Deribit
    /// portfolio margin with the portfolio mode's scenario model (history, draws, live
    /// covariance), so it is the PORTFOLIO tab's model applied to the cross book re-created on
    /// Deribit. A venue whose rule fails on this book is left out.
    func venueSnapshots() -> [VenueSnapshot] {
        guard let cross = replay.replays.first(where: { $0.statistics.mode == .cross }) else { return [] }
        let account = cross.book.account, market = cross.book.market
        let model = replay.replays.first { $0.statistics.mode == .portfolio }?.session
        var result: [VenueSnapshot] = []
        for venue in Venue.allCases {
            guard let (totals, unlisted) = try? VenueMargin.totals(account, on: venue, market: market, catalogue: catalogue,
                                                                   portfolioModel: model) else { continue }
            result.append(VenueSnapshot(venue: venue, figures: totals, unlistedCount: unlisted.count,
                                        unlistedNotionalUSD: unlisted.reduce(0) { $0 + $1.notionalUSD }))
        }
        return result
    }
}

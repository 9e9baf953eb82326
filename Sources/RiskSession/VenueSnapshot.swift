import MarginEngine

/// The session's book under one venue's rules (DESIGN §13), for the dashboard's venues view.
/// Money in USD; utilization a fraction.
public struct VenueSnapshot: Sendable, Equatable {
    public var venue: Venue
    /// Equity, IM and MM there; nil where not computed live (Deribit portfolio margin on a book
    /// that must first be re-created on Deribit: `xmargin margin --venue deribit-pm` computes it).
    public var figures: MarginTotals?
    /// Positions the venue does not list, and their notional (USD): the figures leave them out.
    public var unlistedCount: Int
    public var unlistedNotionalUSD: Double
    /// Where the figures come from when not the venue rule run here: `portfolio tab` (the
    /// session's own portfolio mode, the same numbers).
    public var source: String?

    public init(venue: Venue, figures: MarginTotals?, unlistedCount: Int, unlistedNotionalUSD: Double, source: String? = nil) {
        self.venue = venue
        self.figures = figures
        self.unlistedCount = unlistedCount
        self.unlistedNotionalUSD = unlistedNotionalUSD
        self.source = source
    }

    /// The cheapest venue (the rule of `VenueMargin.cheapest`): the lowest IM among venues with
    /// figures that list the whole book.
    public static func cheapest(_ venues: [VenueSnapshot]) -> Venue? {
        VenueMargin.cheapest(venues.map { ($0.venue, $0.figures?.initialMarginUSD, $0.unlistedCount == 0) })
    }
}

extension RiskSession {
    /// The cross book (after its own liquidations, at its market) under every venue: equity, IM and
    /// MM by each rule (``VenueMargin/totals(_:on:market:catalogue:)``, microseconds a position).
    /// Deribit portfolio margin takes the session's portfolio mode figures where that mode's book
    /// is already all Deribit instruments (the same numbers as the PORTFOLIO tab), else is left
    /// out (nil figures): a second risk-based model per refresh would stall the worker.
    func venueSnapshots(portfolio: ModeSnapshot?) -> [VenueSnapshot] {
        guard let cross = replay.replays.first(where: { $0.statistics.mode == .cross }) else { return [] }
        let account = cross.book.account, market = cross.book.market
        var result: [VenueSnapshot] = []
        for venue in Venue.allCases {
            switch venue {
            case .deribit, .binance, .hyperliquid, .dydx, .derive:
                guard let outcome = try? VenueMargin.totals(account, on: venue, market: market, catalogue: catalogue) else { continue }
                let (totals, unlisted) = outcome
                result.append(VenueSnapshot(venue: venue, figures: totals, unlistedCount: unlisted.count,
                                            unlistedNotionalUSD: unlisted.reduce(0) { $0 + $1.notionalUSD }))
            case .deribitPortfolio:
                let pmBook = replay.replays.first { $0.statistics.mode == .portfolio }?.book.account
                let native = pmBook.map { book in
                    book.positions.allSatisfy { $0.instrument.family != "usdt_perpetual" }
                } ?? false
                result.append(VenueSnapshot(venue: venue, figures: native ? portfolio?.figures : nil, unlistedCount: 0,
                                            unlistedNotionalUSD: 0, source: native ? "portfolio tab" : nil))
            }
        }
        return result
    }
}

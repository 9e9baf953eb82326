import MarginEngine
import RiskSession

/// One venue in the risk pane's venues view (DESIGN §13): the session's book under that venue's
/// rules. Money in USD; utilization a fraction.
public struct VenueRow: Sendable, Equatable {
    /// `deribit`, `deribit-pm`, `binance`, `hyperliquid`, `dydx`, `derive`.
    public var name: String
    /// nil where not computed live (see ``note``).
    public var initialMarginUSD: Double?
    public var maintenanceMarginUSD: Double?
    public var utilization: Double?
    /// Positions the venue does not list, and their notional: the figures leave them out.
    public var unlistedCount: Int
    public var unlistedNotionalUSD: Double
    /// Lowest IM among venues that list the whole book.
    public var isCheapest: Bool
    /// `n/a live` where the snapshot has no figures for the venue.
    public var note: String?

    public init(name: String, initialMarginUSD: Double?, maintenanceMarginUSD: Double?, utilization: Double?,
                unlistedCount: Int, unlistedNotionalUSD: Double, isCheapest: Bool, note: String? = nil) {
        self.name = name
        self.initialMarginUSD = initialMarginUSD
        self.maintenanceMarginUSD = maintenanceMarginUSD
        self.utilization = utilization
        self.unlistedCount = unlistedCount
        self.unlistedNotionalUSD = unlistedNotionalUSD
        self.isCheapest = isCheapest
        self.note = note
    }

    /// The rows of a snapshot's venues, in `Venue.allCases` order, the cheapest marked.
    public static func rows(_ venues: [VenueSnapshot]) -> [VenueRow] {
        let cheapest = VenueSnapshot.cheapest(venues)
        return venues.map { venue in
            VenueRow(name: venue.venue.rawValue, initialMarginUSD: venue.figures?.initialMarginUSD,
                     maintenanceMarginUSD: venue.figures?.maintenanceMarginUSD, utilization: venue.figures?.utilization,
                     unlistedCount: venue.unlistedCount, unlistedNotionalUSD: venue.unlistedNotionalUSD,
                     isCheapest: venue.venue == cheapest,
                     note: venue.figures == nil ? "n/a live" : nil)
        }
    }
}

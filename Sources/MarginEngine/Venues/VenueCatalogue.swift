/// Venue rulebooks as catalogue data (`[venues.NAME]`, `[venues.map.UNDERLYING]`; DESIGN §13).
///
/// The user overrides any of it from a portfolio file's `[catalogue]` exactly like the rest of the
/// catalogue (entries laid over the bundled ones key by key). Deribit's and Binance's rules are the
/// catalogue's own schedules (§5.2, §5.3); this holds what the other venues need plus what every
/// venue has: the custodian haircut a cross-venue group applies to the collateral held there.
public struct VenueCatalogue: Sendable, Equatable {
    /// Custodian haircut per custodian (`Venue.custodian`: `deribit`, `binance`, …), a fraction
    /// (0.02 = collateral held there counts at 98% in a cross-venue group). Missing: 0.
    public var custodianHaircuts: [String: Double]
    /// Hyperliquid's margin tiers per underlying coin (`BTC`).
    public var hyperliquid: [String: HyperliquidTierSchedule]
    /// dYdX v4's market parameters per underlying coin (`BTC` for the `BTC-USD` market).
    public var dydx: [String: DydxMarketSchedule]
    /// Derive's portfolio-margin (PM2) parameters (`[venues.derive]`, one set for every market it
    /// margins); nil: the venue cannot be margined (the bundled catalogue always has them).
    public var derive: DeriveMarginParameters?
    /// The documented table of venue perpetual names per underlying.
    public var instrumentMap: VenueInstrumentMap

    public init(custodianHaircuts: [String: Double] = [:], hyperliquid: [String: HyperliquidTierSchedule] = [:],
                dydx: [String: DydxMarketSchedule] = [:], derive: DeriveMarginParameters? = nil,
                instrumentMap: VenueInstrumentMap = VenueInstrumentMap()) {
        self.custodianHaircuts = custodianHaircuts
        self.hyperliquid = hyperliquid
        self.dydx = dydx
        self.derive = derive
        self.instrumentMap = instrumentMap
    }

    /// The custodian haircut of `venue`, a fraction in [0, 1).
    public func custodianHaircut(_ venue: Venue) -> Double { custodianHaircuts[venue.custodian] ?? 0 }

    /// This catalogue with `other`'s entries laid over it (other wins key by key; a map row's
    /// columns merge one by one; `other`'s Derive parameters, already read over the bundled ones
    /// key by key, replace these).
    public func merged(with other: VenueCatalogue) -> VenueCatalogue {
        var result = self
        result.custodianHaircuts.merge(other.custodianHaircuts) { _, new in new }
        result.hyperliquid.merge(other.hyperliquid) { _, new in new }
        result.dydx.merge(other.dydx) { _, new in new }
        if let derive = other.derive { result.derive = derive }
        result.instrumentMap = instrumentMap.merged(with: other.instrumentMap)
        return result
    }
}

/// The instrument map: for each underlying, the perpetual's name on each venue (DESIGN §13).
///
/// Columns (catalogue keys of `[venues.map.UNDERLYING]`): `deribit` (inverse, USD-sized,
/// `BTC-PERPETUAL`), `deribit_linear` (`BTC_USDC-PERPETUAL`), `binance` (`BTCUSDT`), `dydx`
/// (`BTC-USD`), `hyperliquid` (`BTC`), `derive` (`BTC-PERP`; a row with a Derive name is a market
/// Derive margins: its perpetual and its options). A venue without a name in a row does not list that
/// underlying's perpetual. See `VenueBook` for how a position is re-created on another venue.
public struct VenueInstrumentMap: Sendable, Equatable {
    /// The column keys a row may have.
    public static let columns = ["deribit", "deribit_linear", "binance", "dydx", "hyperliquid", "derive"]

    /// Underlying → column → venue name.
    public var rows: [String: [String: String]]

    public init(rows: [String: [String: String]] = [:]) { self.rows = rows }

    /// The perpetual of `underlying` on `venue` (its `mapColumn`), or nil where it lists none.
    public func perpetualName(underlying: String, venue: Venue) -> String? { rows[underlying]?[venue.mapColumn] }

    /// The underlying and column of a venue name (`BTC-USD` → (`BTC`, `dydx`)), or nil when no
    /// row names it: the reverse lookup that makes the table a round trip.
    public func locate(name: String) -> (underlying: String, column: String)? {
        for underlying in rows.keys.sorted() {
            guard let row = rows[underlying] else { continue }
            for column in Self.columns where row[column] == name { return (underlying, column) }
        }
        return nil
    }

    /// This map with `other`'s rows laid over it, column by column.
    public func merged(with other: VenueInstrumentMap) -> VenueInstrumentMap {
        var result = self
        for (underlying, row) in other.rows { result.rows[underlying, default: [:]].merge(row) { _, new in new } }
        return result
    }
}

/// A position the venue does not list, reported instead of margined as zero.
public struct UnlistedPosition: Sendable, Equatable, Encodable {
    public var instrument: String
    /// |size| in USD: the notional of a perp/future, |coin| × index for options and spot.
    public var notionalUSD: Double
    /// Why, e.g. `not listed on hyperliquid: its rulebook here covers perpetuals only`.
    public var reason: String

    enum CodingKeys: String, CodingKey {
        case instrument, reason
        case notionalUSD = "notional_usd"
    }
}

/// An account re-created on one venue (DESIGN §13): the venue's instruments, the market that
/// marks them, the catalogue whose schedules are that venue's rules, and what it cannot hold.
///
/// Re-creating a position:
/// - a venue's own instrument stays as it is (Deribit's `BTC-PERPETUAL` on Deribit, `BTCUSDT` on Binance);
/// - a perpetual from elsewhere becomes the venue's perpetual of the same underlying (the
///   instrument map), with the **same coin exposure now**: an inverse perp of N USD at mark P is
///   N / P coin, a linear one keeps its coin size. It is opened at the current mark and the old
///   position's uPnL (USD) is settled into USDC collateral, so equity and delta are unchanged;
///   positions that land on one venue instrument are netted into one (as the venue holds them);
/// - options and dated futures stay on Deribit and are `unlisted` elsewhere, as is a perpetual
///   the map or the venue's parameters do not cover. Collateral balances are carried as they are.
public struct VenueBook: Sendable {
    public var venue: Venue
    public var account: Account
    public var market: MarketState
    /// The catalogue the venue margins with: the base one plus, for Hyperliquid and dYdX, their
    /// schedules assigned to their instrument names.
    public var catalogue: Catalogue
    public var unlisted: [UnlistedPosition]

    /// USD the re-created positions settled into USDC collateral (their uPnL at the mark).
    public var settledPnlUSD: Double

    /// `account` re-created on `venue` at `market`.
    public init(mapping account: Account, to venue: Venue, market: MarketState, catalogue: Catalogue) throws(MarginError) {
        self.venue = venue
        self.account = account
        self.market = market
        self.catalogue = catalogue
        unlisted = []
        settledPnlUSD = 0
        var entries: [Entry] = []
        var netted: [String: Int] = [:]
        for position in account.positions {
            let instrument = position.instrument
            switch instrument.kind {
            case .spot:
                entries.append(.kept(position))
            case .option, .future:
                if venue.listsOptionsAndFutures {
                    entries.append(.kept(position))
                } else {
                    unlisted.append(try Self.unlisted(position, market: market,
                                                      reason: "not listed on \(venue.rawValue): its rulebook here covers perpetuals only"))
                }
            case .perpetual:
                guard let target = try target(for: instrument) else {
                    unlisted.append(try Self.unlisted(position, market: market,
                                                      reason: "not listed on \(venue.rawValue): no \(instrument.underlying) perpetual in its instrument map or parameters"))
                    continue
                }
                if let at = netted[target.name], case .netted(let existing, var sources) = entries[at] {
                    sources.append(position)
                    entries[at] = .netted(existing, sources)
                } else {
                    netted[target.name] = entries.count
                    entries.append(.netted(target, [position]))
                }
            }
        }
        var positions: [Position] = []
        for entry in entries {
            switch entry {
            case .kept(let position): positions.append(position)
            case .netted(let target, let sources):
                if sources.count == 1, let only = sources.first, only.instrument.name == target.name {
                    positions.append(only)
                } else if let position = try recreate(sources, as: target) {
                    positions.append(position)
                }
            }
        }
        var collateral = account.collateral
        if settledPnlUSD != 0 {
            if let at = collateral.firstIndex(where: { $0.coin == "USDC" }) {
                collateral[at].amount += settledPnlUSD
            } else {
                collateral.append(CollateralBalance(coin: "USDC", amount: settledPnlUSD))
            }
        }
        self.account = Account(name: account.name, collateral: collateral, positions: positions, venue: venue)
    }

    private enum Entry {
        case kept(Position)
        case netted(Instrument, [Position])
    }

    /// The venue's perpetual for `instrument`, or nil where it lists none; registers the venue's
    /// schedule for it in `catalogue` (Hyperliquid, dYdX).
    private mutating func target(for instrument: Instrument) throws(MarginError) -> Instrument? {
        let map = catalogue.venues.instrumentMap
        let underlying = instrument.underlying
        switch venue {
        case .deribit, .deribitPortfolio:
            if instrument.family == "inverse_perpetual" || instrument.family == "linear_perpetual" { return instrument }
            return Self.parsedPerpetual(map.perpetualName(underlying: underlying, venue: venue), underlying: underlying)
        case .binance:
            if instrument.family == "usdt_perpetual" { return instrument }
            return Self.parsedPerpetual(map.perpetualName(underlying: underlying, venue: venue), underlying: underlying)
        case .hyperliquid:
            guard let name = map.perpetualName(underlying: underlying, venue: venue),
                  let tiers = catalogue.venues.hyperliquid[underlying] else { return nil }
            return register(name, underlying: underlying, schedule: .hyperliquid(tiers))
        case .dydx:
            guard let name = map.perpetualName(underlying: underlying, venue: venue),
                  let market = catalogue.venues.dydx[underlying] else { return nil }
            return register(name, underlying: underlying, schedule: .dydx(market))
        }
    }

    /// `name` as an engine instrument when it is a linear perpetual of `underlying`, else nil.
    static func parsedPerpetual(_ name: String?, underlying: String) -> Instrument? {
        guard let name, let instrument = try? InstrumentParser.parse(name), instrument.kind == .perpetual,
              instrument.settlement == .linear, instrument.underlying == underlying else { return nil }
        return instrument
    }

    /// A USDC-margined linear perpetual named as the venue names it, with `schedule` assigned.
    private mutating func register(_ name: String, underlying: String, schedule: MarginSchedule) -> Instrument {
        let key = "\(venue.rawValue):\(underlying)"
        catalogue.schedules[key] = schedule
        catalogue.assignments[name] = key
        return Instrument(name: name, underlying: underlying, settlementCurrency: "USDC", kind: .perpetual,
                          settlement: .linear, family: "\(venue.rawValue)_perpetual", expiryCode: nil)
    }

    /// `sources` as one position in `target` at the first source's mark (their uPnL settled into
    /// `settledPnlUSD`); nil when they net to zero.
    private mutating func recreate(_ sources: [Position], as target: Instrument) throws(MarginError) -> Position? {
        guard let first = sources.first else { return nil }
        let venueMark = try Self.mark(of: first.instrument, in: market)
        var coin = 0.0
        for source in sources {
            let mark = try Self.mark(of: source.instrument, in: market)
            let index = market.index(of: source.instrument.underlying) ?? mark
            if source.instrument.settlement == .inverse {
                coin += source.size / mark
                settledPnlUSD += source.entryPrice > 0 ? source.size * (1 / source.entryPrice - 1 / mark) * index : 0
            } else {
                coin += source.size
                settledPnlUSD += source.size * (mark - source.entryPrice)
            }
        }
        market.marksUSD[target.name] = venueMark
        guard coin != 0, coin.isFinite else { return nil }
        let leverages = sources.compactMap(\.leverage)
        return Position(instrument: target, size: coin, entryPrice: venueMark, leverage: leverages.min())
    }

    /// A perpetual's mark (USD): the market's, else the index.
    static func mark(of instrument: Instrument, in market: MarketState) throws(MarginError) -> Double {
        guard let index = market.index(of: instrument.underlying), index.isFinite, index > 0 else {
            throw .missingIndex(coin: instrument.underlying, neededBy: instrument.name)
        }
        let mark = market.marksUSD[instrument.name] ?? index
        guard mark.isFinite, mark > 0 else { throw .invalidPrice(symbol: instrument.name, value: mark) }
        return mark
    }

    static func unlisted(_ position: Position, market: MarketState, reason: String) throws(MarginError) -> UnlistedPosition {
        let instrument = position.instrument
        let notional: Double
        if instrument.isFutureLike {
            notional = instrument.settlement == .inverse ? abs(position.size) : abs(position.size) * (try mark(of: instrument, in: market))
        } else {
            guard let index = market.index(of: instrument.underlying) else {
                throw .missingIndex(coin: instrument.underlying, neededBy: instrument.name)
            }
            notional = abs(position.size) * index
        }
        return UnlistedPosition(instrument: instrument.name, notionalUSD: notional, reason: reason)
    }
}

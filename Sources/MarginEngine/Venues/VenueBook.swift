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
///   the map or the venue's parameters do not cover; Derive lists options too (as they are: its
///   rule values them at the market's vols) on the markets of its map column, and no dated futures;
/// - collateral balances and spot are carried as they are, except on Derive, where a coin its
///   collateral table (`[venues.derive.collaterals]`) does not accept is `unlisted`.
public struct VenueBook: Sendable {
    public var venue: Venue
    public var account: Account
    public var market: MarketState
    /// The catalogue the venue margins with: the base one plus, for Hyperliquid and dYdX, their
    /// schedules assigned to their instrument names (Derive's rule needs none: it reads
    /// `catalogue.venues.derive`).
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
                if let reason = refusedCollateral(instrument.underlying) {
                    unlisted.append(try Self.unlisted(position, market: market, reason: reason))
                } else {
                    entries.append(.kept(position))
                }
            case .option, .future:
                if let reason = refusedDerivative(instrument) {
                    unlisted.append(try Self.unlisted(position, market: market, reason: reason))
                } else {
                    entries.append(.kept(position))
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
        var collateral: [CollateralBalance] = []
        for balance in account.collateral {
            guard let reason = refusedCollateral(balance.coin) else {
                collateral.append(balance)
                continue
            }
            guard let index = market.index(of: balance.coin) else { throw .missingIndex(coin: balance.coin, neededBy: "collateral") }
            unlisted.append(UnlistedPosition(instrument: "\(balance.coin) balance", notionalUSD: abs(balance.amount) * index, reason: reason))
        }
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

    /// Why the venue does not list the option or dated future `instrument`, or nil when it does.
    private func refusedDerivative(_ instrument: Instrument) -> String? {
        let isOption = if case .option = instrument.kind { true } else { false }
        switch venue {
        case .deribit, .deribitPortfolio:
            return nil
        case .binance, .hyperliquid, .dydx:
            return "not listed on \(venue.rawValue): its rulebook here covers perpetuals only"
        case .derive:
            guard isOption else { return "not listed on derive: Derive lists perpetuals and options, no dated futures" }
            guard catalogue.venues.instrumentMap.perpetualName(underlying: instrument.underlying, venue: venue) != nil else {
                return "not listed on derive: no \(instrument.underlying) market in its instrument map"
            }
            return nil
        }
    }

    /// Why the venue does not take `coin` as collateral, or nil when it does: Derive takes USDC
    /// cash and the coins of `[venues.derive.collaterals]`; the other venues carry every balance.
    private func refusedCollateral(_ coin: String) -> String? {
        switch venue {
        case .deribit, .deribitPortfolio, .binance, .hyperliquid, .dydx:
            return nil
        case .derive:
            if coin == "USDC" || coin == "USD" || catalogue.venues.derive?.collaterals[coin] != nil { return nil }
            return "not accepted as collateral on derive: \(coin) is not in its collateral table"
        }
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
        case .derive:
            guard let name = map.perpetualName(underlying: underlying, venue: venue), catalogue.venues.derive != nil else { return nil }
            return Instrument(name: name, underlying: underlying, settlementCurrency: "USDC", kind: .perpetual,
                              settlement: .linear, family: "derive_perpetual", expiryCode: nil)
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

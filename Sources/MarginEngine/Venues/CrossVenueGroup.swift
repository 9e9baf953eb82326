/// All accounts of a desk margined as one cross-venue portfolio (DESIGN §13): what a prime broker
/// or clearing link would ask, against what the venues ask one by one. Money in USD.
///
/// - **Separately**: each account on its own venue (`Account.venue`, untagged: `deribit`), margined
///   by that venue's rules (``VenueMargin``); the requirements summed.
/// - **As a group**: all positions in one account (``Portfolio/combinedAccount(name:)``) whose
///   collateral counts after each venue's custodian haircut (a balance of A held at a venue with
///   haircut h counts as A·(1 − h)), margined under the group rule `groupVenue`.
/// - **Saved**: separate − group, on IM and on MM (``CapitalSaved``'s sign: positive when the group
///   needs less), beside ``custodianHaircutUSD``, the collateral value the haircuts take — the
///   price of keeping collateral at each venue.
///
/// With every account on one venue V and the group rule V, the group is V margining the combined
/// book with the haircut of V applied to its collateral: for a single account, IM and MM equal the
/// account's own on V and the saving is zero (a property test holds this).
public struct CrossVenueGroupReport: Sendable, Equatable {
    /// The rule the group is margined under.
    public var groupVenue: Venue
    /// Each account on its own venue, in the file's order.
    public var members: [VenueMarginReport]
    /// The combined book under `groupVenue`, collateral after custodian haircuts.
    public var group: VenueMarginReport
    /// Σ members' IM and MM, USD.
    public var separateInitialMarginUSD: Double
    public var separateMaintenanceMarginUSD: Double
    /// Collateral value removed by custodian haircuts, USD (Σ balance value × haircut of its venue).
    public var custodianHaircutUSD: Double
    /// The same per custodian (`Venue.custodian`: `deribit`, `binance`, …), USD; custodians whose
    /// haircut is 0 or hold no collateral are absent.
    public var custodianHaircutByVenueUSD: [String: Double]
    /// Separate − group requirements (USD; positive: cross-venue netting frees that much).
    public var saved: CapitalSaved

    /// Whether every member and the group margin all their positions (else the sums leave some out).
    public var isComplete: Bool { group.isComplete && members.allSatisfy(\.isComplete) }
}

/// Builds ``CrossVenueGroupReport``s.
public enum CrossVenueGroup {
    /// The group rule when none is chosen: the one venue every account is on, else Deribit
    /// portfolio margin (the risk-based rule that nets across instruments and underlyings).
    public static func defaultGroupVenue(for accounts: [Account]) -> Venue {
        let venues = Set(accounts.map { $0.venue ?? .deribit })
        if venues.count == 1, let only = venues.first { return only }
        return .deribitPortfolio
    }

    /// The accounts' collateral and positions in one account, each balance scaled by
    /// (1 − its venue's custodian haircut); also the USD value the haircuts removed.
    public static func combined(_ accounts: [Account], name: String, market: MarketState,
                                catalogue: Catalogue) throws(MarginError) -> (account: Account, haircutUSD: Double) {
        let (account, byCustodian) = try combinedByCustodian(accounts, name: name, market: market, catalogue: catalogue)
        return (account, byCustodian.values.reduce(0, +))
    }

    /// ``combined(_:name:market:catalogue:)`` with the haircut value per custodian, USD.
    static func combinedByCustodian(_ accounts: [Account], name: String, market: MarketState,
                                    catalogue: Catalogue) throws(MarginError) -> (account: Account, haircutUSD: [String: Double]) {
        var haircutUSD: [String: Double] = [:]
        var haircut: [Account] = []
        for account in accounts {
            let venue = account.venue ?? .deribit
            let rate = catalogue.venues.custodianHaircut(venue)
            var copy = account
            for index in copy.collateral.indices {
                let balance = copy.collateral[index]
                guard rate > 0, balance.amount != 0 else { continue }
                guard let price = market.index(of: balance.coin) else {
                    throw .missingIndex(coin: balance.coin, neededBy: "collateral of \(account.name)")
                }
                haircutUSD[venue.custodian, default: 0] += balance.amount * rate * price * (1 - catalogue.haircut(for: balance.coin))
                copy.collateral[index].amount = balance.amount * (1 - rate)
            }
            haircut.append(copy)
        }
        return (Portfolio(accounts: haircut).combinedAccount(name: name), haircutUSD)
    }

    /// The group report of `accounts` under `groupVenue` (nil: ``defaultGroupVenue(for:)``).
    public static func report(_ accounts: [Account], name: String = "group", groupVenue: Venue? = nil,
                              market: MarketState, catalogue: Catalogue,
                              history: ReturnHistory? = nil) throws(MarginError) -> CrossVenueGroupReport {
        guard !accounts.isEmpty else { throw .noAccounts }
        var members: [VenueMarginReport] = []
        for account in accounts {
            members.append(try VenueMargin.margin(account, on: account.venue ?? .deribit, market: market,
                                                  catalogue: catalogue, history: history))
        }
        let rule = groupVenue ?? defaultGroupVenue(for: accounts)
        let (combined, haircuts) = try combinedByCustodian(accounts, name: name, market: market, catalogue: catalogue)
        let group = try VenueMargin.margin(combined, on: rule, market: market, catalogue: catalogue, history: history)
        let separateIM = members.reduce(0) { $0 + $1.report.initialMarginUSD }
        let separateMM = members.reduce(0) { $0 + $1.report.maintenanceMarginUSD }
        return CrossVenueGroupReport(
            groupVenue: rule, members: members, group: group, separateInitialMarginUSD: separateIM,
            separateMaintenanceMarginUSD: separateMM, custodianHaircutUSD: haircuts.values.reduce(0, +),
            custodianHaircutByVenueUSD: haircuts,
            saved: CapitalSaved(baselineInitialUSD: separateIM, baselineMaintenanceUSD: separateMM,
                                initialMarginUSD: group.report.initialMarginUSD,
                                maintenanceMarginUSD: group.report.maintenanceMarginUSD))
    }
}

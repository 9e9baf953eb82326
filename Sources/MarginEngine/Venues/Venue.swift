/// A trading venue whose published rulebook margins an account (DESIGN §13).
///
/// Each case is one rulebook, named as it is written in files and on the command line
/// (`--venue deribit-pm`, `accounts.venue = "hyperliquid"`):
/// - `deribit`: Deribit standard (cross) margin — the catalogue's Deribit schedules (§5.2);
/// - `deribit-pm`: Deribit portfolio margin (§5.3) — the same custodian, the risk-based rule;
/// - `binance`: Binance USDⓈ-M tiered margin (§5.2);
/// - `hyperliquid`: Hyperliquid cross margin, `HyperliquidTierSchedule` (MM = half the IM at max leverage);
/// - `dydx`: dYdX v4 cross margin, `DydxMarketSchedule` (IMF/MMF per market, IMF scaled by open interest);
/// - `derive`: Derive portfolio margin (PM2), `DerivePortfolioMargin` — one portfolio-margined
///   subaccount per market (spot × vol scenarios, tail scenarios with dampening, contingencies).
///
/// **Adding a venue**: one case here, its rule in one file under `Venues/`, one
/// branch in `VenueMargin.margin(_:on:market:catalogue:history:)` (the slot is marked there; a rule
/// that gives IM/MM for a whole account goes through `VenueMargin.totalsRuleReport(_:rule:)`), the
/// perpetuals it lists in `VenueBook`, a column in the instrument map (`[venues.map.UNDERLYING]`)
/// and a `[venues.NAME]` section in the catalogue (README § Venues). The compiler lists every
/// `switch` that needs the new case; there are no `default:` branches over venues.
public enum Venue: String, CaseIterable, Sendable, Hashable, Encodable {
    case deribit
    case deribitPortfolio = "deribit-pm"
    case binance
    case hyperliquid
    case dydx
    case derive

    /// The venue named `text` (`deribit`, `deribit-pm`, `binance`, `hyperliquid`, `dydx`, `derive`), or nil.
    public init?(name text: String) { self.init(rawValue: text) }

    /// The catalogue section that holds this venue's custodian parameters (`[venues.deribit]` for
    /// both Deribit rulebooks: one custodian, two margin rules).
    public var custodian: String {
        switch self {
        case .deribit, .deribitPortfolio: return "deribit"
        case .binance, .hyperliquid, .dydx, .derive: return rawValue
        }
    }

    /// Whether the venue lists options (Deribit and Derive do; Derive only on the markets of its
    /// instrument-map column, `VenueBook`; Hyperliquid and dYdX v4 are perpetuals-only venues;
    /// this engine's Binance rulebook covers USDⓈ-M perpetuals only).
    public var listsOptions: Bool {
        switch self {
        case .deribit, .deribitPortfolio, .derive: return true
        case .binance, .hyperliquid, .dydx: return false
        }
    }

    /// Whether the venue lists dated futures (Deribit does; Derive lists perpetuals and options
    /// only; Binance's quarterlies are outside this engine's Binance rulebook).
    public var listsDatedFutures: Bool {
        switch self {
        case .deribit, .deribitPortfolio: return true
        case .binance, .hyperliquid, .dydx, .derive: return false
        }
    }

    /// The instrument-map column with this venue's perpetual names (`[venues.map.BTC]`): Deribit's
    /// linear perpetual (`deribit_linear`) receives exposure from other venues; its own inverse and
    /// linear perpetuals stay as they are.
    public var mapColumn: String {
        switch self {
        case .deribit, .deribitPortfolio: return "deribit_linear"
        case .binance, .hyperliquid, .dydx, .derive: return rawValue
        }
    }

    /// Comma-separated names, for error messages and help.
    public static var namesList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

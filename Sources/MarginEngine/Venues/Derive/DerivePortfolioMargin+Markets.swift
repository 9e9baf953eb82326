/// Derive margins one market per portfolio-margined subaccount (PMRM_2 is deployed once per
/// currency: docs.derive.xyz, "Portfolio Margin"; github.com/derivexyz/v2-core `PMRM_2.sol`), so a
/// book over several underlyings is held as one subaccount per market and its requirement is the
/// sum of theirs: nothing nets across markets.
public struct DeriveMarketsResult: Sendable, Equatable {
    /// One result per market, in the order of ``DerivePortfolioMargin/subaccounts(of:)``.
    public var markets: [DeriveMarginResult]
    /// Sum of the markets' maintenance requirements, USD (positive).
    public var maintenanceMarginUSD: Double { markets.reduce(0) { $0 + $1.maintenanceMarginUSD } }
    /// Sum of the markets' initial requirements, USD (positive).
    public var initialMarginUSD: Double { markets.reduce(0) { $0 + $1.initialMarginUSD } }
}

extension DerivePortfolioMargin {
    /// Splits `account` into one subaccount per market, markets sorted by name:
    /// - each underlying's derivatives (perps, futures, options) and spot positions go to its market;
    /// - a coin balance goes to that coin's market (there it is risk-cancelling collateral), or to a
    ///   market of its own when no derivative of the coin is held;
    /// - USDC/USD (and other stablecoin) balances are cash and go to the first market: cash has no
    ///   scenario loss, so where it sits changes no requirement.
    public static func subaccounts(of account: Account) -> [Account] {
        var positionsByMarket: [String: [Position]] = [:]
        for position in account.positions {
            positionsByMarket[position.instrument.underlying, default: []].append(position)
        }
        var collateralByMarket: [String: [CollateralBalance]] = [:]
        var cash: [CollateralBalance] = []
        for balance in account.collateral {
            if MarketState.stablecoins.contains(balance.coin) {
                cash.append(balance)
            } else {
                collateralByMarket[balance.coin, default: []].append(balance)
            }
        }
        let markets = Set(positionsByMarket.keys).union(collateralByMarket.keys).sorted()
        guard !markets.isEmpty else { return [account] }
        return markets.enumerated().map { offset, market in
            Account(name: "\(account.name)/\(market)",
                    collateral: (offset == 0 ? cash : []) + (collateralByMarket[market] ?? []),
                    positions: positionsByMarket[market] ?? [])
        }
    }

    /// Margins `account` as Derive would hold it: one portfolio-margined subaccount per market
    /// (``subaccounts(of:)``), each by ``margin(account:market:parameters:)``.
    public static func marginByMarket(account: Account, market: MarketState,
                                      parameters: DeriveMarginParameters) throws(MarginError) -> DeriveMarketsResult {
        var results: [DeriveMarginResult] = []
        for subaccount in subaccounts(of: account) {
            results.append(try margin(account: subaccount, market: market, parameters: parameters))
        }
        return DeriveMarketsResult(markets: results)
    }
}

/// Isolated and cross margin (DESIGN §5.1–5.2) of one account.
///
/// Equity = collateral at index × (1 − haircut) + futures uPnL + option values (USD).
/// Cross: IM/MM are the sums of the per-position schedules; the account is liquidated when equity ≤ MM.
/// Isolated: each position has its own collateral and is liquidated when margin + uPnL ≤ its MM.
public struct StandardMargin: Sendable {
    public var valuer: PositionValuer

    public init(catalogue: Catalogue) {
        valuer = PositionValuer(catalogue: catalogue)
    }

    /// Collateral value after haircuts, USD.
    public func collateralUSD(_ account: Account, market: MarketState) throws(MarginError) -> Double {
        var total = 0.0
        for balance in account.collateral where balance.amount != 0 {
            guard let index = market.index(of: balance.coin) else {
                throw .missingIndex(coin: balance.coin, neededBy: "collateral")
            }
            total += balance.amount * index * (1 - valuer.catalogue.haircut(for: balance.coin))
        }
        return total
    }

    /// The account margined in `mode` (`.isolated` or `.cross`; `.portfolio` is the risk-based model).
    public func report(_ account: Account, market: MarketState, mode: MarginMode) throws(MarginError) -> AccountMarginReport {
        let collateral = try collateralUSD(account, market: market)
        var valuations: [PositionValuation] = []
        valuations.reserveCapacity(account.positions.count)
        for position in account.positions { valuations.append(try valuer.value(position, in: market)) }
        let equity = collateral + valuations.reduce(0) { $0 + $1.equityContributionUSD }
        let initial = valuations.reduce(0) { $0 + $1.initialMarginUSD }
        let maintenance = valuations.reduce(0) { $0 + $1.maintenanceMarginUSD }

        var lines: [PositionMarginReport] = []
        var pinned = account
        for (index, position) in account.positions.enumerated() {
            let valuation = valuations[index]
            var line = Self.line(position, valuation)
            if mode == .isolated {
                let isolated = try isolatedState(position, valuation: valuation, market: market)
                pinned.positions[index].isolatedMargin = isolated.marginInSettlement
                line.isolatedMarginUSD = isolated.marginUSD
                line.isolatedEquityUSD = isolated.marginUSD + valuation.unrealizedPnlUSD
                let isoEquity = isolated.marginUSD + valuation.unrealizedPnlUSD
                line.isolatedUtilization = isoEquity > 0 ? valuation.maintenanceMarginUSD / isoEquity
                    : (valuation.maintenanceMarginUSD > 0 ? .infinity : 0)
            }
            lines.append(line)
        }
        // Liquidation levels: the one definition (DESIGN §6), solved on the compiled book.
        var book = try CompiledBook(account: pinned, market: market, catalogue: valuer.catalogue)
        let levels = try book.liquidationLevels(isolated: mode == .isolated)
        return AccountMarginReport(
            account: account.name, mode: mode, asOfMicros: market.timestampMicros, collateralUSD: collateral,
            equityUSD: equity, initialMarginUSD: initial, maintenanceMarginUSD: maintenance,
            utilization: Self.utilization(maintenance: maintenance, equity: equity),
            freeCollateralUSD: equity - initial, positions: lines, levels: levels,
            instruments: account.positions.map(\.instrument))
    }

    /// MM ÷ equity; +∞ when equity ≤ 0 and MM > 0; 0 when there is no requirement.
    public static func utilization(maintenance: Double, equity: Double) -> Double {
        if maintenance <= 0 { return 0 }
        return equity > 0 ? maintenance / equity : .infinity
    }

    static func line(_ position: Position, _ valuation: PositionValuation) -> PositionMarginReport {
        PositionMarginReport(
            instrument: position.instrument.name, underlying: position.instrument.underlying, size: position.size,
            entry: position.entryPrice, mark: valuation.mark, indexUSD: valuation.indexUSD,
            unrealizedPnlUSD: valuation.unrealizedPnlUSD, notionalUSD: valuation.notionalUSD,
            equityContributionUSD: valuation.equityContributionUSD, initialMarginUSD: valuation.initialMarginUSD,
            maintenanceMarginUSD: valuation.maintenanceMarginUSD, liquidationPrice: nil,
            liquidationDistancePercent: nil, delta: valuation.deltaCoin, gamma: valuation.gamma,
            vega: valuation.vegaUSD, theta: valuation.thetaUSD, impliedVol: valuation.impliedVol,
            isolatedMarginUSD: nil, isolatedEquityUSD: nil, isolatedUtilization: nil)
    }
}

/// Equity and maintenance margin of an account, USD — the two numbers liquidation keys off.
public struct MarginTotals: Sendable, Equatable {
    public var equityUSD: Double
    public var initialMarginUSD: Double
    public var maintenanceMarginUSD: Double

    public init(equityUSD: Double, initialMarginUSD: Double, maintenanceMarginUSD: Double) {
        self.equityUSD = equityUSD
        self.initialMarginUSD = initialMarginUSD
        self.maintenanceMarginUSD = maintenanceMarginUSD
    }

    /// MM ÷ equity (fraction; +∞ when equity ≤ 0 with a requirement).
    public var utilization: Double {
        StandardMargin.utilization(maintenance: maintenanceMarginUSD, equity: equityUSD)
    }
}

extension StandardMargin {
    /// Equity, IM and MM (sums of the per-position schedules) without liquidation prices: the cheap
    /// path for replays and liquidation rounds.
    public func totals(_ account: Account, market: MarketState) throws(MarginError) -> MarginTotals {
        var equity = try collateralUSD(account, market: market)
        var initial = 0.0, maintenance = 0.0
        for position in account.positions {
            let value = try valuer.value(position, in: market)
            equity += value.equityContributionUSD
            initial += value.initialMarginUSD
            maintenance += value.maintenanceMarginUSD
        }
        return MarginTotals(equityUSD: equity, initialMarginUSD: initial, maintenanceMarginUSD: maintenance)
    }
}

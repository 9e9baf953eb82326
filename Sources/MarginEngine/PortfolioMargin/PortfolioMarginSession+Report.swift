extension PortfolioMarginSession {
    /// The full report: the account in portfolio mode (position lines valued by `PositionValuer`,
    /// no per-position margin: portfolio margin is not per position) and the model detail with
    /// per-position attribution; with `levels`, the account's liquidation levels too (a root
    /// search of ticks — the live session solves them on its own cadence and asks without).
    public func report(levels: Bool = true) throws(MarginError) -> PortfolioMarginReport {
        let standard = StandardMargin(catalogue: catalogue)
        let combined = accounts.count == 1 ? accounts[0] : Portfolio(accounts: accounts).combinedAccount(name: name)
        let collateral = try standard.collateralUSD(combined, market: market)
        var lines: [PositionMarginReport] = []
        for position in combined.positions {
            var line = StandardMargin.line(position, try standard.valuer.value(position, in: market))
            line.initialMarginUSD = 0
            line.maintenanceMarginUSD = 0
            lines.append(line)
        }
        let account = AccountMarginReport(
            account: name, mode: .portfolio, asOfMicros: market.timestampMicros, collateralUSD: collateral,
            equityUSD: figures.equityUSD, initialMarginUSD: figures.initialMarginUSD,
            maintenanceMarginUSD: figures.maintenanceMarginUSD, utilization: figures.utilization,
            freeCollateralUSD: figures.equityUSD - figures.initialMarginUSD, positions: lines,
            levels: levels ? liquidationLevels() : LiquidationLevels(underlyings: [], positions: []),
            instruments: combined.positions.map(\.instrument))
        let settings = catalogue.portfolioMargin.expectedShortfall
        let es = ExpectedShortfallReport(
            method: scenarios.method, revaluation: settings.revaluation, confidence: settings.confidence,
            horizonDays: settings.horizonDays, scenarioCount: scenarios.count, varUSD: tailStatistics.valueAtRiskUSD,
            esUSD: tailStatistics.expectedShortfallUSD, maintenanceMarginUSD: figures.esMaintenanceMarginUSD,
            initialMarginUSD: figures.esInitialMarginUSD, dailyVols: scenarios.dailyVols, historyDays: scenarios.historyDays,
            historyNote: scenarios.historyNote, contributions: attribution(combined))
        let liquidity = LiquidityAddOn.report(book.underlyings, settings: catalogue.portfolioMargin.liquidity,
                                               dailyVols: scenarios.dailyVols)
        let matrices = riskMatrices.map(\.report).sorted { $0.currency < $1.currency }
        return PortfolioMarginReport(account: account, detail: PortfolioMarginDetail(
            figures: figures, riskMatrix: matrices, expectedShortfall: es, liquidity: liquidity))
    }

    /// ES contribution and worst-case PnL of each position (linear in its size).
    func attribution(_ combined: Account) -> [PositionAttribution] {
        let tail = tailStatistics.tailIndices
        let unitTail = book.underlyings.map { engine.unitTailPnL($0, tail: tail) }
        var result: [PositionAttribution] = []
        for (index, ref) in book.positions.enumerated() {
            let position = combined.positions[index]
            let underlying = book.underlyings[ref.underlying]
            let worst = riskMatrices[ref.underlying]
            var contribution = 0.0, worstCoin = 0.0
            switch ref.kind {
            case .spot:
                break
            case .delta1:
                contribution = -ref.size * unitTail[ref.underlying].linear[ref.slot]
                worstCoin = ref.size * worst.worstUnitPnLLinear[ref.slot]
            case .option:
                contribution = -ref.size * unitTail[ref.underlying].option[ref.slot]
                worstCoin = ref.size * worst.worstUnitPnLOption[ref.slot]
            }
            result.append(PositionAttribution(
                account: positionAccounts.indices.contains(index) ? positionAccounts[index] : name,
                instrument: position.instrument.name, size: position.size, esContributionUSD: contribution,
                worstCasePnLCoin: worstCoin, worstCasePnLUSD: worstCoin * underlying.indexUSD))
        }
        return result
    }
}

/// One-shot portfolio margin (DESIGN §5.3): the engine's pure entry point.
public enum PortfolioMargin {
    /// Portfolio-margin report of `account` at `market`, with ES scenarios from `history` (aligned
    /// daily log returns; nil or too short → the catalogue's default vols and correlations, and the
    /// report's `history_note` says so).
    public static func report(_ account: Account, market: MarketState, catalogue: Catalogue,
                              history: ReturnHistory? = nil) throws(MarginError) -> PortfolioMarginReport {
        try PortfolioMarginSession(account: account, market: market, catalogue: catalogue, history: history).report()
    }

    /// Several accounts margined as one cross-margined group.
    public static func groupReport(_ accounts: [Account], name: String = "group", market: MarketState, catalogue: Catalogue,
                                   history: ReturnHistory? = nil) throws(MarginError) -> PortfolioMarginReport {
        try PortfolioMarginSession(accounts: accounts, name: name, market: market, catalogue: catalogue,
                                   history: history).report()
    }
}

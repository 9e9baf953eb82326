/// One account margined under one venue's rules (DESIGN §13). Money in USD; utilization a fraction.
public struct VenueMarginReport: Sendable, Equatable {
    public var venue: Venue
    /// The account re-created on the venue (``VenueBook``) and margined by its rules: equity, IM,
    /// MM, utilization, positions in the venue's instruments and liquidation levels per underlying.
    public var report: AccountMarginReport
    /// Positions the venue does not list: not margined there, so the venue's figures cover only
    /// part of the book (``isComplete`` is false).
    public var unlisted: [UnlistedPosition]
    /// uPnL the re-created positions settled into USDC collateral (``VenueBook``), USD.
    public var settledPnlUSD: Double

    public init(venue: Venue, report: AccountMarginReport, unlisted: [UnlistedPosition], settledPnlUSD: Double = 0) {
        self.venue = venue
        self.report = report
        self.unlisted = unlisted
        self.settledPnlUSD = settledPnlUSD
    }

    /// Whether the venue margins the whole book.
    public var isComplete: Bool { unlisted.isEmpty }

    /// Σ |notional| of the unlisted positions, USD.
    public var unlistedNotionalUSD: Double { unlisted.reduce(0) { $0 + $1.notionalUSD } }
}

/// Margins an account under a venue's rules: the one dispatch over ``Venue``.
public enum VenueMargin {
    /// `account` re-created on `venue` (``VenueBook``) and margined there: Deribit standard, Binance,
    /// Hyperliquid and dYdX as one cross-margined account of their schedules (liquidation levels by
    /// the one definition, `LiquidationLevels`); Deribit portfolio margin by the risk-based model
    /// (ES from `history`, nil: the catalogue's defaults); Derive by its portfolio margin, one
    /// subaccount per market (``deriveTotals(_:)``; levels per underlying by
    /// `DerivePortfolioMargin.liquidationLevels`, no position lines).
    public static func margin(_ account: Account, on venue: Venue, market: MarketState, catalogue: Catalogue,
                              history: ReturnHistory? = nil) throws(MarginError) -> VenueMarginReport {
        let book = try VenueBook(mapping: account, to: venue, market: market, catalogue: catalogue)
        let report: AccountMarginReport
        switch venue {
        case .deribit, .binance, .hyperliquid, .dydx:
            report = try StandardMargin(catalogue: book.catalogue).report(book.account, market: book.market, mode: .cross)
        case .deribitPortfolio:
            report = try PortfolioMargin.report(book.account, market: book.market, catalogue: book.catalogue,
                                                history: history).account
        case .derive:
            var derive = try totalsRuleReport(book) { _, _ in try deriveTotals(book) }
            if let parameters = book.catalogue.venues.derive {
                derive.liquidationLevels = try DerivePortfolioMargin.liquidationLevels(account: book.account, market: book.market,
                                                                                       parameters: parameters)
            }
            report = derive
        }
        return VenueMarginReport(venue: venue, report: report, unlisted: book.unlisted, settledPnlUSD: book.settledPnlUSD)
    }

    /// Equity, IM and MM of `account` on `venue` without liquidation levels: the cheap path for
    /// live snapshots. Deribit portfolio margin builds one risk-based session for the re-created
    /// book (milliseconds on a 1,000-position book) with `portfolioModel`'s scenario model — its
    /// history, Monte Carlo draws and live covariance, so the figures are the PORTFOLIO tab's model
    /// on this book; nil: the catalogue's defaults.
    public static func totals(_ account: Account, on venue: Venue, market: MarketState, catalogue: Catalogue,
                              portfolioModel: PortfolioMarginSession? = nil)
        throws(MarginError) -> (totals: MarginTotals, unlisted: [UnlistedPosition]) {
        let book = try VenueBook(mapping: account, to: venue, market: market, catalogue: catalogue)
        switch venue {
        case .deribit, .binance, .hyperliquid, .dydx:
            return (try StandardMargin(catalogue: book.catalogue).totals(book.account, market: book.market), book.unlisted)
        case .deribitPortfolio:
            guard book.account.positions.contains(where: { $0.instrument.kind != .spot }) else {
                return (try StandardMargin(catalogue: book.catalogue).totals(book.account, market: book.market), book.unlisted)
            }
            let session = try PortfolioMarginSession(accounts: [book.account], name: book.account.name, market: book.market,
                                                     catalogue: book.catalogue, history: portfolioModel?.history,
                                                     draws: portfolioModel?.draws, liveCovariance: portfolioModel?.liveCovariance)
            let figures = session.figures
            return (MarginTotals(equityUSD: figures.equityUSD, initialMarginUSD: figures.initialMarginUSD,
                                 maintenanceMarginUSD: figures.maintenanceMarginUSD), book.unlisted)
        case .derive:
            return (try deriveTotals(book).totals, book.unlisted)
        }
    }

    /// Derive's figures for a book re-created on Derive: one portfolio-margined subaccount per
    /// market (``DerivePortfolioMargin/marginByMarket(account:market:parameters:)``), summed.
    /// Equity is Derive's mark-to-market (cash + collateral value + option values + perp unsettled
    /// PnL, USD), so equity − MM is Derive's own signed maintenance margin (negative: liquidatable)
    /// and equity − IM its initial margin; collateral is cash + collateral value, USD.
    public static func deriveTotals(_ book: VenueBook) throws(MarginError) -> (totals: MarginTotals, collateralUSD: Double) {
        guard let parameters = book.catalogue.venues.derive else {
            throw .venueRule(venue: Venue.derive.rawValue, reason: "the catalogue has no [venues.derive] parameters")
        }
        let result = try DerivePortfolioMargin.marginByMarket(account: book.account, market: book.market, parameters: parameters)
        let equity = result.markets.reduce(0) { $0 + $1.markToMarketUSD }
        let collateral = result.markets.reduce(0) { $0 + $1.cashUSDC + $1.collateralValueUSD }
        return (MarginTotals(equityUSD: equity, initialMarginUSD: result.initialMarginUSD,
                             maintenanceMarginUSD: result.maintenanceMarginUSD), collateral)
    }

    /// The report of a venue rule that gives only whole-account figures (Derive's portfolio margin
    /// plugs in here): `rule` is called on the book re-created on the venue and returns its equity,
    /// IM and MM (USD) and the collateral value it counts (USD) — the venue's own valuation; any
    /// error the rule throws that is not a ``MarginError`` becomes
    /// ``MarginError/venueRule(venue:reason:)``. No position lines, no levels.
    public static func totalsRuleReport(_ book: VenueBook,
                                        rule: (Account, MarketState) throws -> (totals: MarginTotals, collateralUSD: Double))
        throws(MarginError) -> AccountMarginReport {
        let figures: (totals: MarginTotals, collateralUSD: Double)
        do {
            figures = try rule(book.account, book.market)
        } catch let error as MarginError {
            throw error
        } catch {
            throw .venueRule(venue: book.venue.rawValue, reason: "\(error)")
        }
        return report(from: figures.totals, account: book.account, market: book.market, collateralUSD: figures.collateralUSD)
    }

    /// A report from a venue rule that gives only totals (USD): no position lines, no levels.
    /// For rules outside this engine's schedules (Derive's portfolio margin).
    public static func report(from totals: MarginTotals, account: Account, market: MarketState,
                              collateralUSD: Double) -> AccountMarginReport {
        AccountMarginReport(account: account.name, mode: .portfolio, asOfMicros: market.timestampMicros,
                            collateralUSD: collateralUSD, equityUSD: totals.equityUSD,
                            initialMarginUSD: totals.initialMarginUSD, maintenanceMarginUSD: totals.maintenanceMarginUSD,
                            utilization: totals.utilization, freeCollateralUSD: totals.equityUSD - totals.initialMarginUSD,
                            positions: [], levels: LiquidationLevels(underlyings: [], positions: []), instruments: [])
    }

    /// The cheapest venue of `reports`: the lowest initial margin among venues that margin the
    /// whole book (an incomplete venue's figure leaves positions out, so it cannot win); nil when
    /// none is complete. Ties go to the earlier report.
    public static func cheapest(_ reports: [VenueMarginReport]) -> Venue? {
        cheapest(reports.map { ($0.venue, $0.report.initialMarginUSD, $0.isComplete) })
    }

    /// The one cheapest rule, over (venue, IM in USD or nil where not computed, lists the whole book).
    public static func cheapest(_ candidates: [(venue: Venue, initialMarginUSD: Double?, isComplete: Bool)]) -> Venue? {
        var best: (venue: Venue, initialMarginUSD: Double)?
        for candidate in candidates where candidate.isComplete {
            guard let im = candidate.initialMarginUSD, im.isFinite else { continue }
            if best.map({ im < $0.initialMarginUSD }) ?? true { best = (candidate.venue, im) }
        }
        return best?.venue
    }
}

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
    /// (ES from `history`, nil: the catalogue's defaults).
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
        // Derive slot — `case .derive:` is one call:
        //     report = try totalsRuleReport(book) { account, market in
        //         let result = try DerivePortfolioMargin.margin(account: account, market: market,
        //                                                       parameters: book.catalogue.venues.derive)
        //         return (result.initialMarginUSD, result.maintenanceMarginUSD)
        //     }
        }
        return VenueMarginReport(venue: venue, report: report, unlisted: book.unlisted, settledPnlUSD: book.settledPnlUSD)
    }

    /// Equity, IM and MM of `account` on `venue` without liquidation levels: the cheap path for
    /// live snapshots. Deribit portfolio margin is not cheap (risk matrix and ES) and returns nil:
    /// the session shows its PORTFOLIO mode for it.
    public static func totals(_ account: Account, on venue: Venue, market: MarketState,
                              catalogue: Catalogue) throws(MarginError) -> (totals: MarginTotals, unlisted: [UnlistedPosition])? {
        let book = try VenueBook(mapping: account, to: venue, market: market, catalogue: catalogue)
        switch venue {
        case .deribit, .binance, .hyperliquid, .dydx:
            return (try StandardMargin(catalogue: book.catalogue).totals(book.account, market: book.market), book.unlisted)
        case .deribitPortfolio:
            return nil
        }
    }

    /// The report of a venue rule that gives only IM and MM (USD) for a whole account — Derive's
    /// portfolio margin plugs in here: `rule` is called on the book re-created on the venue; equity
    /// and collateral are the account's as every mode values them (§5); any error the rule throws
    /// becomes ``MarginError/venueRule(venue:reason:)``. No position lines, no levels.
    public static func totalsRuleReport(_ book: VenueBook,
                                        rule: (Account, MarketState) throws -> (initialMarginUSD: Double, maintenanceMarginUSD: Double))
        throws(MarginError) -> AccountMarginReport {
        let standard = StandardMargin(catalogue: book.catalogue)
        let collateral = try standard.collateralUSD(book.account, market: book.market)
        let equity = try standard.totals(book.account, market: book.market).equityUSD
        let margins: (initialMarginUSD: Double, maintenanceMarginUSD: Double)
        do {
            margins = try rule(book.account, book.market)
        } catch let error as MarginError {
            throw error
        } catch {
            throw .venueRule(venue: book.venue.rawValue, reason: "\(error)")
        }
        return report(from: MarginTotals(equityUSD: equity, initialMarginUSD: margins.initialMarginUSD,
                                         maintenanceMarginUSD: margins.maintenanceMarginUSD),
                      account: book.account, market: book.market, collateralUSD: collateral)
    }

    /// A report from a venue rule that gives only totals (USD): no position lines, no levels.
    /// For rules outside this engine's schedules (Derive's portfolio margin plugs in here).
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

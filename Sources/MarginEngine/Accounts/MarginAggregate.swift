/// Many accounts margined once, in one mode, summed up: how many are in alert, how many the
/// liquidation engine would act on now, and the collateral they are short of their maintenance
/// margin. Money in USD; thresholds fractions of utilization (DESIGN §6).
///
///     let aggregate = MarginAggregate(reports: reports)
///     aggregate.accountsInLiquidation   // accounts at or past 100% utilization
public struct MarginAggregate: Sendable, Equatable, Encodable {
    /// Accounts margined.
    public var accounts: Int
    /// Accounts whose alert utilization is at or above the notice threshold (70% by default; this
    /// counts warning and liquidation too). Isolated mode: the worst position's utilization, as
    /// the replay's alerts use it; cross and portfolio: the account's.
    public var accountsAlerted: Int
    /// Accounts at or past the liquidation threshold (utilization ≥ 100%: equity ≤ MM): the ones
    /// the liquidation engine would act on at these prices (isolated: with a breached position).
    public var accountsInLiquidation: Int
    /// Total maintenance shortfall, USD: Σ over accounts of max(0, MM − equity) — the collateral
    /// the accounts would have to post now to be back at their maintenance margin (the margin call).
    /// Isolated mode: Σ over positions of max(0, MM − isolated equity).
    public var maintenanceShortfallUSD: Double
    /// Σ equity over accounts, USD.
    public var equityUSD: Double
    /// Σ maintenance margin over accounts, USD.
    public var maintenanceMarginUSD: Double

    public init(reports: [AccountMarginReport], thresholds: AlertThresholds = AlertThresholds()) {
        accounts = reports.count
        var alerted = 0, inLiquidation = 0
        var shortfall = 0.0, equity = 0.0, maintenance = 0.0
        for report in reports {
            let utilization = Self.alertUtilization(report)
            if utilization >= thresholds.notice { alerted += 1 }
            if utilization >= thresholds.liquidation { inLiquidation += 1 }
            shortfall += Self.maintenanceShortfallUSD(report)
            equity += report.equityUSD
            maintenance += report.maintenanceMarginUSD
        }
        accountsAlerted = alerted
        accountsInLiquidation = inLiquidation
        maintenanceShortfallUSD = shortfall
        equityUSD = equity
        maintenanceMarginUSD = maintenance
    }

    /// The utilization alerts key off (fraction; +∞ when equity ≤ 0 with a requirement).
    static func alertUtilization(_ report: AccountMarginReport) -> Double {
        guard report.mode == .isolated else { return report.utilization }
        return report.positions.reduce(0) { max($0, $1.isolatedUtilization ?? 0) }
    }

    /// max(0, MM − equity), USD (isolated: summed per position over its isolated equity).
    static func maintenanceShortfallUSD(_ report: AccountMarginReport) -> Double {
        guard report.mode == .isolated else { return max(0, report.maintenanceMarginUSD - report.equityUSD) }
        return report.positions.reduce(0) { total, line in
            guard let equity = line.isolatedEquityUSD else { return total }
            return total + max(0, line.maintenanceMarginUSD - equity)
        }
    }

    enum CodingKeys: String, CodingKey {
        case accounts
        case accountsAlerted = "accounts_alerted"
        case accountsInLiquidation = "accounts_in_liquidation"
        case maintenanceShortfallUSD = "maintenance_shortfall_usd"
        case equityUSD = "equity_usd"
        case maintenanceMarginUSD = "maintenance_margin_usd"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(accounts, forKey: .accounts)
        try c.encode(accountsAlerted, forKey: .accountsAlerted)
        try c.encode(accountsInLiquidation, forKey: .accountsInLiquidation)
        try c.encodeFinite(maintenanceShortfallUSD, forKey: .maintenanceShortfallUSD)
        try c.encodeFinite(equityUSD, forKey: .equityUSD)
        try c.encodeFinite(maintenanceMarginUSD, forKey: .maintenanceMarginUSD)
    }
}

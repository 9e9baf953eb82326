/// Capital a margin mode saves against isolated margin, on both requirements, in USD.
///
/// Isolated margin is the baseline: every position margined alone (Binance's isolated margin,
/// Deribit's standard margin per instrument), so the saving is what netting is worth.
/// `saved = isolated requirement − this mode's requirement`: positive when the mode needs less,
/// negative when it needs more — a "saved" figure is never positive beside a higher requirement,
/// because it is measured on the same requirement it is shown next to. Both are given because
/// initial margin decides what can be opened and maintenance margin when the account is liquidated.
/// JSON: `{initial_margin_usd, maintenance_margin_usd}`, null where a requirement is not finite.
public struct CapitalSaved: Sendable, Equatable, Encodable {
    /// Isolated initial margin − this mode's initial margin (USD).
    public var initialMarginUSD: Double
    /// Isolated maintenance margin − this mode's maintenance margin (USD).
    public var maintenanceMarginUSD: Double

    /// The saving of a mode whose requirements are `initialMarginUSD`/`maintenanceMarginUSD` (USD)
    /// against isolated requirements `isolatedInitialUSD`/`isolatedMaintenanceUSD` (USD).
    public init(isolatedInitialUSD: Double, isolatedMaintenanceUSD: Double, initialMarginUSD: Double, maintenanceMarginUSD: Double) {
        self.initialMarginUSD = isolatedInitialUSD - initialMarginUSD
        self.maintenanceMarginUSD = isolatedMaintenanceUSD - maintenanceMarginUSD
    }

    /// The saving of `report`'s mode against `isolated`, the same account's isolated report.
    public init(isolated: AccountMarginReport, report: AccountMarginReport) {
        self.init(isolatedInitialUSD: isolated.initialMarginUSD, isolatedMaintenanceUSD: isolated.maintenanceMarginUSD,
                  initialMarginUSD: report.initialMarginUSD, maintenanceMarginUSD: report.maintenanceMarginUSD)
    }

    private enum CodingKeys: String, CodingKey {
        case initialMarginUSD = "initial_margin_usd"
        case maintenanceMarginUSD = "maintenance_margin_usd"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeFinite(initialMarginUSD, forKey: .initialMarginUSD)
        try container.encodeFinite(maintenanceMarginUSD, forKey: .maintenanceMarginUSD)
    }
}

extension CapitalSaved {
    /// The saving of requirements `initialMarginUSD`/`maintenanceMarginUSD` against any baseline
    /// (USD), with the same sign: baseline − requirement, positive when less is needed. Used for the
    /// capital cross-venue netting saves against the venues margining their accounts separately.
    public init(baselineInitialUSD: Double, baselineMaintenanceUSD: Double, initialMarginUSD: Double, maintenanceMarginUSD: Double) {
        self.init(isolatedInitialUSD: baselineInitialUSD, isolatedMaintenanceUSD: baselineMaintenanceUSD,
                  initialMarginUSD: initialMarginUSD, maintenanceMarginUSD: maintenanceMarginUSD)
    }
}

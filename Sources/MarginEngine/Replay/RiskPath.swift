/// The path of portfolio margin's market-driven figures over a replay (issue 10: dynamic margin
/// that follows the market): per underlying the scan range and the daily vol the session used,
/// and the account's ES and portfolio MM — each as its minimum, maximum, value when the mode's
/// first alert fired, and last value. Observed at the start, at every full revaluation (one minute
/// of tape time), whenever the live vols are applied, after a liquidation and at the first alert.
public struct RiskPath: Sendable, Equatable, Encodable {
    /// One figure's extent over the replay.
    public struct Extent: Sendable, Equatable, Encodable {
        public var min: Double
        public var max: Double
        /// The value when the mode's first alert fired; nil when none fired.
        public var atFirstAlert: Double?
        public var last: Double

        init(_ value: Double) {
            min = value
            max = value
            last = value
        }

        mutating func observe(_ value: Double, firstAlert: Bool) {
            guard value.isFinite else { return }
            min = Swift.min(min, value)
            max = Swift.max(max, value)
            last = value
            if firstAlert, atFirstAlert == nil { atFirstAlert = value }
        }

        private enum CodingKeys: String, CodingKey { case min, max, last, atFirstAlert = "at_first_alert" }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeFinite(min, forKey: .min)
            try c.encodeFinite(max, forKey: .max)
            try c.encodeFinite(atFirstAlert, forKey: .atFirstAlert)
            try c.encodeFinite(last, forKey: .last)
        }
    }

    /// Scan range per underlying, a fraction of the index (0.16 = ±16%).
    public var scanRange: [String: Extent] = [:]
    /// Daily vol per underlying the scenarios used, a fraction per day.
    public var dailyVol: [String: Extent] = [:]
    /// Expected shortfall of the account, USD.
    public var expectedShortfallUSD: Extent?
    /// Portfolio maintenance margin, USD.
    public var maintenanceMarginUSD: Extent?
    /// Whether the value at the first alert has been taken.
    public private(set) var alerted = false

    public init() {}

    mutating func observe(_ session: PortfolioMarginSession, firstAlert: Bool) {
        for matrix in session.riskMatrices {
            let report = matrix.report
            scanRange[report.currency, default: Extent(report.scanRange)].observe(report.scanRange, firstAlert: firstAlert)
            dailyVol[report.currency, default: Extent(report.dailyVol)].observe(report.dailyVol, firstAlert: firstAlert)
        }
        let figures = session.figures
        expectedShortfallUSD = expectedShortfallUSD ?? Extent(figures.esUSD)
        expectedShortfallUSD?.observe(figures.esUSD, firstAlert: firstAlert)
        maintenanceMarginUSD = maintenanceMarginUSD ?? Extent(figures.maintenanceMarginUSD)
        maintenanceMarginUSD?.observe(figures.maintenanceMarginUSD, firstAlert: firstAlert)
        if firstAlert { alerted = true }
    }

    private enum CodingKeys: String, CodingKey {
        case scanRange = "scan_range", dailyVol = "daily_vol", expectedShortfallUSD = "es_usd"
        case maintenanceMarginUSD = "maintenance_margin_usd"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(scanRange, forKey: .scanRange)
        try c.encode(dailyVol, forKey: .dailyVol)
        try c.encodeIfPresent(expectedShortfallUSD, forKey: .expectedShortfallUSD)
        try c.encodeIfPresent(maintenanceMarginUSD, forKey: .maintenanceMarginUSD)
    }
}

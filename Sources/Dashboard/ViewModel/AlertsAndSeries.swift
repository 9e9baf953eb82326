/// Alert severity (DESIGN §6).
public enum AlertSeverity: Int, Sendable, Hashable, CaseIterable {
    case notice, warning, danger, liquidation

    /// Short label shown before the message.
    public var label: String {
        switch self {
        case .notice: "NOTE"
        case .warning: "WARN"
        case .danger: "DANGER"
        case .liquidation: "LIQ"
        }
    }

    /// How the row is drawn; liquidation is reversed danger so it stands out even without colour.
    var style: Style {
        switch self {
        case .notice: Style(foreground: .notice)
        case .warning: Style(foreground: .warning, bold: true)
        case .danger: Style(foreground: .danger, bold: true)
        case .liquidation: Style(foreground: .danger, bold: true, reverse: true)
        }
    }
}

/// One labelled figure of an alert, display-ready, e.g. `utilization` `100.9% → 78.9%`.
public struct AlertDetail: Sendable, Equatable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// One alert or liquidation event, display-ready.
public struct AlertRow: Sendable, Equatable {
    /// Tape time, e.g. `14:03:22`, or `11-08 14:03:22` when the list spans days (``TapeTimeFormat``).
    public var time: String
    public var severity: AlertSeverity
    /// Mode label, e.g. `CROSS` (empty for none).
    public var mode: String
    public var message: String
    /// Everything the event records (level, instrument, quantity, price, equity and utilization
    /// before → after, shortfall), for the alerts view (`a`), which shows each row whole.
    public var details: [AlertDetail]

    public init(time: String, severity: AlertSeverity, mode: String = "", message: String, details: [AlertDetail] = []) {
        self.time = time
        self.severity = severity
        self.mode = mode
        self.message = message
        self.details = details
    }
}

/// What a sparkline shows, which decides its colour and number format.
/// What a sparkline shows: a price (USD), a utilization (fraction) or an amount (USD).
public enum SeriesKind: Sendable, Equatable { case price, utilization, amount }

/// A recent history for a sparkline, oldest first.
public struct SparklineSeries: Sendable, Equatable {
    /// e.g. `BTC` or `util`.
    public var label: String
    public var kind: SeriesKind
    public var values: [Double]

    public init(label: String, kind: SeriesKind, values: [Double]) {
        self.label = label
        self.kind = kind
        self.values = values
    }
}

/// A named stress scenario's outcome for the current book.
public struct StressOutcome: Sendable, Equatable {
    public var pnlUSD: Double
    public var equityUSD: Double
    public var maintenanceMarginUSD: Double
    /// Post-shock utilization, a fraction.
    public var utilization: Double

    public init(pnlUSD: Double, equityUSD: Double, maintenanceMarginUSD: Double, utilization: Double) {
        self.pnlUSD = pnlUSD
        self.equityUSD = equityUSD
        self.maintenanceMarginUSD = maintenanceMarginUSD
        self.utilization = utilization
    }
}

/// One entry of the stress-scenario picker (`x`).
public struct StressScenarioRow: Sendable, Equatable {
    /// e.g. `12 Mar 2020`.
    public var name: String
    /// e.g. `BTC −39%, vol +100%`.
    public var shockDescription: String
    public var outcome: PerMode<StressOutcome>
    /// Instruments that would be liquidated (cross mode), worst first.
    public var liquidatedInstruments: [String]

    public init(name: String, shockDescription: String, outcome: PerMode<StressOutcome>,
                liquidatedInstruments: [String] = []) {
        self.name = name
        self.shockDescription = shockDescription
        self.outcome = outcome
        self.liquidatedInstruments = liquidatedInstruments
    }
}

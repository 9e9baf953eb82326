/// The margin mode the dashboard shows (the engine computes all three; the user toggles with `m`).
public enum DashboardMode: Int, CaseIterable, Sendable, Hashable {
    case isolated, cross, portfolio

    /// The tab label: `ISOLATED`, `CROSS`, `PORTFOLIO`.
    public var title: String {
        switch self {
        case .isolated: "ISOLATED"
        case .cross: "CROSS"
        case .portfolio: "PORTFOLIO"
        }
    }

    /// The next mode in the cycle isolated → cross → portfolio → isolated.
    public var next: DashboardMode { DashboardMode(rawValue: (rawValue + 1) % 3) ?? .isolated }
}

/// One value per margin mode, e.g. `PerMode<ModeFigures>`.
public struct PerMode<Value: Sendable>: Sendable {
    public var isolated: Value
    public var cross: Value
    public var portfolio: Value

    public init(isolated: Value, cross: Value, portfolio: Value) {
        self.isolated = isolated
        self.cross = cross
        self.portfolio = portfolio
    }

    /// The value for `mode`.
    public subscript(mode: DashboardMode) -> Value {
        switch mode {
        case .isolated: isolated
        case .cross: cross
        case .portfolio: portfolio
        }
    }
}

extension PerMode: Equatable where Value: Equatable {}

/// Alert and utilization levels (DESIGN §6): below 70% ok, ≥ 70% notice, ≥ 85% warning,
/// ≥ 100% danger/liquidation.
public enum RiskLevel: Int, Sendable, Hashable, Comparable {
    case ok, notice, warning, danger

    /// The level of a utilization (maintenance margin ÷ equity, a fraction).
    public init(utilization: Double) {
        switch utilization {
        case 1.0...: self = .danger
        case 0.85...: self = .warning
        case 0.70...: self = .notice
        default: self = utilization.isNaN ? .danger : .ok
        }
    }

    /// The colour role drawing this level.
    public var role: ColorRole {
        switch self {
        case .ok: .gain
        case .notice: .notice
        case .warning: .warning
        case .danger: .danger
        }
    }

    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

import MarginEngine

extension MarginMode {
    /// The tab label: `ISOLATED`, `CROSS`, `PORTFOLIO`.
    public var title: String {
        switch self {
        case .isolated: "ISOLATED"
        case .cross: "CROSS"
        case .portfolio: "PORTFOLIO"
        }
    }
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
    public subscript(mode: MarginMode) -> Value {
        switch mode {
        case .isolated: isolated
        case .cross: cross
        case .portfolio: portfolio
        }
    }
}

extension PerMode: Equatable where Value: Equatable {}

/// Alert and utilization levels (DESIGN §6), from the engine's configurable `AlertThresholds`
/// (defaults: below 70% ok, ≥ 70% notice, ≥ 85% warning, ≥ 100% danger/liquidation).
public enum RiskLevel: Int, Sendable, Hashable, Comparable {
    case ok, notice, warning, danger

    /// The level of a utilization (maintenance margin ÷ equity, a fraction) under `thresholds`.
    public init(utilization: Double, thresholds: AlertThresholds = AlertThresholds()) {
        if utilization.isNaN {
            self = .danger
            return
        }
        switch thresholds.level(utilization: utilization) {
        case .normal: self = .ok
        case .notice: self = .notice
        case .warning: self = .warning
        case .liquidation: self = .danger
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

/// Utilization alert levels (DESIGN §6), in increasing severity.
public enum AlertLevel: Int, Sendable, Comparable, Codable, CaseIterable {
    case normal = 0
    /// Utilization ≥ the notice threshold (70% by default).
    case notice
    /// Utilization ≥ the warning threshold (85%).
    case warning
    /// Utilization ≥ 100%: the liquidation engine acts.
    case liquidation

    public static func < (lhs: AlertLevel, rhs: AlertLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    public var name: String {
        switch self {
        case .normal: return "normal"
        case .notice: return "notice"
        case .warning: return "warning"
        case .liquidation: return "liquidation"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}

/// Utilization thresholds for the alert levels, fractions (0.7 = 70%), and the hysteresis band
/// that keeps an alert from repeating while utilization hovers around its threshold (DESIGN §6).
///
/// Binance's portfolio-margin thresholds (uniMMR 150/120/105/100% of equity ÷ MM) are the same idea
/// seen from the other side.
public struct AlertThresholds: Sendable, Equatable {
    public var notice: Double
    public var warning: Double
    public var liquidation: Double
    /// Utilization must fall this far below a level's threshold (a fraction: 0.05 = 5 points) before
    /// that level can fire again (see ``AlertHysteresis``).
    public var hysteresisBand: Double

    public init(notice: Double = 0.70, warning: Double = 0.85, liquidation: Double = 1.0, hysteresisBand: Double = 0.05) {
        self.notice = notice
        self.warning = warning
        self.liquidation = liquidation
        self.hysteresisBand = hysteresisBand
    }

    /// The level a utilization (fraction; +∞ when equity ≤ 0) falls in.
    public func level(utilization: Double) -> AlertLevel {
        if utilization >= liquidation { return .liquidation }
        if utilization >= warning { return .warning }
        if utilization >= notice { return .notice }
        return .normal
    }

    /// The utilization (fraction) at which `level` starts; nil for `.normal`.
    public func threshold(of level: AlertLevel) -> Double? {
        switch level {
        case .normal: return nil
        case .notice: return notice
        case .warning: return warning
        case .liquidation: return liquidation
        }
    }
}

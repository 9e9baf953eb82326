/// The three ways an account can be margined (DESIGN §5).
public enum MarginMode: String, Sendable, CaseIterable, Codable {
    /// Each position has its own collateral and is liquidated alone.
    case isolated
    /// One collateral pool; IM/MM are the sums of the per-position schedules.
    case cross
    /// Risk-based: the whole book revalued under scenarios (risk matrix and Expected Shortfall).
    case portfolio

    /// The next mode in the dashboard's `m` cycle: isolated → cross → portfolio → isolated.
    public var next: MarginMode {
        switch self {
        case .isolated: return .cross
        case .cross: return .portfolio
        case .portfolio: return .isolated
        }
    }
}

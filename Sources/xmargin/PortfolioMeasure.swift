import MarginEngine

/// The risk-based maintenance measure for portfolio-mode replays.
enum PortfolioMeasure {
    /// A measure per mode: nil for isolated/cross (the standard sums).
    static func provider(_ catalogue: Catalogue) -> (MarginMode) -> (@Sendable (Account, MarketState) throws -> MarginTotals)? {
        { mode in
            guard mode == .portfolio else { return nil }
            return { _, _ in throw CLIError("portfolio mode is not available in replays yet") }
        }
    }
}

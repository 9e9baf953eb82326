import MarginEngine

/// Reads the portfolio-margin part of a catalogue (risk-matrix parameters, ES settings, stress
/// scenarios, liquidity). Extended by the portfolio-margin models.
enum PortfolioMarginFile {
    static let topKeys: [String] = []

    static func parse(_ node: TOMLNode) throws(ConfigError) -> PortfolioMarginCatalogue {
        PortfolioMarginCatalogue()
    }
}

/// Portfolio-margin data from the catalogue (filled in by the portfolio-margin models).
public struct PortfolioMarginCatalogue: Sendable {
    public init() {}

    /// This data with `other`'s entries laid over it.
    public func merged(with other: PortfolioMarginCatalogue) -> PortfolioMarginCatalogue { self }
}

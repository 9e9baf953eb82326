/// The margin catalogue: schedules by name, which instruments use them, collateral haircuts.
///
/// Data, not code: the bundled catalogue is TOML (see MarginConfig), and a portfolio file can
/// override or extend it in the same schema. Lookup for an instrument tries, in order, the exact
/// name (`BTCUSDT`), `UNDERLYING:family` (`ETH:inverse_option`) and the family (`inverse_option`).
public struct Catalogue: Sendable {
    /// Schedules by name.
    public var schedules: [String: MarginSchedule]
    /// Instrument name, `UNDERLYING:family` or family → schedule name.
    public var assignments: [String: String]
    /// Collateral haircut by coin, a fraction (0.02 = collateral counts at 98%). Missing: 0.
    public var haircuts: [String: Double]
    /// Leverage assumed for a linear position that names none.
    public var defaultLeverage: Double
    /// Portfolio-margin parameters and data (risk matrix, ES, stress tests, liquidity).
    public var portfolioMargin: PortfolioMarginCatalogue
    /// Venue rulebooks and the instrument map (DESIGN §13).
    public var venues: VenueCatalogue

    public init(schedules: [String: MarginSchedule] = [:], assignments: [String: String] = [:],
                haircuts: [String: Double] = [:], defaultLeverage: Double = 20,
                portfolioMargin: PortfolioMarginCatalogue = PortfolioMarginCatalogue(), venues: VenueCatalogue = VenueCatalogue()) {
        self.schedules = schedules
        self.assignments = assignments
        self.haircuts = haircuts
        self.defaultLeverage = defaultLeverage
        self.portfolioMargin = portfolioMargin
        self.venues = venues
    }

    /// The schedule name that applies to an instrument, or nil when none does.
    public func scheduleName(for instrument: Instrument) -> String? {
        if instrument.kind == .spot { return nil }
        for key in [instrument.name, "\(instrument.underlying):\(instrument.family)", instrument.family] {
            if let name = assignments[key] { return name }
        }
        return nil
    }

    /// The schedule that applies to an instrument (`.none` for spot).
    public func schedule(for instrument: Instrument) throws(MarginError) -> MarginSchedule {
        if instrument.kind == .spot { return .none }
        guard let name = scheduleName(for: instrument) else { throw .noSchedule(instrument: instrument.name) }
        guard let schedule = schedules[name] else { throw .unknownSchedule(name: name, instrument: instrument.name) }
        return schedule
    }

    /// Collateral haircut (fraction) for a coin.
    public func haircut(for coin: String) -> Double { haircuts[coin] ?? 0 }

    /// This catalogue with `other`'s entries laid over it (other wins key by key).
    public func merged(with other: Catalogue, otherSetsLeverage: Bool) -> Catalogue {
        var result = self
        result.schedules.merge(other.schedules) { _, new in new }
        result.assignments.merge(other.assignments) { _, new in new }
        result.haircuts.merge(other.haircuts) { _, new in new }
        if otherSetsLeverage { result.defaultLeverage = other.defaultLeverage }
        result.portfolioMargin = portfolioMargin.merged(with: other.portfolioMargin)
        result.venues = venues.merged(with: other.venues)
        return result
    }
}

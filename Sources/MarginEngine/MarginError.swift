/// Why the engine could not value or margin a book; each case says which instrument or key.
public enum MarginError: Error, Sendable, Equatable, CustomStringConvertible {
    case noSchedule(instrument: String)
    case unknownSchedule(name: String, instrument: String)
    case missingIndex(coin: String, neededBy: String)
    case missingVol(instrument: String)
    case invalidPrice(symbol: String, value: Double)
    case invalidPosition(instrument: String, reason: String)
    case noAccounts
    /// A venue rule outside the schedules (Derive's portfolio margin) failed; `reason` is its message.
    case venueRule(venue: String, reason: String)

    public var description: String {
        switch self {
        case .noSchedule(let instrument):
            return "no margin schedule in the catalogue for '\(instrument)' (add an [assignments] entry)"
        case .unknownSchedule(let name, let instrument):
            return "instrument '\(instrument)' is assigned schedule '\(name)', which the catalogue does not define"
        case .missingIndex(let coin, let neededBy):
            return "no index price for \(coin) (needed by \(neededBy)); give it as \"\(coin)-USD\" in the marks"
        case .missingVol(let instrument):
            return "no implied vol or mark for option '\(instrument)'"
        case .invalidPrice(let symbol, let value):
            return "price of '\(symbol)' must be a positive finite number, got \(value)"
        case .invalidPosition(let instrument, let reason):
            return "position '\(instrument)': \(reason)"
        case .noAccounts:
            return "the portfolio has no accounts"
        case .venueRule(let venue, let reason):
            return "\(venue) margin: \(reason)"
        }
    }
}

import ArgumentParser
import MarginEngine

/// `--venue NAME|all` and `--group-venue NAME` of `xmargin margin` (DESIGN §13).
struct VenueOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Margin the same book under a venue's rules, or under every venue side by side.",
                                            valueName: "\(Venue.allCases.map(\.rawValue).joined(separator: "|"))|all"))
    var venue: VenueSelection?

    @Option(name: .long, help: ArgumentHelp("The rule a --group of venue-tagged accounts is margined under (default: the one venue all accounts are on, else deribit-pm).",
                                            valueName: Venue.allCases.map(\.rawValue).joined(separator: "|")))
    var groupVenue: Venue?
}

/// `--venue` values: one venue, or `all` of them in `Venue.allCases` order.
enum VenueSelection: ExpressibleByArgument, Equatable {
    case one(Venue)
    case all

    init?(argument: String) {
        if argument == "all" {
            self = .all
        } else if let venue = Venue(name: argument) {
            self = .one(venue)
        } else {
            return nil
        }
    }

    var venues: [Venue] {
        switch self {
        case .one(let venue): return [venue]
        case .all: return Venue.allCases
        }
    }

    static var allValueStrings: [String] { Venue.allCases.map(\.rawValue) + ["all"] }
}

extension Venue: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

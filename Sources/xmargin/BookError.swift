import MarginEngine

/// An engine error on a book read from a file, told with the file and the key path of the
/// position it is about (`book.toml: accounts[0].positions[3] (BTCUSDT): …`), so a user can find
/// the line to fix.
struct BookError: Error, CustomStringConvertible {
    var description: String

    init(_ error: MarginError, file: String, portfolio: Portfolio) {
        var path = ""
        let instrument: String?
        switch error {
        case .invalidPosition(let name, _), .noSchedule(let name), .unknownSchedule(_, let name), .missingVol(let name):
            instrument = name
        default:
            instrument = nil
        }
        if let instrument {
            search: for (accountIndex, account) in portfolio.accounts.enumerated() {
                for (positionIndex, position) in account.positions.enumerated() where position.instrument.name == instrument {
                    path = " accounts[\(accountIndex)].positions[\(positionIndex)]"
                    break search
                }
            }
        }
        description = "\(file):\(path) \(error)"
    }

    /// Runs `body`, telling any engine error with `file` and the position's key path.
    static func locating<T>(file: String, portfolio: Portfolio, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as MarginError {
            throw BookError(error, file: file, portfolio: portfolio)
        }
    }

    /// Awaits `body`, telling any engine error with `file` and the position's key path.
    static func locating<T>(file: String, portfolio: Portfolio, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as MarginError {
            throw BookError(error, file: file, portfolio: portfolio)
        }
    }
}

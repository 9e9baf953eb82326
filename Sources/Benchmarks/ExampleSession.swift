import Foundation
import MarginConfig
import MarginEngine
import MarketData
import RiskSession

/// A portfolio from `examples/` against a tape from `examples/`, set up as `xmargin replay` and
/// `xmargin watch --feed replay:…` do (the portfolio's marks with the tape's first event laid
/// over them) — the fixture of the session and dashboard tests.
public enum ExampleSession {
    /// `examples/` of the package (found from this file's location).
    public static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples")

    public static func path(_ name: String) -> String { examples.appendingPathComponent(name).path }

    public struct Missing: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    /// The session at the tape's first event and the tape as a max-speed source.
    public static func start(portfolio: String = "demo.toml", tape: String = "crash-tape.csv",
                             speed: ReplaySpeed = .max) throws -> (session: RiskSession, source: ReplaySource<TapeFileReader>) {
        let document = try PortfolioFile.load(path: path(portfolio))
        let source = try ReplaySource(stream: try TapeFileReader(path: path(tape)), wallMicros: 0, speed: speed)
        guard let first = source.nextEvent else { throw Missing(description: "\(tape) has no rows") }
        var mapper = PriceUpdateMapper(relevantTo: nil)
        let inputs = document.market.overlaying(mapper.updates(for: first))
        let market = try MarketBuilder.build(inputs, for: document.portfolio, at: first.timestampMicros, file: portfolio)
        let session = try RiskSession(accounts: document.portfolio.accounts, market: market, catalogue: document.catalogue)
        return (session, source)
    }

    /// The session after the whole tape, and the liquidation engine's events in order.
    public static func replayed(portfolio: String = "demo.toml", tape: String = "crash-tape.csv",
                                batchSize: Int = 4_096) throws -> (session: RiskSession, events: [LiquidationEvent]) {
        var (session, source) = try start(portfolio: portfolio, tape: tape)
        var events: [LiquidationEvent] = []
        _ = try session.drain(&source, batchSize: batchSize) { events += $0 }
        return (session, events)
    }
}

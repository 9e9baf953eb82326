import MarginEngine
import RiskSession
import Benchmarks
import MarketData

/// The crash-tape fixture (`ExampleSession` with demo.toml and crash-tape.csv).
enum CrashTapeFixture {
    static func example(_ name: String) -> String { ExampleSession.path(name) }
    static func session() throws -> (session: RiskSession, source: ReplaySource<TapeFileReader>) { try ExampleSession.start() }
    static func replayed(batchSize: Int = 4_096) throws -> (session: RiskSession, events: [LiquidationEvent]) {
        try ExampleSession.replayed(batchSize: batchSize)
    }
}

func require<T>(_ value: T?, _ what: String = "value") throws -> T {
    guard let value else { throw ExampleSession.Missing(description: "missing \(what)") }
    return value
}

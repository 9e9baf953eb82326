import MarginEngine
import MarketData
import Testing
@testable import RiskSession

/// One batching policy: however a feed's polls cut the tape, the session sees each timestamp's
/// events together, so `replay` (large batches) and the dashboard's worker (small, paced polls)
/// give identical alerts and liquidations.
@Suite struct BatchingTests {
    @Test(arguments: [1, 3, 64])
    func batchSizeDoesNotChangeEvents(batchSize: Int) throws {
        let reference = try CrashTapeFixture.replayed(batchSize: 4_096).events
        let other = try CrashTapeFixture.replayed(batchSize: batchSize).events
        #expect(!reference.isEmpty)
        #expect(other == reference)
    }

    /// A paced source polled at arbitrary wall times (as the live worker does) ends in the same
    /// events and the same books as the headless replay.
    @Test func pacedPollingMatchesReplay() throws {
        let (replayed, reference) = try CrashTapeFixture.replayed()
        var (session, source) = try CrashTapeFixture.session()
        source = try ReplaySource(stream: try TapeFileReader(path: CrashTapeFixture.example("crash-tape.csv")),
                                  wallMicros: 0, speed: .times(3600))
        var events: [LiquidationEvent] = []
        var wall: Int64 = 0
        while !source.isFinished {
            wall += 7_919  // an odd step: polls land anywhere between events
            let batch = try source.poll(atWall: wall, maximumCount: 5)
            events += try session.ingest(batch)
        }
        #expect(events == reference)
        for mode in MarginMode.allCases {
            #expect(session.snapshot([]).mode(mode)?.figures == replayed.snapshot([]).mode(mode)?.figures)
        }
    }

    /// A source never splits one timestamp's events across two polls.
    @Test func pollsKeepTimestampRunsWhole() throws {
        var source = try ReplaySource(stream: try TapeFileReader(path: CrashTapeFixture.example("crash-tape.csv")),
                                      wallMicros: 0, speed: .max)
        var previousLast: Int64?
        while !source.isFinished {
            let batch = try source.poll(atWall: 0, maximumCount: 1)
            guard let first = batch.first else { break }
            if let previousLast { #expect(first.timestampMicros > previousLast) }
            previousLast = batch.last?.timestampMicros
        }
    }
}

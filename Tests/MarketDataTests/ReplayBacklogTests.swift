import Testing
@testable import MarketData

/// A paced source never lets a backlog build behind a slow consumer, and pause stops the tape at
/// once (issue 8: after `space` the clock kept moving for minutes while a backlog drained).
@Suite struct ReplayBacklogTests {
    func source(speed: ReplaySpeed) throws -> TapeReplaySource {
        let reader = try TapeFileReader(path: TestPaths.real("binance-futures_BTCUSDT_1h_2022-11.csv"))
        return try TapeReplaySource(stream: reader, label: "nov-2022", wallMicros: 0, speed: speed)
    }

    /// At ×3600 a poll 100 wall seconds late has 100 hourly bars due; taking 10 pulls the clock back
    /// to the last one delivered, so the tape shows what the consumer has actually applied.
    @Test func limitedPollPullsClockBack() throws {
        var tape = try source(speed: .times(3600))
        let start = tape.replayClock.tapeMicros(atWall: 0)
        let batch = try tape.poll(atWall: 100_000_000, maximumCount: 10)
        #expect(batch.count == 10)
        let last = try #require(batch.last).timestampMicros
        #expect(last == start + 9 * 3_600_000_000)
        #expect(tape.replayClock.tapeMicros(atWall: 100_000_000) == last)
        // Pause: however late the next poll, nothing more is due.
        try tape.apply(.togglePause, atWall: 100_000_000)
        #expect(try tape.poll(atWall: 900_000_000, maximumCount: 10).isEmpty)
        #expect(tape.replayClock.tapeMicros(atWall: 900_000_000) == last)
        // Step releases exactly the next instant.
        try tape.apply(.step, atWall: 900_000_000)
        let stepped = try tape.poll(atWall: 900_000_000, maximumCount: 10)
        #expect(stepped.map(\.timestampMicros) == [last + 3_600_000_000])
    }

    /// Commands go through the source itself: no switch on the kind of feed.
    @Test func commandsThroughThePriceSourceProtocol() throws {
        var feed: any PriceSource = try source(speed: .times(60))
        try feed.apply(.speedUp, atWall: 0)
        #expect(feed.clock?.speed == .times(120))
        try feed.apply(.togglePause, atWall: 0)
        #expect(feed.clock?.isPaused == true)
        let tail: any PriceSource = FileTailSource(path: "/nonexistent/xmargin-tail.csv")
        #expect(tail.clock == nil)
        #expect(tail.livePollIntervalMicros == 250_000)
    }
}

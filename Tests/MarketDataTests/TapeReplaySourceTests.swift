import Testing
@testable import MarketData

@Suite("Replaying a real tape")
struct TapeReplaySourceTests {
    @Test func maxSpeedDeliversEverythingAndSeeksBack() throws {
        let reader = try TapeFileReader(path: TestPaths.real("binance-futures_BTCUSDT_1h_2022-11.csv"))
        var replay: any PriceSource = try TapeReplaySource(stream: reader, label: "replay nov-2022", wallMicros: 0, speed: .max)
        var delivered: [PriceEvent] = []
        while !replay.isFinished { delivered += try replay.poll(atWall: 0, maximumCount: 100) }
        #expect(delivered.count == 720)
        #expect(replay.issues.totalSkipped == 0)
        #expect(replay.nextWakeupWallMicros(atWall: 0) == nil)

        guard var tape = replay as? TapeReplaySource else { Issue.record("wrong type"); return }
        #expect(tape.replayClock.tapeMicros(atWall: 0) == 1_669_852_800_000_000)  // position follows deliveries at max
        // Back to the crash night: the close stamped 2022-11-21T22:00Z (the month's lowest close).
        #expect(try tape.seek(toTape: 1_669_068_000_000_000, atWall: 1))
        tape.replayClock.setSpeed(.times(3600), atWall: 1)
        let next = try tape.poll(atWall: 1, maximumCount: 10)
        #expect(next.map(\.last) == [15637.90])
        // Next bar is one tape hour later = one wall second at ×3600.
        #expect(tape.nextWakeupWallMicros(atWall: 1) == 1_000_001)
    }
}

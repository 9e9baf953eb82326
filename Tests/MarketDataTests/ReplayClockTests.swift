import Testing
@testable import MarketData

@Suite("Replay clock")
struct ReplayClockTests {
    let tapeStart: Int64 = 1_000_000_000
    let wallStart: Int64 = 50_000_000

    @Test func speedLadder() {
        var speed = ReplaySpeed.times(1)
        var seen: [String] = [speed.description]
        for _ in 0..<12 { speed = speed.faster; seen.append(speed.description) }
        #expect(seen == ["x1", "x2", "x5", "x10", "x30", "x60", "x120", "x300", "x600", "x1800", "x3600", "max", "max"])
        #expect(ReplaySpeed.max.slower == .times(3600))
        #expect(ReplaySpeed.times(1).slower == .times(1))
        #expect(ReplaySpeed.times(45).faster == .times(60))
        #expect(ReplaySpeed.times(45).slower == .times(30))
    }

    @Test func dueTimeAndWakeup() {
        var clock = ReplayClock(tapeStartMicros: tapeStart, wallMicros: wallStart, speed: .times(60))
        // 2 s of wall at ×60 = 120 s of tape.
        #expect(clock.dueTapeMicros(atWall: wallStart + 2_000_000) == tapeStart + 120_000_000)
        // Next event 30 s of tape ahead → 0.5 s of wall.
        #expect(clock.wallMicros(whenTapeReaches: tapeStart + 30_000_000, atWall: wallStart) == wallStart + 500_000)
        // 1 µs of tape at ×60 needs ⌈1/60⌉ = 1 µs of wall.
        #expect(clock.wallMicros(whenTapeReaches: tapeStart + 1, atWall: wallStart) == wallStart + 1)
        // Already due → now.
        #expect(clock.wallMicros(whenTapeReaches: tapeStart, atWall: wallStart + 10) == wallStart + 10)
        // Speed change at wall +1 s keeps the position (tape +60 s), then ×1.
        clock.setSpeed(.times(1), atWall: wallStart + 1_000_000)
        #expect(clock.tapeMicros(atWall: wallStart + 1_000_000) == tapeStart + 60_000_000)
        #expect(clock.tapeMicros(atWall: wallStart + 3_000_000) == tapeStart + 62_000_000)
    }

    @Test func pauseResumeStepSeek() {
        var clock = ReplayClock(tapeStartMicros: tapeStart, wallMicros: wallStart, speed: .times(10))
        clock.pause(atWall: wallStart + 1_000_000)                          // tape +10 s
        #expect(clock.isPaused)
        #expect(clock.tapeMicros(atWall: wallStart + 9_000_000) == tapeStart + 10_000_000)
        #expect(clock.wallMicros(whenTapeReaches: tapeStart + 20_000_000, atWall: wallStart + 9_000_000) == nil)
        clock.resume(atWall: wallStart + 9_000_000)
        #expect(clock.tapeMicros(atWall: wallStart + 10_000_000) == tapeStart + 20_000_000)
        clock.step(toTape: tapeStart + 25_000_000, atWall: wallStart + 10_000_000)
        #expect(clock.isPaused)
        #expect(clock.dueTapeMicros(atWall: wallStart + 99_000_000) == tapeStart + 25_000_000)
        clock.seek(toTape: tapeStart + 5_000_000, atWall: wallStart + 11_000_000)
        #expect(clock.tapeMicros(atWall: wallStart + 12_000_000) == tapeStart + 5_000_000)
        clock.togglePause(atWall: wallStart + 12_000_000)
        #expect(clock.tapeMicros(atWall: wallStart + 13_000_000) == tapeStart + 15_000_000)
    }

    @Test func maxSpeedMakesEverythingDue() {
        var clock = ReplayClock(tapeStartMicros: tapeStart, wallMicros: wallStart, speed: .max)
        #expect(clock.dueTapeMicros(atWall: wallStart) == Int64.max)
        #expect(clock.wallMicros(whenTapeReaches: tapeStart + 1_000_000_000, atWall: wallStart) == wallStart)
        clock.noteDelivered(upToTape: tapeStart + 7_000_000, atWall: wallStart + 1)
        clock.speedDown(atWall: wallStart + 1)
        #expect(clock.speed == .times(3600))
        #expect(clock.tapeMicros(atWall: wallStart + 1) == tapeStart + 7_000_000)
    }

    @Test func replaySourcePacesStepsAndSeeks() throws {
        var simulator = try Simulator(configuration: SimulatorConfiguration(seed: 1, durationMicros: 10_000_000,
                                                                             futureExpiryDays: [], optionMoneyness: []))
        _ = simulator.nextEvent()
        var replay = try ReplaySource(stream: try Simulator(configuration: simulator.configuration), wallMicros: 0, speed: .times(2))
        // 6 events per step (3 assets × index + perp), one step per tape second.
        #expect(try replay.poll(atWall: 0, maximumCount: 100).count == 6)
        #expect(replay.nextWakeupWallMicros(atWall: 0) == 500_000)
        #expect(try replay.poll(atWall: 499_999, maximumCount: 100).isEmpty)
        #expect(try replay.poll(atWall: 1_000_000, maximumCount: 100).count == 12)
        replay.replayClock.pause(atWall: 1_000_000)
        #expect(replay.nextWakeupWallMicros(atWall: 1_000_000) == nil)
        replay.step(atWall: 2_000_000)
        let stepped = try replay.poll(atWall: 2_000_000, maximumCount: 100)
        #expect(stepped.count == 6 && stepped.allSatisfy { $0.timestampMicros == SimulatorConfiguration.defaultStartMicros + 3_000_000 })
        try replay.seek(toTape: SimulatorConfiguration.defaultStartMicros + 1_000_000, atWall: 3_000_000)
        #expect(try replay.poll(atWall: 3_000_000, maximumCount: 100).first?.timestampMicros == SimulatorConfiguration.defaultStartMicros + 1_000_000)
        replay.replayClock.setSpeed(.max, atWall: 3_000_000)
        replay.replayClock.resume(atWall: 3_000_000)
        var total = 0
        while !replay.isFinished { total += try replay.poll(atWall: 3_000_000, maximumCount: 7).count }
        #expect(total == 6 * 9)  // seconds 2…10
    }
}

@Test func oddSpeedsNeverTrap() {
    var clock = ReplayClock(tapeStartMicros: 0, wallMicros: 0, speed: .times(.nan))
    #expect(clock.tapeMicros(atWall: 1_000) == 0)
    clock.setSpeed(.times(0), atWall: 0)
    #expect(clock.wallMicros(whenTapeReaches: 10, atWall: 0) == Int64.max)
    clock.setSpeed(.times(1e300), atWall: 0)
    #expect(clock.tapeMicros(atWall: 1) == Int64.max)
}

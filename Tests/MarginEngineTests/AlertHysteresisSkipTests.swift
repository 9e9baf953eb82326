import Testing
@testable import MarginEngine

/// `AlertHysteresis.reacts(to:)` — the replay's reason to skip the liquidation engine — on hand
/// cases (default thresholds: 0.70 / 0.85 / 1.00, band 0.05, so re-arm points 0.65 / 0.80 / 0.95),
/// and against the oracle of observing everything: skipping what it calls inert never changes
/// what fires, when, or the gate level.
struct AlertHysteresisSkipTests {
    let thresholds = AlertThresholds()

    /// After 0.86 fired notice and warning, 0.84 falls back below 0.85 (reacts); after 0.84,
    /// 0.82 stays between 0.80 and 0.85 (inert); 0.79 crosses the warning re-arm point (reacts);
    /// 0.86 again crosses the warning threshold (reacts).
    @Test func bandCases() {
        var hysteresis = AlertHysteresis()
        #expect(!hysteresis.reacts(to: 0.5, thresholds: thresholds))  // −∞ before: below every point, as 0.5 is
        #expect(hysteresis.reacts(to: 0.71, thresholds: thresholds))  // crosses the notice threshold
        _ = hysteresis.observe(0.86, thresholds: thresholds)
        #expect(hysteresis.reacts(to: 0.84, thresholds: thresholds))
        _ = hysteresis.observe(0.84, thresholds: thresholds)
        #expect(!hysteresis.reacts(to: 0.82, thresholds: thresholds))
        #expect(!hysteresis.reacts(to: 0.80, thresholds: thresholds))  // the re-arm point is strict
        #expect(hysteresis.reacts(to: 0.79, thresholds: thresholds))
        #expect(hysteresis.reacts(to: 0.86, thresholds: thresholds))
        #expect(!hysteresis.reacts(to: .nan, thresholds: thresholds))
    }

    /// Random walks of utilization through every level: observing every step and observing only
    /// the steps `reacts` flags give the same firing sequence and the same gate level at each step.
    @Test func skippingInertStepsChangesNothing() {
        var random = SeededRandom(seed: 42)
        for _ in 0..<200 {
            var all = AlertHysteresis()
            var gated = AlertHysteresis()
            var utilization = Double(random.next() % 100) / 100
            var skipped = 0
            for _ in 0..<400 {
                utilization = max(0, utilization + (Double(random.next() % 2001) - 1000) / 20_000)
                let expected = all.observe(utilization, thresholds: thresholds)
                var got: [AlertLevel] = []
                if gated.reacts(to: utilization, thresholds: thresholds) {
                    got = gated.observe(utilization, thresholds: thresholds)
                } else {
                    skipped += 1
                }
                #expect(got == expected)
                #expect(gated.gateLevel(thresholds: thresholds) == all.gateLevel(thresholds: thresholds))
                #expect(gated.latched == all.latched)
            }
            #expect(skipped > 0)
        }
    }
}

/// Alert hysteresis (DESIGN §6): a level fires once when utilization crosses its threshold upward,
/// and again only after utilization has fallen below the threshold minus the band
/// (``AlertThresholds/hysteresisBand``) or a higher level has fired.
///
/// With the default 70% notice and a 5-point band, utilization 0.69, 0.71, 0.68, 0.72, 0.64, 0.71
/// fires the notice at the first 0.71 and again only at the last: 0.68 is not below 0.65, 0.64 is.
///
///     var hysteresis = AlertHysteresis()
///     hysteresis.observe(0.71, thresholds: AlertThresholds())   // [.notice]
///     hysteresis.observe(0.68, thresholds: AlertThresholds())   // []
///     hysteresis.observe(0.72, thresholds: AlertThresholds())   // []  (still latched)
///
/// A gap fires every level crossed, in order (0.5 → 1.2: notice, warning, liquidation). Pure value:
/// the liquidation engine keeps one per account (isolated mode: on the worst position's utilization).
public struct AlertHysteresis: Sendable, Equatable {
    /// Levels that have fired and may not fire again until re-armed.
    public private(set) var latched: Set<AlertLevel> = []
    /// The utilization (fraction) seen last; −∞ before the first observation.
    public private(set) var lastUtilization: Double = -.infinity

    public init() {}

    /// Moves to utilization `utilization` (fraction; +∞ when equity ≤ 0 with a requirement) and
    /// returns the levels that fire, lowest first.
    public mutating func observe(_ utilization: Double, thresholds: AlertThresholds) -> [AlertLevel] {
        guard !utilization.isNaN else { return [] }
        rearm(below: utilization, thresholds: thresholds)
        var fired: [AlertLevel] = []
        for level in AlertLevel.allCases {
            guard let threshold = thresholds.threshold(of: level), utilization >= threshold,
                  lastUtilization < threshold, !latched.contains(level) else { continue }
            fired.append(level)
            // A higher level firing re-arms the lower ones (they fire again on their next crossing).
            latched = latched.filter { $0 > level }
            latched.insert(level)
        }
        lastUtilization = utilization
        return fired
    }

    /// Records where utilization ended up without firing anything (after a liquidation brought it
    /// down within the same market update): levels it is now well below are re-armed.
    public mutating func settle(at utilization: Double, thresholds: AlertThresholds) {
        guard !utilization.isNaN else { return }
        rearm(below: utilization, thresholds: thresholds)
        lastUtilization = utilization
    }

    /// The level a caller that consults the engine only when the level changes should compare
    /// with: the level of the last utilization, except while that utilization sits in the band just
    /// below a latched level, where it is that level — so every update that may re-arm it (and any
    /// that leaves the band) still reaches the engine.
    public func gateLevel(thresholds: AlertThresholds) -> AlertLevel {
        let plain = thresholds.level(utilization: lastUtilization)
        for level in latched.sorted(by: >) {
            guard let threshold = thresholds.threshold(of: level) else { continue }
            if lastUtilization < threshold, lastUtilization >= threshold - thresholds.hysteresisBand { return level }
        }
        return plain
    }

    /// Whether observing `utilization` can change anything: false when it lies on the same side
    /// as the last utilization of every threshold and of every threshold minus the band. Then
    /// `observe` fires nothing and re-arms nothing (a latched level was latched at or above its
    /// threshold, so it is re-armed only by crossing below threshold − band), and every later
    /// `observe`, `settle` and `gateLevel` compares the last utilization only with those same
    /// points — so skipping the observation is exactly equivalent to making it. A replay uses
    /// this to leave the liquidation engine alone while utilization wanders inside one band.
    public func reacts(to utilization: Double, thresholds: AlertThresholds) -> Bool {
        guard !utilization.isNaN else { return false }
        for level in AlertLevel.allCases {
            guard let threshold = thresholds.threshold(of: level) else { continue }
            let rearmPoint = threshold - thresholds.hysteresisBand
            if (utilization < threshold) != (lastUtilization < threshold)
                || (utilization < rearmPoint) != (lastUtilization < rearmPoint) { return true }
        }
        return false
    }

    private mutating func rearm(below utilization: Double, thresholds: AlertThresholds) {
        latched = latched.filter { level in
            guard let threshold = thresholds.threshold(of: level) else { return false }
            return !(utilization < threshold - thresholds.hysteresisBand)
        }
    }
}

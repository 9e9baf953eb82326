/// The ES tail between full passes (grid revaluation, DESIGN §11). After a pass over every
/// scenario, the scenarios whose PnL was below a cutoff a few tail-widths above the threshold are
/// kept as candidates, with the lanes as they were. A tick then sums only the candidates; every
/// other scenario's PnL can have fallen at most by the lanes' bounded change since
/// (`GridLane.maximumChange`), so when the candidates' m-th smallest PnL is still below
/// cutoff − that bound − a rounding margin, no other scenario can be in the tail, and threshold,
/// tail (in index order) and sum are exactly those of a pass over all scenarios. Otherwise the
/// tick makes that pass and chooses new candidates.
struct TailCandidates: Sendable {
    var isValid = false
    /// Scenario indices, ascending, whose PnL at the last full pass was below `cutoff`.
    var indices: [Int32] = []
    /// Every other scenario's PnL at the last full pass was at least this (USD).
    var cutoff = 0.0
    /// The lanes at the last full pass.
    var reference: [GridLane?] = []
    /// Per lane (same order), the candidates' scenarios gathered from its grid.
    var gathered: [GatheredScenarios?] = []
    /// Σ `GridLane.magnitude` of `reference` (USD): the scale of its rounding errors.
    var referenceMagnitude = 0.0

    /// Relative rounding margin on the bound and the lanes' magnitudes (a few hundred lanes' sums
    /// err by ~1e-14 of their magnitude; this is four orders of magnitude wider).
    static let roundingMargin = 1e-10
}

extension ExpectedShortfallEngine {
    /// The tail from the candidates alone, or nil when the bound cannot exclude every other
    /// scenario (or a figure is not finite): then a full pass is due.
    mutating func candidateTail() -> TailStatistics? {
        guard candidates.isValid, candidates.reference.count == lanes.count else { return nil }
        var bound = 0.0, magnitude = candidates.referenceMagnitude
        for u in lanes.indices {
            switch (lanes[u], candidates.reference[u]) {
            case (nil, nil):
                continue
            case let (lane?, reference?):
                bound += lane.maximumChange(from: reference)
                magnitude += lane.magnitude
            default:
                return nil
            }
        }
        let limit = candidates.cutoff - bound * (1 + TailCandidates.roundingMargin) - TailCandidates.roundingMargin * magnitude
        guard limit.isFinite else { return nil }
        let n = total.count
        let m = TailStatistics.tailCount(scenarios: max(n, 1), confidence: settings.confidence)
        let count = candidates.indices.count
        guard count >= m else { return nil }
        var values = [Double](repeating: 0, count: count)
        var nanCount = 0
        guard candidates.gathered.count == lanes.count else { return nil }
        values.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for u in lanes.indices {
                if let lane = lanes[u], let gathered = candidates.gathered[u] { lane.accumulate(into: base, gathered: gathered) }
            }
            for value in buffer { nanCount &+= value.isNaN ? 1 : 0 }
        }
        guard nanCount == 0 else { return nil }
        // The selection runs on the candidates below the last threshold + a slack when those are
        // at least m (`TailStatistics.indices(of:belowHint:atLeast:)`: they hold every value at or
        // below the m-th smallest, in candidate order), else on all of them.
        let positions = lastThreshold.flatMap { hint in
            values.withUnsafeBufferPointer { TailStatistics.indices(of: $0, belowHint: hint, atLeast: m) }
        } ?? Array(0..<count)
        var selection = positions.map { values[$0] }
        let threshold = selection.withUnsafeMutableBufferPointer { TailStatistics.select(m - 1, in: $0) }
        guard threshold < limit else { return nil }
        var tail: [Int] = []
        tail.reserveCapacity(m)
        var sum = 0.0
        for i in positions where values[i] < threshold {
            tail.append(Int(candidates.indices[i]))
            sum += values[i]
        }
        for i in positions where tail.count < m && values[i] == threshold {
            tail.append(Int(candidates.indices[i]))
            sum += values[i]
        }
        lastThreshold = threshold
        return TailStatistics(valueAtRiskUSD: -threshold, expectedShortfallUSD: -sum / Double(tail.count), tailIndices: tail)
    }

    /// After a full pass whose tail threshold is `threshold`: the candidates are the scenarios
    /// below a cutoff chosen so that about 2–6 tail sizes are kept (a branch-free counting pass
    /// per try, the cutoff widened or narrowed); none when a PnL is NaN or no cutoff fits.
    mutating func chooseCandidates(threshold: Double) {
        candidates.isValid = false
        let n = total.count
        let m = TailStatistics.tailCount(scenarios: max(n, 1), confidence: settings.confidence)
        guard threshold.isFinite, n >= 64, 16 * m < n, n <= Int(Int32.max) else { return }
        var slack = max(abs(threshold) * 0.02, 1e-6)
        var chosen: [Int32]?
        var cutoff = threshold
        total.withUnsafeBufferPointer { values in
            for _ in 0..<10 {
                let limit = threshold + slack
                var nanCount = 0
                let found = [Int32](unsafeUninitializedCapacity: n) { buffer, initialized in
                    var next = 0
                    for k in 0..<n {
                        let v = values[k]
                        buffer[next] = Int32(truncatingIfNeeded: k)
                        next &+= v < limit ? 1 : 0
                        nanCount &+= v.isNaN ? 1 : 0
                    }
                    initialized = next
                }
                if nanCount > 0 { return }
                if found.count < 2 * m {
                    slack *= 3
                } else if found.count > 6 * m {
                    slack /= 2.5
                } else {
                    chosen = found
                    cutoff = limit
                    return
                }
            }
        }
        guard let chosen, cutoff.isFinite else { return }
        candidates.indices = chosen
        candidates.cutoff = cutoff
        candidates.reference = lanes
        candidates.gathered = lanes.map { $0?.gather(chosen) }
        candidates.referenceMagnitude = lanes.reduce(0) { $0 + ($1?.magnitude ?? 0) }
        let aligned = candidates.gathered.allSatisfy { $0 == nil || $0?.offsets.count == chosen.count }
        candidates.isValid = aligned && candidates.referenceMagnitude.isFinite
    }
}

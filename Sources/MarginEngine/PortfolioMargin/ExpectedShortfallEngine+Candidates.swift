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
    ///
    /// The lanes are read in place (through buffer pointers, no lane copied) and the per-candidate
    /// values, positions and selection live in `scratch`, reused from tick to tick.
    mutating func candidateTail() -> TailStatistics? {
        guard candidates.isValid, candidates.reference.count == lanes.count,
              candidates.gathered.count == lanes.count else { return nil }
        let bounds = lanes.withUnsafeBufferPointer { lanes in
            candidates.reference.withUnsafeBufferPointer { references -> (bound: Double, magnitude: Double)? in
                var bound = 0.0, magnitude = candidates.referenceMagnitude
                for u in lanes.indices {
                    switch (lanes[u] == nil, references[u] == nil) {
                    case (true, true):
                        continue
                    case (false, false):
                        guard let change = references[u].flatMap({ lanes[u]?.maximumChange(from: $0) }),
                              let size = lanes[u]?.magnitude else { return nil }
                        bound += change
                        magnitude += size
                    default:
                        return nil
                    }
                }
                return (bound, magnitude)
            }
        }
        guard let (bound, magnitude) = bounds else { return nil }
        let limit = candidates.cutoff - bound * (1 + TailCandidates.roundingMargin) - TailCandidates.roundingMargin * magnitude
        guard limit.isFinite else { return nil }
        let n = total.count
        let m = TailStatistics.tailCount(scenarios: max(n, 1), confidence: settings.confidence)
        let count = candidates.indices.count
        guard count >= m else { return nil }
        var scratch = TailScratch()
        swap(&scratch, &self.scratch)
        defer { swap(&scratch, &self.scratch) }
        scratch.reserve(count)
        var nanCount = 0
        scratch.values.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            base.update(repeating: 0, count: count)
            lanes.withUnsafeBufferPointer { lanes in
                candidates.gathered.withUnsafeBufferPointer { gathered in
                    for u in lanes.indices {
                        _ = gathered[u].map { lanes[u]?.accumulate(into: base, gathered: $0) }
                    }
                }
            }
            for value in buffer[0..<count] { nanCount &+= value.isNaN ? 1 : 0 }
        }
        guard nanCount == 0 else { return nil }
        let hint = lastThreshold
        let indices = candidates.indices
        let result = scratch.values.withUnsafeBufferPointer { rawValues in
            scratch.positions.withUnsafeMutableBufferPointer { positionBuffer in
                scratch.selection.withUnsafeMutableBufferPointer { selectionBuffer -> (threshold: Double, tail: [Int], sum: Double)? in
                    let values = UnsafeBufferPointer(rebasing: rawValues[0..<count])
                    // The selection runs on the candidates below the last threshold + a slack when
                    // those are at least m (`TailStatistics.indices(of:belowHint:atLeast:into:)`: they
                    // hold every value at or below the m-th smallest, in candidate order), else on
                    // all of them.
                    let narrowed = hint.flatMap {
                        TailStatistics.indices(of: values, belowHint: $0, atLeast: m, into: positionBuffer)
                    }
                    let positionCount: Int
                    if let narrowed {
                        positionCount = narrowed
                    } else {
                        for i in 0..<count { positionBuffer[i] = i }
                        positionCount = count
                    }
                    let positions = UnsafeBufferPointer(rebasing: positionBuffer[0..<positionCount])
                    let selection = UnsafeMutableBufferPointer(rebasing: selectionBuffer[0..<positionCount])
                    for (slot, i) in positions.enumerated() { selection[slot] = values[i] }
                    let threshold = TailStatistics.select(m - 1, in: selection)
                    guard threshold < limit else { return nil }
                    var tail: [Int] = []
                    tail.reserveCapacity(m)
                    var sum = 0.0
                    for i in positions where values[i] < threshold {
                        tail.append(Int(indices[i]))
                        sum += values[i]
                    }
                    for i in positions where tail.count < m && values[i] == threshold {
                        tail.append(Int(indices[i]))
                        sum += values[i]
                    }
                    return (threshold, tail, sum)
                }
            }
        }
        guard let (threshold, tail, sum) = result else { return nil }
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

/// Per-candidate working buffers of `ExpectedShortfallEngine.candidateTail()`, kept between ticks
/// so that a tick allocates only its tail's index list.
struct TailScratch: Sendable {
    /// Each candidate's PnL (USD).
    var values: [Double] = []
    /// Positions (into the candidates) of those the selection runs on.
    var positions: [Int] = []
    /// Their PnLs, reordered by the selection (USD).
    var selection: [Double] = []

    /// Makes every buffer hold at least `count` elements.
    mutating func reserve(_ count: Int) {
        if values.count < count { values = [Double](repeating: 0, count: count) }
        if positions.count < count { positions = [Int](repeating: 0, count: count) }
        if selection.count < count { selection = [Double](repeating: 0, count: count) }
    }
}

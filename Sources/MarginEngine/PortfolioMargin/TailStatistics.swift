/// Value at Risk and Expected Shortfall of a scenario PnL vector, by quickselect (no full sort).
///
/// With N scenarios and confidence c, the tail holds m = ⌈(1 − c)·N⌉ scenarios (at least 1):
/// ES = mean loss over the m worst scenarios, VaR = the smallest loss among them. Losses are
/// −PnL (USD). Source: Acerbi and Tasche (2002), "On the coherence of Expected Shortfall".
public struct TailStatistics: Sendable, Equatable {
    public var valueAtRiskUSD: Double
    public var expectedShortfallUSD: Double
    /// Indices of the m worst scenarios (unordered).
    public var tailIndices: [Int]

    /// Tail size for N scenarios at confidence c.
    public static func tailCount(scenarios: Int, confidence: Double) -> Int {
        max(1, min(scenarios, Int(((1 - confidence) * Double(scenarios) - 1e-9).rounded(.up))))
    }

    /// Computes VaR/ES of `pnl` (USD per scenario). Expected O(N).
    public init(pnl: [Double], confidence: Double) {
        let n = pnl.count
        guard n > 0 else {
            self.init(valueAtRiskUSD: 0, expectedShortfallUSD: 0, tailIndices: [])
            return
        }
        let m = Self.tailCount(scenarios: n, confidence: confidence)
        // Quickselect on a copy of the values (no index indirection), then one pass to collect the
        // tail: everything below the m-th smallest PnL, then ties up to m.
        var values = pnl
        let threshold = values.withUnsafeMutableBufferPointer { Self.select(m - 1, in: $0) }
        var tail: [Int] = []
        tail.reserveCapacity(m)
        var sum = 0.0
        for k in 0..<n where pnl[k] < threshold {
            tail.append(k)
            sum += pnl[k]
        }
        for k in 0..<n where tail.count < m && pnl[k] == threshold {
            tail.append(k)
            sum += pnl[k]
        }
        // NaN PnLs compare false everywhere; fill up so the tail always has m entries.
        for k in 0..<n where tail.count < m && !(pnl[k] <= threshold) && !(pnl[k] > threshold) {
            tail.append(k)
            sum += pnl[k]
        }
        self.init(valueAtRiskUSD: -threshold, expectedShortfallUSD: -sum / Double(tail.count), tailIndices: tail)
    }

    /// The same statistics as `init(pnl:confidence:)` — bit for bit, the same tail in the same order
    /// — found faster when `thresholdHint` (a PnL, USD) is near the m-th smallest value, as the
    /// previous tick's threshold is: one counting pass finds the values below hint + slack (widened
    /// until they are at least m), and the quickselect runs on those candidates only. Every value
    /// at or below the true threshold is a candidate, so threshold, tail and sum are unchanged.
    /// Falls back to the full selection when a PnL is NaN or the hint does not help.
    public init(pnl: [Double], confidence: Double, thresholdHint: Double?) {
        let n = pnl.count
        let m = Self.tailCount(scenarios: max(n, 1), confidence: confidence)
        guard let hint = thresholdHint, hint.isFinite, n >= 64, m * 8 < n else {
            self.init(pnl: pnl, confidence: confidence)
            return
        }
        let candidates = pnl.withUnsafeBufferPointer { Self.indices(of: $0, belowHint: hint, atLeast: m) }
        guard let candidates else {
            self.init(pnl: pnl, confidence: confidence)
            return
        }
        var values = candidates.map { pnl[$0] }
        let threshold = values.withUnsafeMutableBufferPointer { Self.select(m - 1, in: $0) }
        var tail: [Int] = []
        tail.reserveCapacity(m)
        var sum = 0.0
        for k in candidates where pnl[k] < threshold {
            tail.append(k)
            sum += pnl[k]
        }
        for k in candidates where tail.count < m && pnl[k] == threshold {
            tail.append(k)
            sum += pnl[k]
        }
        self.init(valueAtRiskUSD: -threshold, expectedShortfallUSD: -sum / Double(tail.count), tailIndices: tail)
    }

    /// The indices (ascending) of the values below `hint` + a slack, the slack widened (×4, from
    /// 1 % of |hint|) until at least `m` are found: every value at or below the m-th smallest is
    /// among them. nil when a value is NaN or the hint does not narrow the values down to half.
    /// One branch-free pass per try: every index is written, and kept (the write position moves
    /// on) when its value is below the limit; NaNs are counted on the way.
    static func indices(of values: UnsafeBufferPointer<Double>, belowHint hint: Double, atLeast m: Int) -> [Int]? {
        var found: Int?
        let result = [Int](unsafeUninitializedCapacity: values.count) { buffer, initialized in
            found = indices(of: values, belowHint: hint, atLeast: m, into: buffer)
            initialized = found ?? 0
        }
        return found == nil ? nil : result
    }

    /// `indices(of:belowHint:atLeast:)` written to `output[0..<count]` (it needs room for
    /// `values.count`; nil, and nothing guaranteed written, when it has less): returns the count.
    static func indices(of values: UnsafeBufferPointer<Double>, belowHint hint: Double, atLeast m: Int,
                        into output: UnsafeMutableBufferPointer<Int>) -> Int? {
        let n = values.count
        guard hint.isFinite, m <= n, output.count >= n else { return nil }
        var slack = max(abs(hint) * 0.01, 1e-6)
        for _ in 0..<12 {
            let limit = hint + slack
            var nanCount = 0
            var next = 0
            for k in 0..<n {
                let v = values[k]
                output[next] = k
                next &+= v < limit ? 1 : 0
                nanCount &+= v.isNaN ? 1 : 0
            }
            if nanCount > 0 || next > n / 2 { return nil }
            if next >= m { return next }
            slack *= 4
        }
        return nil
    }

    /// The k-th smallest value (0-based) by Hoare-partition quickselect with pseudo-random pivots;
    /// reorders `values`. Expected O(N).
    static func select(_ k: Int, in values: UnsafeMutableBufferPointer<Double>) -> Double {
        var low = 0, high = values.count - 1
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        while low < high {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            let pivot = values[low + Int(state % UInt64(high - low + 1))]
            var i = low, j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { high = j } else if k >= i { low = i } else { break }
        }
        return values[k]
    }

    public init(valueAtRiskUSD: Double, expectedShortfallUSD: Double, tailIndices: [Int]) {
        self.valueAtRiskUSD = valueAtRiskUSD
        self.expectedShortfallUSD = expectedShortfallUSD
        self.tailIndices = tailIndices
    }
}

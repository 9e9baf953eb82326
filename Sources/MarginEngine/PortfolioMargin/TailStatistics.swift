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
        var order = Array(0..<n)
        // Partition so that the m smallest PnLs (largest losses) occupy order[0..<m].
        pnl.withUnsafeBufferPointer { values in
            order.withUnsafeMutableBufferPointer { idx in
                var low = 0, high = n - 1
                let k = m - 1
                var state: UInt64 = 0x2545_F491_4F6C_DD1D
                while low < high {
                    state ^= state << 13; state ^= state >> 7; state ^= state << 17
                    let pivotIndex = low + Int(state % UInt64(high - low + 1))
                    let pivot = values[idx[pivotIndex]]
                    var i = low, j = high
                    while i <= j {
                        while values[idx[i]] < pivot { i += 1 }
                        while values[idx[j]] > pivot { j -= 1 }
                        if i <= j {
                            idx.swapAt(i, j)
                            i += 1
                            j -= 1
                        }
                    }
                    if k <= j { high = j } else if k >= i { low = i } else { break }
                }
            }
        }
        let tail = Array(order[0..<m])
        var sum = 0.0
        var worstKept = -Double.infinity
        for index in tail {
            sum += pnl[index]
            worstKept = max(worstKept, pnl[index])
        }
        self.init(valueAtRiskUSD: -worstKept, expectedShortfallUSD: -sum / Double(m), tailIndices: tail)
    }

    public init(valueAtRiskUSD: Double, expectedShortfallUSD: Double, tailIndices: [Int]) {
        self.valueAtRiskUSD = valueAtRiskUSD
        self.expectedShortfallUSD = expectedShortfallUSD
        self.tailIndices = tailIndices
    }
}

import RealModule

/// Per-underlying revaluation grid (the ES fast path, DESIGN §11): exact Black-76 values and deltas
/// of every option at G equally spaced relative moves spanning the scenarios, and for every
/// scenario its interval and cubic Hermite basis weights. A scenario's option PnL is then four
/// multiply-adds on the aggregated node values, whatever the number of options; the interpolation
/// error is O(h⁴·f⁗) (the full-revaluation test bounds its effect on ES). Immutable, and a class
/// so that every tick's grid values and chunks share it with one retain.
final class ScenarioGrid: Sendable {
    let lower: Double
    let step: Double
    let nodeCount: Int
    /// Scenario k lies in [node j, node j+1] with j = interval[k].
    let interval: [Int32]
    /// Hermite weights of value at j, derivative at j (× step), value at j+1, derivative at j+1 (× step).
    let w00: [Double], w10: [Double], w01: [Double], w11: [Double]
    /// Per scenario k, interleaved for the revaluation pass: `packed[2k]` = t, its position within
    /// its interval (the weights follow from t by `weights(t:step:)`, bit for bit as stored),
    /// `packed[2k+1]` = its move. A third of the bytes of the stored weights: the pass stays in cache.
    let packed: [Double]
    /// Per node j, 1 + its move and ln of that: every option's forward factor at the node.
    let nodeFactors: [Double], nodeLogFactors: [Double]

    init(moves: [Double], nodeCount requested: Int) {
        let count = max(4, requested)
        var low = moves.min() ?? 0, high = moves.max() ?? 0
        let pad = max(1e-6, 1e-3 * (high - low))
        low -= pad
        high += pad
        low = max(low, -0.999)
        lower = low
        nodeCount = count
        let step = (high - low) / Double(count - 1)
        self.step = step
        var interval = [Int32](repeating: 0, count: moves.count)
        var w00 = [Double](repeating: 0, count: moves.count), w10 = w00, w01 = w00, w11 = w00
        var packed = [Double](repeating: 0, count: moves.count * 2)
        for (k, move) in moves.enumerated() {
            let position = (move - low) / step
            // Clamped before the conversion: a NaN or huge position (a non-finite move) must not
            // trap; its PnL comes out NaN and the session reports the margin as not finite.
            let j = position.isNaN ? 0 : Int(min(max(position, 0), Double(count - 2)))
            let t = position - Double(j)
            interval[k] = Int32(j)
            (w00[k], w10[k], w01[k], w11[k]) = Self.weights(t: t, step: step)
            packed[2 * k] = t
            packed[2 * k + 1] = move
        }
        self.packed = packed
        self.interval = interval
        self.w00 = w00
        self.w10 = w10
        self.w01 = w01
        self.w11 = w11
        let factors = (0..<count).map { 1 + (low + Double($0) * step) }
        nodeFactors = factors
        nodeLogFactors = factors.map { Double.log($0) }
    }

    /// Cubic Hermite basis weights at position t of an interval of width `step`: value at j,
    /// derivative at j (× step), value at j+1, derivative at j+1 (× step).
    @inline(__always)
    static func weights(t: Double, step: Double) -> (Double, Double, Double, Double) {
        let t2 = t * t, t3 = t2 * t
        return (2 * t3 - 3 * t2 + 1, (t3 - 2 * t2 + t) * step, -2 * t3 + 3 * t2, (t3 - t2) * step)
    }

    /// Relative move of node j.
    func node(_ j: Int) -> Double { lower + Double(j) * step }
}

/// Per-contract option value changes (USD) and their derivatives d/ds at the grid nodes, at
/// `unitIndex(o, j)` (option-major, `o·G + j`, when filled as one chunk), plus the size-weighted
/// aggregate per node.
struct GridValues: Sendable {
    var unitValues: [Double] = []
    var unitDerivatives: [Double] = []
    /// The node ranges the values were filled in, one block each (`unitIndex`).
    private(set) var layout = ChunkLayout(columns: 0)
    private(set) var optionCount = 0
    var aggregateValues: [Double] = []
    var aggregateDerivatives: [Double] = []

    /// Evaluates every option of `book` at every node of `grid`.
    init(book: UnderlyingBook, grid: ScenarioGrid) {
        self.init(zeroedFor: book, grid: grid)
        withChunks(book: book, grid: grid, chunked: false) { chunks in
            for chunk in 0..<chunks.count { chunks.run(chunk) }
        }
    }

    /// All zeros, sized for `book` on `grid`: filled by `withChunks`.
    init(zeroedFor book: UnderlyingBook, grid: ScenarioGrid) {
        let g = grid.nodeCount
        optionCount = book.optionSize.count
        layout = ChunkLayout(columns: g)
        unitValues = [Double](repeating: 0, count: book.optionSize.count * g)
        unitDerivatives = unitValues
        aggregateValues = [Double](repeating: 0, count: g)
        aggregateDerivatives = aggregateValues
    }

    /// Nodes in chunks of this many (three chunks for the default 24 nodes).
    static let chunkWidth = 8

    /// Where option o's value and derivative at node j are (`ChunkLayout`: `o·G + j` for one chunk).
    func unitIndex(_ o: Int, _ j: Int) -> Int { layout.index(row: o, column: j, rows: optionCount) }

    /// `unitIndex(o, j)` = `offsets[j] + o · strides[j]`, for loops over many options.
    func unitLayout() -> (offsets: [Int], strides: [Int]) { layout.columnOffsets(rows: optionCount) }

    /// Calls `body` with the chunks that evaluate `book`'s options on `grid` into these values
    /// (zeroed, as `init(zeroedFor:grid:)` makes them); every chunk must have run when `body`
    /// returns. `chunked` false: one chunk of every node.
    mutating func withChunks<R>(book: UnderlyingBook, grid: ScenarioGrid, chunked: Bool, _ body: (Chunks) -> R) -> R {
        let g = grid.nodeCount
        layout = chunked ? ChunkLayout(columns: g, width: Self.chunkWidth) : ChunkLayout(columns: g)
        let ranges = layout.ranges
        return unitValues.withUnsafeMutableBufferPointer { values in
            unitDerivatives.withUnsafeMutableBufferPointer { derivatives in
                aggregateValues.withUnsafeMutableBufferPointer { sumValues in
                    aggregateDerivatives.withUnsafeMutableBufferPointer { sumDerivatives in
                        body(Chunks(book: book, grid: grid, ranges: ranges, values: values,
                                    derivatives: derivatives, sumValues: sumValues, sumDerivatives: sumDerivatives))
                    }
                }
            }
        }
    }

    /// The chunks of a `GridValues` fill: chunk c evaluates every option at the nodes `ranges[c]`
    /// and adds their size-weighted values into those nodes' aggregates, over the options in
    /// order, so the sums are the same bit for bit however the nodes are split or scheduled.
    /// Chunks write disjoint elements and may run concurrently (`ChunkRunner`).
    struct Chunks: @unchecked Sendable {
        let book: UnderlyingBook
        let grid: ScenarioGrid
        let ranges: [Range<Int>]
        let values: UnsafeMutableBufferPointer<Double>, derivatives: UnsafeMutableBufferPointer<Double>
        let sumValues: UnsafeMutableBufferPointer<Double>, sumDerivatives: UnsafeMutableBufferPointer<Double>

        var count: Int { ranges.count }

        func run(_ chunk: Int) {
            guard ranges.indices.contains(chunk) else { return }
            let nodes = ranges[chunk], g = grid.nodeCount, n = book.optionSize.count
            guard !nodes.isEmpty, nodes.upperBound <= g, values.count >= n * g, derivatives.count >= n * g,
                  sumValues.count >= g, sumDerivatives.count >= g,
                  grid.nodeFactors.count >= g, grid.nodeLogFactors.count >= g else { return }
            let lower = nodes.lowerBound, width = nodes.count
            grid.nodeFactors.withUnsafeBufferPointer { factors in
                grid.nodeLogFactors.withUnsafeBufferPointer { logFactors in
                    withUnsafeTemporaryAllocation(of: Double.self, capacity: 4 * width) { scratch in
                        guard let values = values.baseAddress, let derivatives = derivatives.baseAddress,
                              let factors = factors.baseAddress, let logFactors = logFactors.baseAddress,
                              let vsts = scratch.baseAddress, let sumValues = sumValues.baseAddress,
                              let sumDerivatives = sumDerivatives.baseAddress else { return }
                        // σ√T and 1/σ√T at every node of the chunk.
                        let moves = OptionBatchKernel.Moves(factors: factors + lower, logFactors: logFactors + lower,
                                                            sigmaRootT: vsts, inverseSigmaRootT: vsts + width, count: width)
                        // The chunk's sums in scratch (from zero, in option order; stored at the end:
                        // the other core's chunks write the neighbouring nodes, and a cache line
                        // shared with them and written per option would bounce between the cores).
                        let chunkValues = vsts + 2 * width, chunkDerivatives = vsts + 3 * width
                        for j in 0..<width {
                            chunkValues[j] = 0
                            chunkDerivatives[j] = 0
                        }
                        let valueBlock = values + lower * n, derivativeBlock = derivatives + lower * n
                        for o in 0..<n {
                            let forward = book.optionForward[o], vst = book.optionSigmaRootT[o], inverse = 1 / vst
                            for j in 0..<width {
                                vsts[j] = vst
                                vsts[width + j] = inverse
                            }
                            let option = OptionBatchKernel.Option(
                                forward: forward, strike: book.optionStrike[o], logMoneyness: book.optionLogMoneyness[o],
                                isCall: book.optionIsCall[o])
                            let multiplier = book.optionUSDMultiplier(o), base = book.optionBasePrice[o], size = book.optionSize[o]
                            let rowValues = valueBlock + o * width, rowDerivatives = derivativeBlock + o * width
                            // Prices and deltas first, then turned in place into value changes and d/ds.
                            OptionBatchKernel.evaluate(option, moves, prices: rowValues, deltas: rowDerivatives)
                            for j in 0..<width {
                                let value = multiplier * (rowValues[j] - base)
                                let derivative = multiplier * rowDerivatives[j] * forward
                                rowValues[j] = value
                                rowDerivatives[j] = derivative
                                chunkValues[j] += size * value
                                chunkDerivatives[j] += size * derivative
                            }
                        }
                        for j in 0..<width {
                            sumValues[lower + j] = chunkValues[j]
                            sumDerivatives[lower + j] = chunkDerivatives[j]
                        }
                    }
                }
            }
        }
    }
}

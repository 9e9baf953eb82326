import RealModule

/// Expected Shortfall and VaR of a book over joint scenarios, with Euler attribution (DESIGN §5.3).
///
/// Linear instruments of an underlying collapse to one USD exposure per unit move; options are
/// revalued on the underlying's `ScenarioGrid` (fast path) or in full. A scenario's PnL is the sum,
/// in scenario-set underlying order, of each underlying's PnL in it — always summed afresh, so a
/// figure depends only on the current prices, never on the order of the ticks that led to them.
/// Contribution of a position = −(its mean PnL over the tail scenarios): the Euler allocation of
/// ES (Tasche 1999), which sums to ES.
///
/// Grid revaluation keeps each underlying's node values, not a PnL column: a tick re-sums only the
/// candidate scenarios that can be in the tail (`ExpectedShortfallEngine+Candidates.swift`), and
/// all of them when a bound says a scenario outside the candidates might be.
struct ExpectedShortfallEngine: Sendable {
    let scenarios: ScenarioSet
    let settings: ExpectedShortfallSettings
    /// Per scenario-set underlying: grid (fast path) and this book's values on it.
    var grids: [ScenarioGrid?]
    var values: [GridValues?]
    /// Grid revaluation: per scenario-set underlying, its current node values and linear exposure
    /// (nil until one of its books is revalued).
    var lanes: [GridLane?]
    /// Full revaluation: PnL per scenario (USD) per underlying (empty columns in grid mode).
    var pnl: [[Double]]
    /// PnL per scenario (USD) as of the last full pass.
    var total: [Double]
    /// The tail candidates and the lanes as of the last full pass (grid revaluation).
    var candidates = TailCandidates()
    /// Working buffers of `candidateTail()`, reused from tick to tick.
    var scratch = TailScratch()

    init(scenarios: ScenarioSet, settings: ExpectedShortfallSettings) {
        self.scenarios = scenarios
        self.settings = settings
        let n = scenarios.count
        let u = scenarios.underlyings.count
        grids = Array(repeating: nil, count: u)
        values = grids.map { _ in nil }
        lanes = Array(repeating: nil, count: u)
        pnl = Array(repeating: settings.revaluation == .grid ? [] : [Double](repeating: 0, count: n), count: u)
        total = [Double](repeating: 0, count: n)
    }

    func scenarioIndex(of coin: String) -> Int? { scenarios.underlyings.firstIndex(of: coin) }

    /// Revalues one underlying's instruments: on its grid (new node values and exposure; the
    /// scenarios are summed when the tail is asked for) or on every scenario (its PnL column).
    ///
    /// The previous grid values are freed before the new ones are made.
    mutating func revalue(_ book: UnderlyingBook) {
        guard let u = scenarioIndex(of: book.coin) else { return }
        if settings.revaluation == .grid {
            guard let grid = grid(for: book) else { return }
            values[u] = nil
            install(GridValues(book: book, grid: grid), for: book)
        } else {
            let moves = scenarios.moves[u]
            let exposure = book.netLinearExposureUSD
            let n = moves.count
            var column = pnl[u]
            pnl[u] = []
            if column.count != n { column = [Double](repeating: 0, count: n) }
            for k in 0..<n {
                column[k] = exposure * moves[k] + Self.exactOptionPnL(book, move: moves[k], sizes: book.optionSize)
            }
            pnl[u] = column
        }
    }

    /// Grid revaluation: `book`'s underlying's grid (made on first use), on which
    /// `install(_:for:)` takes its values; nil in full revaluation or for an underlying outside
    /// the scenarios.
    mutating func grid(for book: UnderlyingBook) -> ScenarioGrid? {
        guard settings.revaluation == .grid, let u = scenarioIndex(of: book.coin) else { return nil }
        let grid = grids[u] ?? ScenarioGrid(moves: scenarios.moves[u], nodeCount: settings.gridNodes)
        grids[u] = grid
        return grid
    }

    /// Grid revaluation: takes `gridValues`, `book`'s options evaluated on `grid(for: book)`, as
    /// its underlying's node values, with the book's linear exposure. The lane's nodes are
    /// written into its current buffer (`GridLane.update(_:exposure:)`).
    mutating func install(_ gridValues: GridValues, for book: UnderlyingBook) {
        guard settings.revaluation == .grid, let u = scenarioIndex(of: book.coin), grids[u] != nil else { return }
        let exposure = book.netLinearExposureUSD
        if lanes[u] == nil {
            lanes[u] = grids[u].map { GridLane(grid: $0, values: gridValues, exposure: exposure) }
        } else {
            lanes[u]?.update(gridValues, exposure: exposure)
        }
        values[u] = gridValues
    }

    /// USD PnL of the options of `book` (with per-option `sizes`) under a relative move, full Black-76.
    static func exactOptionPnL(_ book: UnderlyingBook, move: Double, sizes: [Double]) -> Double {
        let factor = 1 + move
        let logFactor = Double.log(factor)
        var sum = 0.0
        for o in sizes.indices where sizes[o] != 0 {
            let price = OptionKernel.price(forward: book.optionForward[o] * factor, strike: book.optionStrike[o],
                                           logMoneyness: book.optionLogMoneyness[o] + logFactor,
                                           sigmaRootT: book.optionSigmaRootT[o], isCall: book.optionIsCall[o])
            sum += sizes[o] * book.optionUSDMultiplier(o) * (price - book.optionBasePrice[o])
        }
        return sum
    }

    /// The next tail is found by a pass over every scenario (after a full recompute).
    mutating func invalidateCandidates() { candidates.isValid = false }

    /// The last tail's threshold PnL (USD): the hint for the next full pass's selection.
    var lastThreshold: Double?
    /// Tails found by a pass over every scenario, and from the candidates alone (for tests and
    /// profiling: how often the bound held).
    private(set) var fullPassCount = 0
    var candidateTailCount = 0

    /// VaR/ES of the current scenario PnLs — exactly, bit for bit, what
    /// `TailStatistics(pnl:confidence:)` gives on every scenario's PnL summed afresh.
    mutating func tail() -> TailStatistics {
        if settings.revaluation == .grid, let statistics = candidateTail() {
            candidateTailCount &+= 1
            return statistics
        }
        fullPassCount &+= 1
        return fullTail()
    }

    /// Every scenario's PnL summed afresh, the tail selected among all of them, and (grid
    /// revaluation) the candidates for the next ticks chosen.
    mutating func fullTail() -> TailStatistics {
        sumAllScenarios()
        let statistics = TailStatistics(pnl: total, confidence: settings.confidence, thresholdHint: lastThreshold)
        lastThreshold = -statistics.valueAtRiskUSD
        if settings.revaluation == .grid { chooseCandidates(threshold: -statistics.valueAtRiskUSD) }
        return statistics
    }

    /// `total[k]` = Σ over underlyings (scenario-set order) of their PnL in scenario k, from 0.
    mutating func sumAllScenarios() {
        let n = total.count
        var running = total
        total = []
        running.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            base.update(repeating: 0, count: n)
            if settings.revaluation == .grid {
                for lane in lanes { if let lane { lane.accumulate(into: base, count: n) } }
            } else {
                for column in pnl where column.count == n {
                    for k in 0..<n { base[k] += column[k] }
                }
            }
        }
        total = running
    }

    /// Mean PnL over the tail scenarios per unit of size, for each instrument of `book` (USD):
    /// (delta-one slots, option slots).
    func unitTailPnL(_ book: UnderlyingBook, tail: [Int]) -> (linear: [Double], option: [Double]) {
        var linear = [Double](repeating: 0, count: book.linearSize.count)
        var option = [Double](repeating: 0, count: book.optionSize.count)
        guard let u = scenarioIndex(of: book.coin), !tail.isEmpty else { return (linear, option) }
        let moves = scenarios.moves[u]
        let m = Double(tail.count)
        var meanMove = 0.0
        for k in tail { meanMove += moves[k] }
        meanMove /= m
        for slot in linear.indices { linear[slot] = book.linearUnitExposureUSD(slot) * meanMove }
        if settings.revaluation == .grid, let grid = grids[u], let gridValues = values[u] {
            let g = grid.nodeCount
            var weightValue = [Double](repeating: 0, count: g), weightDerivative = weightValue
            for k in tail {
                let j = Int(grid.interval[k])
                weightValue[j] += grid.w00[k] / m
                weightDerivative[j] += grid.w10[k] / m
                weightValue[j + 1] += grid.w01[k] / m
                weightDerivative[j + 1] += grid.w11[k] / m
            }
            let (offsets, strides) = gridValues.unitLayout()
            for o in option.indices {
                var sum = 0.0
                for j in 0..<min(g, offsets.count) {
                    let at = offsets[j] + o * strides[j]
                    sum += weightValue[j] * gridValues.unitValues[at] + weightDerivative[j] * gridValues.unitDerivatives[at]
                }
                option[o] = sum
            }
        } else {
            for o in option.indices {
                var sum = 0.0
                for k in tail {
                    let factor = 1 + moves[k]
                    let price = OptionKernel.price(forward: book.optionForward[o] * factor, strike: book.optionStrike[o],
                                                   logMoneyness: book.optionLogMoneyness[o] + Double.log(factor),
                                                   sigmaRootT: book.optionSigmaRootT[o], isCall: book.optionIsCall[o])
                    sum += book.optionUSDMultiplier(o) * (price - book.optionBasePrice[o])
                }
                option[o] = sum / m
            }
        }
        return (linear, option)
    }
}

import RealModule

/// Expected Shortfall and VaR of a book over joint scenarios, with Euler attribution (DESIGN §5.3).
///
/// Linear instruments of an underlying collapse to one USD exposure per unit move; options are
/// revalued on the underlying's `ScenarioGrid` (fast path) or in full. Each underlying's scenario
/// PnL vector is kept, so an incremental tick recomputes one underlying and re-sums.
/// Contribution of a position = −(its mean PnL over the tail scenarios): the Euler allocation of
/// ES (Tasche 1999), which sums to ES.
struct ExpectedShortfallEngine: Sendable {
    let scenarios: ScenarioSet
    let settings: ExpectedShortfallSettings
    /// Per scenario-set underlying: grid (fast path) and this book's values on it.
    var grids: [ScenarioGrid?]
    var values: [GridValues?]
    /// PnL per scenario (USD) per underlying, and their sum.
    var pnl: [[Double]]
    var total: [Double]

    init(scenarios: ScenarioSet, settings: ExpectedShortfallSettings) {
        self.scenarios = scenarios
        self.settings = settings
        let n = scenarios.count
        grids = Array(repeating: nil, count: scenarios.underlyings.count)
        values = grids.map { _ in nil }
        pnl = Array(repeating: [Double](repeating: 0, count: n), count: scenarios.underlyings.count)
        total = [Double](repeating: 0, count: n)
    }

    func scenarioIndex(of coin: String) -> Int? { scenarios.underlyings.firstIndex(of: coin) }

    /// Revalues one underlying's instruments on every scenario and updates the totals, in place
    /// (one pass: new PnL, running total, no temporary column).
    mutating func revalue(_ book: UnderlyingBook) {
        guard let u = scenarioIndex(of: book.coin) else { return }
        let moves = scenarios.moves[u]
        let n = moves.count
        var column = pnl[u]
        pnl[u] = []
        if column.count != n { column = [Double](repeating: 0, count: n) }
        let exposure = book.netLinearExposureUSD
        var running = total
        total = []
        if settings.revaluation == .grid {
            let grid = grids[u] ?? ScenarioGrid(moves: moves, nodeCount: settings.gridNodes)
            grids[u] = grid
            let gridValues = GridValues(book: book, grid: grid)
            values[u] = gridValues
            Self.accumulateGrid(grid, nodes: ScenarioGrid.interleavedNodes(gridValues), exposure: exposure,
                                column: &column, running: &running)
        } else {
            for k in 0..<n {
                let value = exposure * moves[k] + Self.exactOptionPnL(book, move: moves[k], sizes: book.optionSize)
                running[k] += value - column[k]
                column[k] = value
            }
        }
        total = running
        pnl[u] = column
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

    /// Sums the per-underlying PnL afresh (clears the round-off of incremental updates).
    mutating func resum() {
        for k in total.indices {
            var sum = 0.0
            for u in pnl.indices { sum += pnl[u][k] }
            total[k] = sum
        }
    }

    /// The last tail's threshold PnL (USD): the hint for the next, which a tick barely moves.
    private var lastThreshold: Double?

    /// VaR/ES of the current totals (exactly as `TailStatistics(pnl:confidence:)` computes them).
    mutating func tail() -> TailStatistics {
        let statistics = TailStatistics(pnl: total, confidence: settings.confidence, thresholdHint: lastThreshold)
        lastThreshold = -statistics.valueAtRiskUSD
        return statistics
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
            for o in option.indices {
                var sum = 0.0
                for j in 0..<g {
                    sum += weightValue[j] * gridValues.unitValues[o * g + j] + weightDerivative[j] * gridValues.unitDerivatives[o * g + j]
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

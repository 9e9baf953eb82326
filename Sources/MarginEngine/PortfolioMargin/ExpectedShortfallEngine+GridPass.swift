/// The ES grid pass (DESIGN §11): per scenario, an underlying's new PnL — its linear exposure
/// times the move plus the cubic Hermite interpolation of its options' aggregated node values —
/// replaces the old one in its column and in the running total. Several underlyings that moved at
/// one tape moment share one pass over the scenarios, two at a time: each scenario's total then
/// sees exactly the additions, in the same order, as one pass per underlying would give it.
extension ExpectedShortfallEngine {
    /// One underlying's inputs to the pass.
    struct GridLane {
        var underlying: Int
        var grid: ScenarioGrid
        /// `ScenarioGrid.interleavedNodes` of its grid values.
        var nodes: [Double]
        var exposure: Double
        var column: [Double]
    }

    /// `revalue(_:)` of each book in turn, the same figures bit for bit, with the grid passes of
    /// books on distinct underlyings fused in pairs (one read and write of the total per pair).
    mutating func revalue(_ books: [UnderlyingBook]) {
        let n = total.count
        var lanes: [GridLane] = []
        var seen = Set<Int>()
        var fusable = settings.revaluation == .grid && books.count > 1
        if fusable {
            for book in books {
                guard let u = scenarioIndex(of: book.coin) else { continue }
                if !seen.insert(u).inserted || scenarios.moves[u].count != n { fusable = false }
            }
        }
        guard fusable else {
            for book in books { revalue(book) }
            return
        }
        for book in books {
            guard let u = scenarioIndex(of: book.coin) else { continue }
            var column = pnl[u]
            pnl[u] = []
            if column.count != n { column = [Double](repeating: 0, count: n) }
            let grid = grids[u] ?? ScenarioGrid(moves: scenarios.moves[u], nodeCount: settings.gridNodes)
            grids[u] = grid
            let gridValues = GridValues(book: book, grid: grid)
            values[u] = gridValues
            lanes.append(GridLane(underlying: u, grid: grid, nodes: ScenarioGrid.interleavedNodes(gridValues),
                                  exposure: book.netLinearExposureUSD, column: column))
        }
        var running = total
        total = []
        var next = 0
        while next + 1 < lanes.count {
            // Moved out (their columns stay uniquely referenced, no copy), passed, put back.
            var a = lanes[next], b = lanes[next + 1]
            lanes[next].column = []
            lanes[next + 1].column = []
            Self.accumulateGridPair(&a, &b, running: &running)
            lanes[next] = a
            lanes[next + 1] = b
            next += 2
        }
        if next < lanes.count {
            Self.accumulateGrid(lanes[next].grid, nodes: lanes[next].nodes, exposure: lanes[next].exposure,
                                column: &lanes[next].column, running: &running)
        }
        total = running
        for lane in lanes { pnl[lane.underlying] = lane.column }
    }

    /// The pass for one underlying (`nodes`: its interleaved aggregate values and derivatives).
    static func accumulateGrid(_ grid: ScenarioGrid, nodes: [Double], exposure: Double, column: inout [Double],
                               running: inout [Double]) {
        let n = min(column.count, running.count, grid.interval.count, grid.packed.count / 2)
        guard nodes.count >= 4 else { return }
        grid.packed.withUnsafeBufferPointer { packed in
            grid.interval.withUnsafeBufferPointer { interval in
                nodes.withUnsafeBufferPointer { nodes in
                    column.withUnsafeMutableBufferPointer { column in
                        running.withUnsafeMutableBufferPointer { running in
                            guard let p = packed.baseAddress, let interval = interval.baseAddress,
                                  let nodes = nodes.baseAddress, let column = column.baseAddress,
                                  let running = running.baseAddress else { return }
                            for k in 0..<n {
                                let value = laneValue(p + 2 * k, nodes + 2 * Int(interval[k]), step: grid.step,
                                                      exposure: exposure)
                                running[k] += value - column[k]
                                column[k] = value
                            }
                        }
                    }
                }
            }
        }
    }

    /// The pass for two underlyings at once: per scenario, `a`'s update of the total, then `b`'s.
    static func accumulateGridPair(_ a: inout GridLane, _ b: inout GridLane, running: inout [Double]) {
        let n = min(running.count, a.column.count, b.column.count, a.grid.interval.count, b.grid.interval.count,
                    a.grid.packed.count / 2, b.grid.packed.count / 2)
        guard a.nodes.count >= 4, b.nodes.count >= 4 else { return }
        let exposureA = a.exposure, exposureB = b.exposure, stepA = a.grid.step, stepB = b.grid.step
        a.grid.packed.withUnsafeBufferPointer { packedA in
            a.grid.interval.withUnsafeBufferPointer { intervalA in
                a.nodes.withUnsafeBufferPointer { nodesA in
                    b.grid.packed.withUnsafeBufferPointer { packedB in
                        b.grid.interval.withUnsafeBufferPointer { intervalB in
                            b.nodes.withUnsafeBufferPointer { nodesB in
                                a.column.withUnsafeMutableBufferPointer { columnA in
                                    b.column.withUnsafeMutableBufferPointer { columnB in
                                        running.withUnsafeMutableBufferPointer { running in
                                            guard let pa = packedA.baseAddress, let ia = intervalA.baseAddress,
                                                  let na = nodesA.baseAddress, let pb = packedB.baseAddress,
                                                  let ib = intervalB.baseAddress, let nb = nodesB.baseAddress,
                                                  let ca = columnA.baseAddress, let cb = columnB.baseAddress,
                                                  let running = running.baseAddress else { return }
                                            for k in 0..<n {
                                                let valueA = laneValue(pa + 2 * k, na + 2 * Int(ia[k]), step: stepA,
                                                                       exposure: exposureA)
                                                let valueB = laneValue(pb + 2 * k, nb + 2 * Int(ib[k]), step: stepB,
                                                                       exposure: exposureB)
                                                var sum = running[k]
                                                sum += valueA - ca[k]
                                                ca[k] = valueA
                                                sum += valueB - cb[k]
                                                cb[k] = valueB
                                                running[k] = sum
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// One scenario's PnL: exposure × move + w00·v[j] + w10·d[j] + w01·v[j+1] + w11·d[j+1], summed
    /// left to right (`scenario`: its t and move; `nodes`: v[j], d[j], v[j+1], d[j+1]).
    @inline(__always)
    static func laneValue(_ scenario: UnsafePointer<Double>, _ nodes: UnsafePointer<Double>, step: Double,
                          exposure: Double) -> Double {
        let (w00, w10, w01, w11) = ScenarioGrid.weights(t: scenario[0], step: step)
        return exposure * scenario[1] + w00 * nodes[0] + w10 * nodes[1] + w01 * nodes[2] + w11 * nodes[3]
    }
}

/// One underlying's PnL on its ES grid (DESIGN §11): per scenario, its linear exposure times the
/// move plus the cubic Hermite interpolation of its options' aggregated node values. Nothing per
/// scenario is stored: a scenario's value is computed from the grid and the current nodes when it
/// is summed (so a tick costs the scenarios it needs, not all of them).
///
/// It keeps only the two arrays of its grid that the passes read (`packed`, `interval`), so that a
/// copy (the candidates' reference lanes) retains three buffers, not the grid's eight.
struct GridLane: Sendable {
    /// The grid's node spacing (relative move).
    let step: Double
    /// `ScenarioGrid.packed`: per scenario k, its t (`packed[2k]`) and move (`packed[2k+1]`).
    let packed: [Double]
    /// `ScenarioGrid.interval`: scenario k lies in [node j, node j+1] with j = interval[k].
    let interval: [Int32]
    /// The current grid values' aggregate node values and derivatives, interleaved:
    /// v₀, d₀, v₁, d₁, … (USD).
    var nodes: [Double]
    /// Net linear exposure, USD per unit relative move.
    var exposure: Double
    /// Largest |move| and the largest |w00|+|w01| and |w10|+|w11| (computed weights) over the
    /// scenarios: what bounds the change of a scenario's value when nodes and exposure change.
    let maxAbsMove: Double
    let maxValueWeight: Double
    let maxDerivativeWeight: Double

    init(grid: ScenarioGrid, nodes: [Double], exposure: Double) {
        step = grid.step
        packed = grid.packed
        interval = grid.interval
        self.nodes = nodes
        self.exposure = exposure
        var move = 0.0, value = 0.0, derivative = 0.0
        let n = grid.packed.count / 2
        for k in 0..<n {
            let (w00, w10, w01, w11) = ScenarioGrid.weights(t: grid.packed[2 * k], step: grid.step)
            move = max(move, abs(grid.packed[2 * k + 1]))
            value = max(value, abs(w00) + abs(w01))
            derivative = max(derivative, abs(w10) + abs(w11))
        }
        maxAbsMove = move
        maxValueWeight = value
        maxDerivativeWeight = derivative
    }

    /// `init(grid:nodes:exposure:)` with the nodes of `values`, interleaved as `nodes` holds them.
    init(grid: ScenarioGrid, values: borrowing GridValues, exposure: Double) {
        self.init(grid: grid, nodes: [], exposure: exposure)
        setNodes(values)
    }

    /// Sets the nodes to those of `values`, interleaved, and the exposure (USD per unit
    /// move), writing into the current node buffer when it is unshared and of the right size.
    mutating func update(_ values: borrowing GridValues, exposure: Double) {
        self.exposure = exposure
        setNodes(values)
    }

    private mutating func setNodes(_ values: borrowing GridValues) {
        let g = min(values.aggregateValues.count, values.aggregateDerivatives.count)
        if nodes.count != 2 * g { nodes = [Double](repeating: 0, count: 2 * g) }
        nodes.withUnsafeMutableBufferPointer { nodes in
            values.aggregateValues.withUnsafeBufferPointer { aggregateValues in
                values.aggregateDerivatives.withUnsafeBufferPointer { aggregateDerivatives in
                    for j in 0..<g {
                        nodes[2 * j] = aggregateValues[j]
                        nodes[2 * j + 1] = aggregateDerivatives[j]
                    }
                }
            }
        }
    }

    /// Adds this lane's value in every scenario to `running[0..<count]`.
    func accumulate(into running: UnsafeMutablePointer<Double>, count: Int) {
        let n = min(count, interval.count, packed.count / 2)
        guard nodes.count >= 4 else { return }
        let step = step, exposure = exposure
        packed.withUnsafeBufferPointer { packed in
            interval.withUnsafeBufferPointer { interval in
                nodes.withUnsafeBufferPointer { nodes in
                    guard let p = packed.baseAddress, let interval = interval.baseAddress,
                          let nodes = nodes.baseAddress else { return }
                    for k in 0..<n {
                        running[k] += Self.value(p + 2 * k, nodes + 2 * Int(interval[k]), step: step, exposure: exposure)
                    }
                }
            }
        }
    }

    /// The scenarios `indices` of this lane's grid gathered for `accumulate(into:gathered:)`: per
    /// scenario its move and Hermite weights (`terms`, `weights(t:step:)` of its t: the same
    /// doubles the full pass computes), and the offset of its interval's nodes (`offsets`, 2·j).
    /// Indices at or above the scenario count are left out (`TailCandidates` holds none).
    func gather(_ indices: [Int32]) -> GatheredScenarios {
        let n = min(interval.count, packed.count / 2)
        var terms: [Double] = []
        var offsets: [Int32] = []
        terms.reserveCapacity(GatheredScenarios.stride * indices.count)
        offsets.reserveCapacity(indices.count)
        for index in indices where Int(index) < n {
            let k = Int(index)
            let (w00, w10, w01, w11) = ScenarioGrid.weights(t: packed[2 * k], step: step)
            terms.append(packed[2 * k + 1])
            terms.append(w00)
            terms.append(w10)
            terms.append(w01)
            terms.append(w11)
            offsets.append(2 &* interval[k])
        }
        return GatheredScenarios(terms: terms, offsets: offsets)
    }

    /// Adds this lane's value in gathered scenario i to `running[i]` for every i: a sequential pass.
    func accumulate(into running: UnsafeMutablePointer<Double>, gathered: GatheredScenarios) {
        guard nodes.count >= 4 else { return }
        let exposure = exposure
        let count = min(gathered.offsets.count, gathered.terms.count / GatheredScenarios.stride)
        let lastOffset = nodes.count - 4
        gathered.terms.withUnsafeBufferPointer { terms in
            gathered.offsets.withUnsafeBufferPointer { offsets in
                nodes.withUnsafeBufferPointer { nodes in
                    guard let p = terms.baseAddress, let offsets = offsets.baseAddress,
                          let nodes = nodes.baseAddress else { return }
                    for i in 0..<count {
                        let offset = min(Int(offsets[i]), lastOffset)
                        let q = p + GatheredScenarios.stride * i
                        running[i] += Self.value(move: q[0], weights: (q[1], q[2], q[3], q[4]), nodes + offset, exposure: exposure)
                    }
                }
            }
        }
    }

    /// One scenario's PnL: exposure × move + w00·v[j] + w10·d[j] + w01·v[j+1] + w11·d[j+1], summed
    /// left to right (`scenario`: its t and move; `nodes`: v[j], d[j], v[j+1], d[j+1]).
    @inline(__always)
    static func value(_ scenario: UnsafePointer<Double>, _ nodes: UnsafePointer<Double>, step: Double,
                      exposure: Double) -> Double {
        value(move: scenario[1], weights: ScenarioGrid.weights(t: scenario[0], step: step), nodes, exposure: exposure)
    }

    /// The same PnL from the scenario's move and its weights (w00, w10, w01, w11) computed before.
    @inline(__always)
    static func value(move: Double, weights w: (Double, Double, Double, Double), _ nodes: UnsafePointer<Double>,
                      exposure: Double) -> Double {
        exposure * move + w.0 * nodes[0] + w.1 * nodes[1] + w.2 * nodes[2] + w.3 * nodes[3]
    }

    /// An upper bound (USD, before rounding) on |this lane's value − `reference`'s| in any scenario:
    /// |Δexposure|·max|move| + max(|w00|+|w01|)·max|Δv| + max(|w10|+|w11|)·max|Δd|. Infinite when
    /// the nodes are not comparable.
    func maximumChange(from reference: GridLane) -> Double {
        guard reference.nodes.count == nodes.count else { return .infinity }
        var value = 0.0, derivative = 0.0
        var j = 0
        while j + 1 < nodes.count {
            let dv = abs(nodes[j] - reference.nodes[j]), dd = abs(nodes[j + 1] - reference.nodes[j + 1])
            guard dv.isFinite, dd.isFinite else { return .infinity }
            value = max(value, dv)
            derivative = max(derivative, dd)
            j += 2
        }
        let change = abs(exposure - reference.exposure) * maxAbsMove + maxValueWeight * value + maxDerivativeWeight * derivative
        return change.isFinite ? change : .infinity
    }

    /// A bound (USD) on |this lane's value| in any scenario: the scale of its rounding errors.
    var magnitude: Double {
        var value = 0.0, derivative = 0.0
        var j = 0
        while j + 1 < nodes.count {
            let v = abs(nodes[j]), d = abs(nodes[j + 1])
            guard v.isFinite, d.isFinite else { return .infinity }
            value = max(value, v)
            derivative = max(derivative, d)
            j += 2
        }
        let size = abs(exposure) * maxAbsMove + maxValueWeight * value + maxDerivativeWeight * derivative
        return size.isFinite ? size : .infinity
    }
}

/// Some scenarios of a grid copied out contiguously (`GridLane.gather`).
struct GatheredScenarios: Sendable {
    /// Doubles per gathered scenario in `terms`.
    static let stride = 5
    /// Per gathered scenario: move, w00, w10, w01, w11.
    var terms: [Double]
    /// Per gathered scenario: 2 × its interval (offset of v[j] in the interleaved nodes).
    var offsets: [Int32]
}

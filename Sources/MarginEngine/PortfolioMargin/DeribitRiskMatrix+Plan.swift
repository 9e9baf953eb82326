import RealModule

extension DeribitRiskMatrix {
    /// One scenario of the matrix: the relative price move, the vol state (1 up, 0 unchanged,
    /// −1 down), whether it is one of the extended moves, and its weight (a fraction, ≤ 1).
    struct Spec: Sendable {
        var move: Double
        var direction: Int
        var extended: Bool
        var weight: Double
    }

    /// The matrix's scenarios for one underlying's parameters and scan range (they depend on
    /// nothing else): made when the scan range changes, and shared by every tick's `Plan` and its
    /// chunks (immutable; a class, so that sharing it is one retain, not one per array).
    final class Scan: Sendable {
        let parameters: RiskMatrixParameters
        /// Daily vol (fraction) the scan range was derived from, and the scan range (fraction of
        /// the index).
        let dailyVol: Double, scanRange: Double
        let specs: [Spec]
        /// Per scenario: its vol state (0 down, 1 unchanged, 2 up), 1 + move and ln(1 + move).
        let states: [Int], factors: [Double], logFactors: [Double]
        /// The scenario ranges of a chunked plan, one chunk each (whole groups of the batched
        /// kernel's four lanes), and the one range of an unchunked plan.
        let chunked: ChunkLayout, whole: ChunkLayout

        /// Scenarios in chunks of this many (three chunks for Deribit's 35).
        static let chunkWidth = 12

        init(parameters p: RiskMatrixParameters, dailyVol: Double, scanRange: Double) {
            parameters = p
            self.dailyVol = dailyVol
            self.scanRange = scanRange
            let priceMoves = p.priceMoves(range: scanRange)
            var specs: [Spec] = []
            specs.reserveCapacity(3 * priceMoves.count + p.extendedMoves.count)  // one allocation, no regrowth
            for move in priceMoves {
                for direction in [1, 0, -1] { specs.append(Spec(move: move, direction: direction, extended: false, weight: 1)) }
            }
            for move in p.extendedMoves where move != 0 {
                specs.append(Spec(move: move, direction: 1, extended: true, weight: min(1, scanRange / abs(move))))
            }
            self.specs = specs
            states = specs.map { min(2, max(0, $0.direction + 1)) }
            factors = specs.map { 1 + $0.move }
            logFactors = factors.map { Double.log($0) }
            whole = ChunkLayout(columns: specs.count)
            chunked = ChunkLayout(columns: specs.count, width: Self.chunkWidth)
        }

        /// True when this scan was made for `vol` (the same daily vol, bit for bit, gives the same
        /// scan range; the parameters are the session's, fixed per underlying).
        func matches(dailyVol vol: Double) -> Bool { dailyVol.bitPattern == vol.bitPattern }
    }

    /// The risk matrix of one currency (the rules are in the type's documentation): a computation
    /// whose per-scenario sums are filled range of scenarios by range (`withChunks`), so that the
    /// ranges can run on different cores (`ChunkRunner`): each scenario's gains and losses are
    /// still summed over the instruments in the same order, so the result is the same bit for bit
    /// however the ranges are split or scheduled.
    struct Plan {
        let book: UnderlyingBook
        let scan: Scan
        /// σ√T per option for vol down, unchanged, up (`shockedSigmaRootT`).
        let sigmaRootT: [Double]
        /// The scenario ranges, one chunk each, and where the prices lie (`priceIndex`).
        let layout: ChunkLayout
        /// Coin PnL per scenario, gains and losses apart (`pnl_offset` applies to gains).
        var gains: [Double], losses: [Double]
        /// Black-76 price (USD per contract) of option o in scenario s at `prices[priceIndex(o, s)]`.
        var prices: [Double]

        /// Where option o's price in scenario s is (`ChunkLayout`: `o·count + s` for one chunk).
        func priceIndex(_ o: Int, _ s: Int) -> Int { layout.index(row: o, column: s, rows: book.optionSize.count) }

        /// The scenario ranges, one chunk each.
        var ranges: [Range<Int>] { layout.ranges }

        var parameters: RiskMatrixParameters { scan.parameters }
        var specs: [Spec] { scan.specs }
        var scanRange: Double { scan.scanRange }
        var dailyVol: Double { scan.dailyVol }

        init(_ book: UnderlyingBook, scan: Scan, chunked: Bool) {
            self.book = book
            self.scan = scan
            sigmaRootT = shockedSigmaRootT(book, parameters: scan.parameters)
            layout = chunked ? scan.chunked : scan.whole
            let count = scan.specs.count
            gains = [Double](repeating: 0, count: count)
            losses = gains
            prices = [Double](repeating: 0, count: count * book.optionSize.count)
        }

        /// Calls `body` with the chunks that fill `gains`, `losses` and `prices`; every chunk must
        /// have run when `body` returns.
        mutating func withChunks<R>(_ body: (Chunks) -> R) -> R {
            let book = book, scan = scan, sigmaRootT = sigmaRootT, ranges = ranges
            return gains.withUnsafeMutableBufferPointer { gains in
                losses.withUnsafeMutableBufferPointer { losses in
                    prices.withUnsafeMutableBufferPointer { prices in
                        body(Chunks(book: book, scan: scan, sigmaRootT: sigmaRootT, ranges: ranges, gains: gains,
                                    losses: losses, prices: prices))
                    }
                }
            }
        }

        /// The matrix from the filled sums: worst scenario, roll, delta and contingency charges.
        func result() -> Result {
            let p = parameters
            var scenarios: [RiskMatrixScenario] = []
            scenarios.reserveCapacity(specs.count)
            var worstIndex = 0, worstLoss = -Double.infinity
            for (index, spec) in specs.enumerated() {
                let pnl = spec.weight * (losses[index] + p.pnlOffset * gains[index])
                if -pnl > worstLoss {
                    worstLoss = -pnl
                    worstIndex = index
                }
                let shock = spec.direction > 0 ? p.volShockUp : (spec.direction < 0 ? -p.volShockDown : 0)
                scenarios.append(RiskMatrixScenario(priceMove: spec.move, volShock: shock, extended: spec.extended,
                                                    weight: spec.weight, pnlCoin: pnl, pnlUSD: pnl * book.indexUSD))
            }
            let worst = max(0, worstLoss)
            let roll = rollShock(book, parameters: p)
            let netDelta = netDeltaCoin(book)
            let deltaUSD = abs(netDelta) * book.indexUSD
            let threshold = p.deltaTotalLiquidationShockThresholdUSD
            let deltaShock = deltaUSD > threshold && threshold > 0
                ? abs(netDelta) * p.maxDeltaShock * min(1, (deltaUSD - threshold) / threshold) : 0
            var shortContracts = 0.0
            for slot in book.optionSize.indices where book.optionSize[slot] < 0 { shortContracts -= book.optionSize[slot] }
            let contingencies = p.shortOptionContingency * shortContracts
            let margin = round12(round9(worst) + roll + deltaShock + contingencies)
            let report = CurrencyRiskMatrix(
                currency: book.coin, indexUSD: book.indexUSD, scanRange: scanRange, scanRangeFloor: p.priceRange,
                dailyVol: dailyVol, scenarios: scenarios, worstScenario: worstIndex, worstCaseCoin: worst,
                rollShockCoin: round12(roll), netDeltaCoin: netDelta, deltaShockCoin: deltaShock,
                contingenciesCoin: contingencies, riskMatrixMarginCoin: margin,
                maintenanceMarginCoin: round12(p.mmFactor * margin))
            var linear = Array(repeating: 0.0, count: book.linearSize.count)
            var option = Array(repeating: 0.0, count: book.optionSize.count)
            guard specs.indices.contains(worstIndex) else {
                return Result(report: report, worstUnitPnLLinear: linear, worstUnitPnLOption: option)
            }
            let spec = specs[worstIndex]
            unitPnL(book, move: spec.move, extended: spec.extended, range: scanRange,
                    prices: book.optionSize.indices.map { prices[priceIndex($0, worstIndex)] },
                    linear: &linear, option: &option)
            for i in linear.indices { linear[i] *= spec.weight }
            for i in option.indices { option[i] *= spec.weight }
            return Result(report: report, worstUnitPnLLinear: linear, worstUnitPnLOption: option)
        }
    }

    /// The chunks of a `Plan`: chunk c sums every instrument's coin PnL into the gains and losses
    /// of the scenarios `ranges[c]` and writes the options' prices in those scenarios. Chunks write
    /// disjoint elements, so they may run concurrently; the buffers belong to the plan's
    /// `withChunks` call, which outlives them.
    struct Chunks: @unchecked Sendable {
        let book: UnderlyingBook
        let scan: Scan
        let sigmaRootT: [Double]
        let ranges: [Range<Int>]
        let gains: UnsafeMutableBufferPointer<Double>, losses: UnsafeMutableBufferPointer<Double>
        let prices: UnsafeMutableBufferPointer<Double>

        var count: Int { ranges.count }

        /// Option-outer; per option the chunk's scenarios in one batch (`OptionBatchKernel`, each
        /// scenario with the σ√T of its vol state), written straight into the option's price row.
        func run(_ chunk: Int) {
            guard ranges.indices.contains(chunk) else { return }
            let specs = scan.specs, states = scan.states, factors = scan.factors, logFactors = scan.logFactors
            let range = scan.scanRange
            let scenarios = ranges[chunk], count = specs.count
            let optionCount = book.optionSize.count
            guard !scenarios.isEmpty, scenarios.upperBound <= count, gains.count >= count, losses.count >= count,
                  prices.count >= optionCount * count, sigmaRootT.count >= 3 * optionCount else { return }
            let lower = scenarios.lowerBound, width = scenarios.count
            let index = book.indexUSD
            factors.withUnsafeBufferPointer { factors in
                logFactors.withUnsafeBufferPointer { logFactors in
                    withUnsafeTemporaryAllocation(of: Double.self, capacity: 5 * width) { scratch in
                        guard let factorBase = factors.baseAddress, let logFactorBase = logFactors.baseAddress,
                              let priceBase = prices.baseAddress, let vsts = scratch.baseAddress,
                              let gain = gains.baseAddress, let loss = losses.baseAddress else { return }
                        // Per option: σ√T and 1/σ√T of each scenario, and scratch deltas; the chunk's
                        // sums in scratch too (summed from zero in the same order, stored at the
                        // end: the other core's chunks write the neighbouring elements, and a
                        // shared cache line written per option would bounce between the cores).
                        let inverses = vsts + width, deltas = vsts + 2 * width
                        let chunkGain = vsts + 3 * width, chunkLoss = vsts + 4 * width
                        for s in 0..<width {
                            chunkGain[s] = 0
                            chunkLoss[s] = 0
                        }
                        for slot in book.linearSize.indices {
                            let size = book.linearSize[slot]
                            let mark = book.linearMark[slot]
                            let inverse = book.linearInverse[slot]
                            for s in 0..<width {
                                let spec = specs[lower + s]
                                let move = spec.extended ? min(max(spec.move, -range), range) : spec.move
                                let pnl = inverse ? size / mark * move / (1 + move) : size * mark * move / index
                                if pnl > 0 { chunkGain[s] += pnl } else { chunkLoss[s] += pnl }
                            }
                        }
                        let chunkFactors = factorBase + lower
                        let moves = OptionBatchKernel.Moves(factors: chunkFactors, logFactors: logFactorBase + lower,
                                                            sigmaRootT: vsts, inverseSigmaRootT: inverses, count: width)
                        // This chunk's prices: one block of `width` per option (`ChunkLayout`).
                        let block = priceBase + lower * optionCount
                        for o in 0..<optionCount {
                            let size = book.optionSize[o]
                            let forward = book.optionForward[o]
                            let inverse = book.optionInverse[o]
                            let base = inverse ? book.optionBasePrice[o] / forward : book.optionBasePrice[o] / index
                            let scale = inverse ? size : size / index
                            let stateVst = (sigmaRootT[3 * o], sigmaRootT[3 * o + 1], sigmaRootT[3 * o + 2])
                            let stateInverse = (1 / stateVst.0, 1 / stateVst.1, 1 / stateVst.2)
                            for s in 0..<width {
                                switch states[lower + s] {
                                case 0: vsts[s] = stateVst.0; inverses[s] = stateInverse.0
                                case 1: vsts[s] = stateVst.1; inverses[s] = stateInverse.1
                                default: vsts[s] = stateVst.2; inverses[s] = stateInverse.2
                                }
                            }
                            let row = block + o * width
                            let option = OptionBatchKernel.Option(
                                forward: forward, strike: book.optionStrike[o],
                                logMoneyness: book.optionLogMoneyness[o], isCall: book.optionIsCall[o])
                            OptionBatchKernel.evaluate(option, moves, prices: row, deltas: deltas)
                            if size == 0 { continue }
                            for s in 0..<width {
                                let price = row[s]
                                let shifted = forward * chunkFactors[s]
                                let pnl = inverse ? size * (price / shifted - base) : scale * price - size * base
                                chunkGain[s] += max(pnl, 0)
                                chunkLoss[s] += min(pnl, 0)
                            }
                        }
                        for s in 0..<width {
                            gain[lower + s] = chunkGain[s]
                            loss[lower + s] = chunkLoss[s]
                        }
                    }
                }
            }
        }
    }
}

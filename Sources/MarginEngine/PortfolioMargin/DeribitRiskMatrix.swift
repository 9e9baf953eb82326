import RealModule

/// Deribit's portfolio-margin risk matrix for one currency (DESIGN §5.3).
///
/// Sources: Deribit API `private/pme/simulate` and support article "Portfolio Margin"; vol shock
/// shape from Paradex's docs. PnL is in coin of the currency: inverse futures `q·s/(1+s)` with
/// q = N/mark; inverse options `V(F',σ')/F' − V/F` per contract; linear contracts' USD PnL is
/// converted at the current index.
///
/// - worst_case = max(0, largest loss) over price moves × {vol up, unchanged, down} and the
///   extended moves (vol up, weight min(1, range/|move|), futures clipped to ±range); gains of
///   each instrument count at `pnl_offset`.
/// - roll_shock = Σ |qᵢ|·max(annualised_move_risk·Tᵢ, min_annualised_move) over perps/futures.
/// - delta_shock (our formula; Deribit does not publish one): with D = |net delta|·index (USD),
///   `|net delta| · max_delta_shock · min(1, (D − threshold)/threshold)` when D > threshold, else 0.
/// - contingencies = short_option_contingency × Σ|short option contracts|.
/// - risk_matrix_margin = round(worst_case, 9) + roll + delta + contingencies (Deribit rounds the
///   worst case to 9 decimals before adding); MM = mm_factor × that. Both rounded to 1e-12 coin.
enum DeribitRiskMatrix {
    struct Result: Sendable {
        var report: CurrencyRiskMatrix
        /// Coin PnL per unit of size in the worst scenario (weight applied, offset not), per slot.
        var worstUnitPnLLinear: [Double]
        var worstUnitPnLOption: [Double]
    }

    static func compute(_ book: UnderlyingBook, parameters p: RiskMatrixParameters, scanRange: Double,
                        dailyVol: Double) -> Result {
        let vsts = shockedSigmaRootT(book, parameters: p)
        var scenarios: [RiskMatrixScenario] = []
        var specs: [(move: Double, direction: Int, extended: Bool, weight: Double)] = []
        for move in p.priceMoves(range: scanRange) {
            for direction in [1, 0, -1] { specs.append((move, direction, false, 1)) }
        }
        for move in p.extendedMoves where move != 0 {
            specs.append((move, 1, true, min(1, scanRange / abs(move))))
        }
        var gains = [Double](repeating: 0, count: specs.count)
        var losses = [Double](repeating: 0, count: specs.count)
        var prices = [Double](repeating: 0, count: specs.count * book.optionSize.count)
        accumulate(book, specs: specs, sigmaRootT: vsts, range: scanRange, gains: &gains, losses: &losses, prices: &prices)
        var worst = 0.0, worstIndex = 0, worstLoss = -Double.infinity
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
        worst = max(0, worstLoss)
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
        let spec = specs[worstIndex]
        var linear = Array(repeating: 0.0, count: book.linearSize.count)
        var option = Array(repeating: 0.0, count: book.optionSize.count)
        unitPnL(book, move: spec.move, extended: spec.extended, range: scanRange, scenario: worstIndex,
                scenarioCount: specs.count, prices: prices, linear: &linear, option: &option)
        for i in linear.indices { linear[i] *= spec.weight }
        for i in option.indices { option[i] *= spec.weight }
        return Result(report: report, worstUnitPnLLinear: linear, worstUnitPnLOption: option)
    }

    /// Sums each instrument's coin PnL into per-scenario gains and losses, and writes every
    /// option's Black-76 price (USD, per contract) in scenario s to `prices[o·specs.count + s]`.
    /// Option-outer, and per option every scenario in one batch (`OptionBatchKernel`, each
    /// scenario with the σ√T of its vol state).
    static func accumulate(_ book: UnderlyingBook, specs: [(move: Double, direction: Int, extended: Bool, weight: Double)],
                           sigmaRootT: [[Double]], range: Double, gains: inout [Double], losses: inout [Double],
                           prices: inout [Double]) {
        let count = specs.count
        let index = book.indexUSD
        for slot in book.linearSize.indices {
            let size = book.linearSize[slot]
            let mark = book.linearMark[slot]
            let inverse = book.linearInverse[slot]
            for s in 0..<count {
                let move = specs[s].extended ? min(max(specs[s].move, -range), range) : specs[s].move
                let pnl = inverse ? size / mark * move / (1 + move) : size * mark * move / index
                if pnl > 0 { gains[s] += pnl } else { losses[s] += pnl }
            }
        }
        let optionCount = book.optionSize.count
        guard optionCount > 0, count > 0, prices.count >= optionCount * count, sigmaRootT.count == 3 else { return }
        let states = specs.map { min(2, max(0, $0.direction + 1)) }  // 0 vol down, 1 unchanged, 2 up
        let factors = specs.map { 1 + $0.move }
        let logFactors = factors.map { Double.log($0) }
        // Per option: σ√T and 1/σ√T of each scenario, and scratch deltas.
        var moveScratch = [Double](repeating: 0, count: 3 * count)
        gains.withUnsafeMutableBufferPointer { gain in
            losses.withUnsafeMutableBufferPointer { loss in
                prices.withUnsafeMutableBufferPointer { prices in
                    factors.withUnsafeBufferPointer { factors in
                        logFactors.withUnsafeBufferPointer { logFactors in
                            moveScratch.withUnsafeMutableBufferPointer { scratch in
                                guard let factorBase = factors.baseAddress, let logFactorBase = logFactors.baseAddress,
                                      let priceBase = prices.baseAddress, let vsts = scratch.baseAddress else { return }
                                let inverses = vsts + count, deltas = vsts + 2 * count
                                let moves = OptionBatchKernel.Moves(factors: factorBase, logFactors: logFactorBase,
                                                                    sigmaRootT: vsts, inverseSigmaRootT: inverses, count: count)
                                for o in 0..<optionCount {
                                    let size = book.optionSize[o]
                                    let forward = book.optionForward[o]
                                    let inverse = book.optionInverse[o]
                                    let base = inverse ? book.optionBasePrice[o] / forward : book.optionBasePrice[o] / index
                                    let scale = inverse ? size : size / index
                                    let stateVst = (sigmaRootT[0][o], sigmaRootT[1][o], sigmaRootT[2][o])
                                    let stateInverse = (1 / stateVst.0, 1 / stateVst.1, 1 / stateVst.2)
                                    for s in 0..<count {
                                        switch states[s] {
                                        case 0: vsts[s] = stateVst.0; inverses[s] = stateInverse.0
                                        case 1: vsts[s] = stateVst.1; inverses[s] = stateInverse.1
                                        default: vsts[s] = stateVst.2; inverses[s] = stateInverse.2
                                        }
                                    }
                                    let row = priceBase + o * count
                                    let option = OptionBatchKernel.Option(
                                        forward: forward, strike: book.optionStrike[o],
                                        logMoneyness: book.optionLogMoneyness[o], isCall: book.optionIsCall[o])
                                    OptionBatchKernel.evaluate(option, moves, prices: row, deltas: deltas)
                                    if size == 0 { continue }
                                    for s in 0..<count {
                                        let price = row[s]
                                        let shifted = forward * factorBase[s]
                                        let pnl = inverse ? size * (price / shifted - base) : scale * price - size * base
                                        gain[s] += max(pnl, 0)
                                        loss[s] += min(pnl, 0)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func round9(_ value: Double) -> Double { (value * 1e9).rounded() / 1e9 }
    static func round12(_ value: Double) -> Double { (value * 1e12).rounded() / 1e12 }

    /// σ√T per option for vol down, unchanged, up (indices 0, 1, 2). The term factor (a `pow`)
    /// depends only on days to expiry: it is computed once per distinct expiry, not per option.
    static func shockedSigmaRootT(_ book: UnderlyingBook, parameters p: RiskMatrixParameters) -> [[Double]] {
        let n = book.optionVol.count
        var down = [Double](repeating: 0, count: n), unchanged = down, up = down
        var memo = TermFactorMemo()
        for slot in 0..<n {
            let years = book.optionYears[slot], vol = book.optionVol[slot]
            let days = years * 365
            let term = memo.factor(days: days, parameters: p)
            let rootT = years.squareRoot()
            down[slot] = p.shockedVol(vol, termFactor: term, direction: -1) * rootT
            unchanged[slot] = p.shockedVol(vol, termFactor: term, direction: 0) * rootT
            up[slot] = p.shockedVol(vol, termFactor: term, direction: 1) * rootT
        }
        return [down, unchanged, up]
    }

    /// Per-unit-size coin PnL of every instrument in one scenario (`spec`, index `s` of the specs),
    /// the options' prices taken from `accumulate`'s `prices`.
    static func unitPnL(_ book: UnderlyingBook, move: Double, extended: Bool, range: Double, scenario s: Int,
                        scenarioCount: Int, prices: [Double], linear: inout [Double], option: inout [Double]) {
        let clipped = extended ? min(max(move, -range), range) : move
        let index = book.indexUSD
        for slot in book.linearSize.indices where slot < linear.count {
            linear[slot] = book.linearInverse[slot] ? 1 / book.linearMark[slot] * clipped / (1 + clipped)
                : 1 * book.linearMark[slot] * clipped / index
        }
        let factor = 1 + move
        for slot in book.optionSize.indices where slot < option.count && slot * scenarioCount + s < prices.count {
            let forward = book.optionForward[slot]
            let shifted = forward * factor
            let price = prices[slot * scenarioCount + s]
            let base = book.optionBasePrice[slot]
            option[slot] = book.optionInverse[slot] ? price / shifted - base / forward : (price - base) / index
        }
    }

    /// Σ |q|·max(annualised_move_risk·T, min_annualised_move), q in coin.
    static func rollShock(_ book: UnderlyingBook, parameters p: RiskMatrixParameters) -> Double {
        var total = 0.0
        for slot in book.linearSize.indices {
            let coin = book.linearInverse[slot] ? abs(book.linearSize[slot]) / book.linearMark[slot] : abs(book.linearSize[slot])
            total += coin * max(p.annualisedMoveRisk * book.linearYears[slot], p.minAnnualisedMove)
        }
        return total
    }

    /// Futures coin-equivalent plus options' net transaction delta (Black-76 delta − coin price for
    /// inverse options, as Deribit's `delta_total`).
    static func netDeltaCoin(_ book: UnderlyingBook) -> Double {
        var total = 0.0
        for slot in book.linearSize.indices {
            total += book.linearInverse[slot] ? book.linearSize[slot] / book.linearMark[slot] : book.linearSize[slot]
        }
        for slot in book.optionSize.indices {
            let transaction = book.optionInverse[slot]
                ? book.optionBaseDelta[slot] - book.optionBasePrice[slot] / book.optionForward[slot] : book.optionBaseDelta[slot]
            total += book.optionSize[slot] * transaction
        }
        return total
    }
}

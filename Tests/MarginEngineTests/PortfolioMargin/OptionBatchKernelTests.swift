import Testing
@testable import MarginEngine

/// The batched Black-76 kernel against the scalar one, bit for bit: random options (calls and
/// puts, deep in and out of the money so that Hart's continued fraction is needed on some lanes,
/// σ√T from 1e-4 to 2, zero σ√T), random moves, counts that are and are not multiples of four
/// (the padded last group), a NaN move in a group, and per-move σ√T (three vol states mixed in one
/// batch, as the risk matrix has them, one of them sometimes zero).
@Suite struct OptionBatchKernelTests {
    @Test(arguments: 1...6)
    func batchedEqualsScalarBitForBit(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) &* 7919)
        func uniform() -> Double { Double(random.next() % 2_000_001) / 1_000_000 - 1 }
        for trial in 0..<300 {
            let count = 1 + Int(random.next() % 40)
            var factors = (0..<count).map { _ in 1 + uniform() * 0.6 }
            if trial % 17 == 5 { factors[Int(random.next() % UInt64(count))] = .nan }
            let logFactors = factors.map { Double.log($0) }
            let forward = 100_000 * (1 + uniform() * 0.2)
            let strike = forward * Double.exp(uniform() * (trial % 3 == 0 ? 3 : 0.5))
            let level = trial % 29 == 0 ? 0 : Double.pow(10, -4 + (uniform() + 1) * 2.15)
            // Every third trial: three vol states (×0.7, ×1, ×1.3, or 0 for the lowest every seventh).
            let states = (0..<count).map { _ in trial % 3 == 1 ? Int(random.next() % 3) : 1 }
            let stateVst = [trial % 7 == 1 ? 0 : level * 0.7, level, level * 1.3]
            let sigmaRootT = states.map { stateVst[$0] }
            let inverses = sigmaRootT.map { 1 / $0 }
            let option = OptionBatchKernel.Option(forward: forward, strike: strike, logMoneyness: Double.log(forward / strike),
                                                  isCall: trial % 2 == 0)
            var prices = [Double](repeating: 0, count: count), deltas = prices
            factors.withUnsafeBufferPointer { f in
                logFactors.withUnsafeBufferPointer { l in
                    sigmaRootT.withUnsafeBufferPointer { v in
                        inverses.withUnsafeBufferPointer { i in
                            prices.withUnsafeMutableBufferPointer { p in
                                deltas.withUnsafeMutableBufferPointer { d in
                                    guard let f = f.baseAddress, let l = l.baseAddress, let v = v.baseAddress,
                                          let i = i.baseAddress, let p = p.baseAddress, let d = d.baseAddress else { return }
                                    let moves = OptionBatchKernel.Moves(factors: f, logFactors: l, sigmaRootT: v,
                                                                        inverseSigmaRootT: i, count: count)
                                    OptionBatchKernel.evaluate(option, moves, prices: p, deltas: d)
                                }
                            }
                        }
                    }
                }
            }
            for j in 0..<count {
                let expected = OptionKernel.priceAndDelta(forward: forward * factors[j], strike: strike,
                                                          logMoneyness: option.logMoneyness + logFactors[j],
                                                          sigmaRootT: sigmaRootT[j], inverseSigmaRootT: 1 / sigmaRootT[j],
                                                          isCall: option.isCall)
                #expect(prices[j].bitPattern == expected.price.bitPattern || (prices[j].isNaN && expected.price.isNaN),
                        "trial \(trial) move \(j): \(prices[j]) vs \(expected.price)")
                #expect(deltas[j].bitPattern == expected.delta.bitPattern || (deltas[j].isNaN && expected.delta.isNaN),
                        "trial \(trial) move \(j): delta \(deltas[j]) vs \(expected.delta)")
            }
        }
    }

    /// The memoized term factor equals `RiskMatrixParameters.termFactor(days:)`, for every expiry asked twice.
    @Test func termFactorMemoEqualsDirectFactor() {
        let parameters = PM.catalogue().portfolioMargin.riskMatrixParameters(for: "BTC")
        var memo = TermFactorMemo()
        for days in [0.5, 1, 7, 30, 30, 90, 365, 0.5] {
            #expect(memo.factor(days: days, parameters: parameters).bitPattern
                    == parameters.termFactor(days: days).bitPattern, "days \(days)")
        }
    }
}

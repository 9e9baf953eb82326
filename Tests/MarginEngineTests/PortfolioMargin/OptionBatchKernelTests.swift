import Testing
@testable import MarginEngine

/// The batched Black-76 kernel against the scalar one, bit for bit: random options (calls and
/// puts, deep in and out of the money so that Hart's continued fraction is needed on some lanes,
/// σ√T from 1e-4 to 2, zero σ√T), random moves, counts that are and are not multiples of four,
/// and a NaN move in a group.
@Suite struct OptionBatchKernelTests {
    @Test(arguments: 1...6)
    func batchedEqualsScalarBitForBit(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) &* 7919)
        func uniform() -> Double { Double(random.next() % 2_000_001) / 1_000_000 - 1 }
        for trial in 0..<200 {
            let count = 1 + Int(random.next() % 40)
            var factors = (0..<count).map { _ in 1 + uniform() * 0.6 }
            if trial % 17 == 5 { factors[Int(random.next() % UInt64(count))] = .nan }
            let logFactors = factors.map { Double.log($0) }
            let forward = 100_000 * (1 + uniform() * 0.2)
            let strike = forward * Double.exp(uniform() * (trial % 3 == 0 ? 3 : 0.5))
            let sigmaRootT = trial % 29 == 0 ? 0 : Double.pow(10, -4 + (uniform() + 1) * 2.15)
            let option = OptionBatchKernel.Option(forward: forward, strike: strike, logMoneyness: Double.log(forward / strike),
                                                  sigmaRootT: sigmaRootT, inverseSigmaRootT: 1 / sigmaRootT,
                                                  isCall: trial % 2 == 0)
            var prices = [Double](repeating: 0, count: count), deltas = prices
            factors.withUnsafeBufferPointer { f in
                logFactors.withUnsafeBufferPointer { l in
                    prices.withUnsafeMutableBufferPointer { p in
                        deltas.withUnsafeMutableBufferPointer { d in
                            guard let f = f.baseAddress, let l = l.baseAddress, let p = p.baseAddress, let d = d.baseAddress else { return }
                            OptionBatchKernel.evaluate(option, factors: f, logFactors: l, count: count, prices: p, deltas: d)
                        }
                    }
                }
            }
            for j in 0..<count {
                let expected = OptionKernel.priceAndDelta(forward: forward * factors[j], strike: strike,
                                                          logMoneyness: option.logMoneyness + logFactors[j],
                                                          sigmaRootT: sigmaRootT, inverseSigmaRootT: 1 / sigmaRootT,
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

import Testing
@testable import MarginEngine

/// The one seeded generator's draws: ranges, and moments over 200,000 draws within about five
/// standard errors.
@Suite struct SeededRandomTests {
    static let draws = 200_000

    @Test func uniformsStayInTheirIntervals() {
        var random = SeededRandom(seed: 1)
        for _ in 0..<Self.draws {
            let open = random.uniform()
            #expect(open > 0 && open < 1)
            let halfOpen = random.unitInterval()
            #expect(halfOpen >= 0 && halfOpen < 1)
        }
    }

    @Test func bothNormalsAreStandard() {
        for useUnitInterval in [false, true] {
            var random = SeededRandom(seed: 2)
            var sum = 0.0, sumOfSquares = 0.0
            for _ in 0..<Self.draws {
                let z = useUnitInterval ? random.normalFromUnitInterval() : random.normal()
                sum += z
                sumOfSquares += z * z
            }
            let mean = sum / Double(Self.draws)
            // Standard errors: 1/√n ≈ 0.0022 for the mean, √(2/n) ≈ 0.0032 for the variance.
            #expect(abs(mean) < 0.012)
            #expect(abs(sumOfSquares / Double(Self.draws) - mean * mean - 1) < 0.016)
        }
    }

    @Test func poissonAndChiSquaredMeans() {
        var random = SeededRandom(seed: 3)
        #expect(random.poisson(mean: 0) == 0)
        // Poisson(0.3): mean 0.3, standard error √(0.3/n) ≈ 0.0012.
        let jumps = (0..<Self.draws).reduce(0) { total, _ in total + random.poisson(mean: 0.3) }
        #expect(abs(Double(jumps) / Double(Self.draws) - 0.3) < 0.006)
        // χ²(5): mean 5, standard error √(10/n) ≈ 0.0071.
        let chi = (0..<Self.draws).reduce(0.0) { total, _ in total + random.chiSquared(degreesOfFreedom: 5) }
        #expect(abs(chi / Double(Self.draws) - 5) < 0.036)
    }
}

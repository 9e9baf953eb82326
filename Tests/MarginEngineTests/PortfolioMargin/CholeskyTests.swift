import Testing
@testable import MarginEngine

/// The one Cholesky factorisation, by hand: [[4, 2], [2, 5]] = L·Lᵀ with L = [[2, 0], [1, 2]]
/// (L₀₀ = √4, L₁₀ = 2/2, L₁₁ = √(5 − 1²)).
@Suite struct CholeskyTests {
    @Test func factorsByHand() {
        let expected: [[Double]] = [[2, 0], [1, 2]]
        #expect(Cholesky.lower([[4, 2], [2, 5]]) == expected)
        #expect(Cholesky.lowerIfPositiveDefinite([[4, 2], [2, 5]]) == expected)
    }

    @Test func reproducesTheMatrix() {
        let correlation: [[Double]] = [[1, 0.8, 0.6], [0.8, 1, 0.7], [0.6, 0.7, 1]]
        let lower = Cholesky.lower(correlation)
        for i in 0..<3 {
            for j in 0..<3 {
                let product = (0..<3).reduce(0.0) { $0 + lower[i][$1] * lower[j][$1] }
                #expect(abs(product - correlation[i][j]) < 1e-15)
            }
            for j in (i + 1)..<3 { #expect(lower[i][j] == 0) }
        }
    }

    @Test func strictRejectsWhatLenientClamps() {
        // Perfectly correlated: semi-definite, the second pivot is 0.
        #expect(Cholesky.lowerIfPositiveDefinite([[1, 1], [1, 1]]) == nil)
        #expect(Cholesky.lower([[1, 1], [1, 1]]) == [[1, 0], [1, 0]])
        #expect(Cholesky.lowerIfPositiveDefinite([[1, 2], [2, 1]]) == nil)  // indefinite
        #expect(Cholesky.lowerIfPositiveDefinite([[1, 0.5], [0.4, 1]]) == nil)  // not symmetric
        #expect(Cholesky.lowerIfPositiveDefinite([[1, 0], [0]]) == nil)  // not square
        #expect(Cholesky.lowerIfPositiveDefinite([]) == [])
    }
}

/// Cholesky factorisation `A = L·Lᵀ` of a symmetric positive (semi-)definite matrix, `L` lower
/// triangular, row-major (`L[i][j]`, zero above the diagonal). Used to correlate independent
/// normals: `x = L·z` has covariance `A` (ES Monte Carlo scenarios, the market simulator).
///
/// Cholesky–Banachiewicz order (row by row): `L[i][j] = (A[i][j] − Σₖ<ⱼ L[i][k]·L[j][k]) / L[j][j]`,
/// `L[i][i] = √(A[i][i] − Σₖ<ᵢ L[i][k]²)`. Source: G. H. Golub and C. F. Van Loan, "Matrix
/// Computations" (4th ed., 2013), §4.2. O(n³/6) multiply-adds; n is the number of coins here.
///
/// ```swift
/// let lower = Cholesky.lower([[4, 2], [2, 5]])                      // [[2, 0], [1, 2]]
/// let strict = Cholesky.lowerIfPositiveDefinite([[1, 2], [2, 1]])   // nil: not positive definite
/// ```
public enum Cholesky {
    /// Lower-triangular `L` with `L·Lᵀ = matrix`. Tiny negative or zero pivots (round-off, or a
    /// correlation matrix that is not quite positive definite) are clamped to zero rather than
    /// failing; the entries below such a pivot are then zero. `matrix` must be square.
    public static func lower(_ matrix: [[Double]]) -> [[Double]] {
        factor(matrix, clampingPivots: true) ?? []
    }

    /// Lower-triangular `L` with `L·Lᵀ = matrix`; nil when the matrix is not square, not
    /// symmetric (within 1e-12 absolute) or not strictly positive definite.
    public static func lowerIfPositiveDefinite(_ matrix: [[Double]]) -> [[Double]]? {
        let size = matrix.count
        guard matrix.allSatisfy({ $0.count == size }) else { return nil }
        for row in 0..<size {
            for column in 0..<row where abs(matrix[row][column] - matrix[column][row]) > 1e-12 { return nil }
        }
        return factor(matrix, clampingPivots: false)
    }

    /// The factorisation; a non-positive pivot is set to zero when `clampingPivots`, else gives nil.
    private static func factor(_ matrix: [[Double]], clampingPivots: Bool) -> [[Double]]? {
        let size = matrix.count
        var lower = Array(repeating: Array(repeating: 0.0, count: size), count: size)
        for row in 0..<size {
            for column in 0...row {
                var sum = matrix[row][column]
                for k in 0..<column { sum -= lower[row][k] * lower[column][k] }
                if row == column {
                    if sum > 0 {
                        lower[row][row] = sum.squareRoot()
                    } else if !clampingPivots {
                        return nil
                    }
                } else if lower[column][column] > 0 {
                    lower[row][column] = sum / lower[column][column]
                }
            }
        }
        return lower
    }
}

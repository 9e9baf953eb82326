#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lower-triangular Cholesky factor `L` with `L·Lᵀ = matrix`, row-major; nil when the matrix is
/// not square, not symmetric (within 1e-12) or not positive definite.
func choleskyFactor(_ matrix: [[Double]]) -> [[Double]]? {
    let size = matrix.count
    guard matrix.allSatisfy({ $0.count == size }) else { return nil }
    for row in 0..<size {
        for column in 0..<row where abs(matrix[row][column] - matrix[column][row]) > 1e-12 { return nil }
    }
    var factor = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
    for row in 0..<size {
        for column in 0...row {
            var sum = matrix[row][column]
            for k in 0..<column { sum -= factor[row][k] * factor[column][k] }
            if row == column {
                guard sum > 0 else { return nil }
                factor[row][row] = sqrt(sum)
            } else {
                factor[row][column] = sum / factor[column][column]
            }
        }
    }
    return factor
}

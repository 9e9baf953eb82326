import Foundation
import Testing
@testable import MarketData
import Benchmarks

@Suite("Read benchmark helper")
struct BenchmarkTests {
    @Test(arguments: [TapeFormat.nativeCSV, .nativeJSONL])
    func smallBenchmarkReadsEveryRow(format: TapeFormat) throws {
        let result = try TapeReadBenchmark.run(rowCount: 5_000, format: format)
        #expect(result.rowCount == 5_000)
        #expect(result.fileBytes > 0)
        #expect(result.rowsPerSecond > 0)
        #expect(result.peakReaderBufferBytes <= 2 * 64 * 1024)  // two read chunks, whatever the file size
    }
}

/// Opt-in large run: `XMARGIN_BENCH_ROWS=1000000 swift test -c release -Xswiftc -enable-testing --filter largeBenchmark`.
@Test(.enabled(if: ProcessInfo.processInfo.environment["XMARGIN_BENCH_ROWS"] != nil))
func largeBenchmark() throws {
    let rows = Int(ProcessInfo.processInfo.environment["XMARGIN_BENCH_ROWS"] ?? "") ?? 1_000_000
    for format in [TapeFormat.nativeCSV, .nativeJSONL] {
        let result = try TapeReadBenchmark.run(rowCount: rows, format: format)
        print("bench \(format.rawValue): \(result.rowCount) rows, \(result.fileBytes) bytes, write \(result.writeSeconds) s, read \(result.readSeconds) s, \(Int(result.rowsPerSecond)) rows/s, peak buffer \(result.peakReaderBufferBytes) B")
        #expect(result.rowCount == rows)
    }
}

import Testing
@testable import MarketData

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

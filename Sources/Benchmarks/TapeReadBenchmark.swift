import MarketData
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Result of `TapeReadBenchmark.run`.
public struct TapeReadBenchmarkResult: Sendable, Hashable {
    /// Rows written and read back.
    public var rowCount: Int
    /// Size of the tape file, bytes.
    public var fileBytes: Int64
    /// Time to write the file, seconds.
    public var writeSeconds: Double
    /// Time to read and validate every row, seconds.
    public var readSeconds: Double
    /// Rows read per second.
    public var rowsPerSecond: Double { readSeconds > 0 ? Double(rowCount) / readSeconds : 0 }
    /// Peak line-buffer size of the reader, bytes.
    public var peakReaderBufferBytes: Int
}

/// Measures native-tape read throughput: writes an N-row tape (4 symbols, realistic prices with
/// 2 decimals, some absent fields) to a temporary file, reads it back, deletes it.
/// `xmargin bench` exposes it; tests use small N.
public enum TapeReadBenchmark {
    /// Runs the benchmark in `directory` (default `/tmp`) with the given native format.
    public static func run(rowCount: Int, format: TapeFormat = .nativeCSV,
                           directory: String = "/tmp") throws(TapeError) -> TapeReadBenchmarkResult {
        let suffix = format == .nativeJSONL ? "jsonl" : "csv"
        let path = "\(directory)/xmargin-bench-\(getpid())-\(rowCount).\(suffix)"
        defer { unlink(path) }
        let clock = ContinuousClock()
        let writeStart = clock.now
        let writer = try NativeTapeFileWriter(path: path, format: format)
        let symbols = ["BTC-PERPETUAL", "ETH-PERPETUAL", "BTCUSDT", "BTC-27MAR26-100000-C"]
        let start: Int64 = SimulatorConfiguration.defaultStartMicros
        for row in 0..<rowCount {
            // Two-decimal prices, as exchanges quote them: (integer cents) / 100 prints as that decimal.
            let cents = Double(row % 1000)
            func usd(_ baseCents: Double) -> Double { (baseCents + cents) / 100 }
            switch row % 4 {
            case 0: try writer.write(PriceEvent(timestampMicros: start + Int64(row) * 1000, symbol: symbols[0], mark: usd(9_500_025), index: usd(9_499_050)))
            case 1: try writer.write(PriceEvent(timestampMicros: start + Int64(row) * 1000, symbol: symbols[1], mark: usd(320_050), index: usd(319_975), last: 3_201))
            case 2: try writer.write(PriceEvent(timestampMicros: start + Int64(row) * 1000, symbol: symbols[2], last: usd(9_501_010)))
            default: try writer.write(PriceEvent(timestampMicros: start + Int64(row) * 1000, symbol: symbols[3], mark: usd(245_012),
                                                 iv: 0.5234, bid: 2_400.5, ask: 2_500.25, underlyingPrice: 96_100.75))
            }
        }
        try writer.close()
        let writeSeconds = (clock.now - writeStart).seconds
        var status = stat()
        let fileBytes: Int64 = stat(path, &status) == 0 ? Int64(status.st_size) : 0
        let readStart = clock.now
        let reader = try TapeFileReader(path: path, format: format)
        var count = 0
        while let _ = try reader.nextTapeEvent() { count += 1 }
        let readSeconds = (clock.now - readStart).seconds
        return TapeReadBenchmarkResult(rowCount: count, fileBytes: fileBytes, writeSeconds: writeSeconds,
                                       readSeconds: readSeconds, peakReaderBufferBytes: reader.peakBufferBytes)
    }
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}

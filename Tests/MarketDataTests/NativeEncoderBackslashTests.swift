import Testing
@testable import MarketData

/// A symbol with a backslash (valid on tapes) written as JSONL reads back as the same symbol; an
/// invalid symbol's replacement has no backslash (it used to, giving broken JSONL).
@Suite("Native encoder backslashes")
struct NativeEncoderBackslashTests {
    /// The second symbol is from the native-csv fuzz target (Fuzz/corpus/native-csv/
    /// combining-mark-after-backslash.csv): `\` followed by U+0596, a combining mark, is one
    /// Character, so a Character-wise search missed the backslash and the JSONL line broke.
    @Test(arguments: [TapeFormat.nativeJSONL, .nativeCSV], [#"BTC\X\"#, "BTC-USD\\\u{0596}amp_", "A\\\u{0301}\\"])
    func backslashSymbolRoundTrips(_ format: TapeFormat, symbol: String) throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let encoder = NativeTapeEncoder(format: format)
        let event = PriceEvent(timestampMicros: 1_767_614_400_000_000, symbol: symbol, mark: 95_000)
        let path = directory.write(encoder.header + encoder.line(for: event), to: "b.\(format.rawValue)")
        #expect(try TapeFileReader.readAll(path: path, format: format) == [event])
    }

    @Test func invalidSymbolReplacementHasNoBackslash() {
        #expect(!NativeTapeEncoder.safeSymbol("BTC \\\u{1b}[31m\"x").contains("\\"))
        let line = NativeTapeEncoder(format: .nativeJSONL).line(for: PriceEvent(timestampMicros: 1, symbol: "A\\ B", mark: 1))
        #expect(line == "{\"t\":1,\"s\":\"A??B\",\"mark\":1.0}\n")
        let combining = NativeTapeEncoder.safeSymbol("A\"\u{0301},\\\u{0301} x")
        #expect(!combining.unicodeScalars.contains { ["\"", ",", "\\", " "].contains($0) }, "\(combining)")
    }
}

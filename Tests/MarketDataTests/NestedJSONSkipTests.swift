import Testing
@testable import MarketData

/// `JSONCursor.skipValue`: any value, nested objects and arrays included, skipped with its grammar
/// checked; hostile nesting rejected at a fixed depth without recursion.
@Suite("Nested JSON skipping")
struct NestedJSONSkipTests {
    /// Skips one value of `text`; returns the offset after it, or the issue.
    static func skip(_ text: String) -> Result<Int, TapeIssue> {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Result<Int, TapeIssue> in
            guard let base = buffer.baseAddress else { return .failure(.invalidJSON("empty")) }
            var cursor = JSONCursor(bytes: ByteSpan(start: UnsafePointer(base), count: buffer.count))
            var scratch: [UInt8] = []
            do throws(TapeIssue) {
                try cursor.skipValue(scratch: &scratch)
                return .success(cursor.position)
            } catch {
                return .failure(error)
            }
        }
    }

    @Test(arguments: [
        #"{"greeks":{"vega":20.05335,"theta":-5.65962},"stats":{"volume":16.7}}"#,
        #"[[1,2,[3,{"a":[]}]],{},[],"x\"]",true,false,null,-1.5e-3]"#,
        #"{ "a" : [ 1 , { "b" : { } } ] , "c" : "}" }"#,
        #""plain""#, "42", "null",
    ])
    func wellFormedValuesAreSkippedWhole(_ text: String) {
        #expect(Self.skip(text) == .success(text.utf8.count))
    }

    @Test func skipStopsAfterTheValue() {
        #expect(Self.skip(#"{"a":[1]},"next":2"#) == .success(9))
    }

    @Test(arguments: [#"{"a":[1,2}"#, #"{"a" 1}"#, #"[1,]"#, #"{"a":1,}"#, #"[tru]"#, #"{"a":[1"#, #"{"a":x}"#, "[", "{", "", "]"])
    func malformedValuesAreRejected(_ text: String) {
        guard case .failure(let issue) = Self.skip(text) else {
            Issue.record("accepted \(text)")
            return
        }
        #expect(issue.kind == "invalid-json")
    }

    @Test func depthIsBounded() {
        let limit = JSONCursor.maximumSkipDepth
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(Self.skip(deepest) == .success(2 * limit))
        let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        #expect(Self.skip(tooDeep) == .failure(.invalidJSON("nested more than \(limit) deep")))
        // A hostile line: a million open brackets costs no stack.
        #expect((try? Self.skip(String(repeating: #"{"a":["#, count: 200_000)).get()) == nil)
    }

    /// A stream line nesting its unknown member deeper than the bound is one bad row, not a trap.
    @Test func hostileNestingInAStreamLineIsABadRow() throws {
        let nested = String(repeating: "[", count: 10_000)
        let line = #"{"jsonrpc":"2.0","method":"subscription","params":{"channel":"ticker.X.100ms","data":{"x":"# + nested + "}}}"
        let reader = try TapeFileReader(bytes: Array(line.utf8), name: "hostile.jsonl")
        #expect(try reader.nextTapeEvent() == nil)
        #expect(reader.format == .deribitStream && reader.issues.totalSkipped == 1)
    }
}

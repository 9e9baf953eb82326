/// Anything that yields `PriceEvent`s in tape order, one at a time: tape readers and the simulator.
public protocol PriceEventStream {
    /// The next event, or nil at the end of the stream.
    mutating func nextEvent() throws -> PriceEvent?
}

/// A stream that can restart from its first event (used to seek backwards in a replay).
public protocol RewindablePriceEventStream: PriceEventStream {
    mutating func rewind() throws
}

/// A streaming reader of one tape file (any `TapeFormat`).
///
/// Memory is independent of the file's length: the file is read in `chunkBytes` pieces and at most
/// one line (≤ `lineLimitBytes`) is buffered. Bad rows follow `TapeReaderOptions.mode`.
public protocol TapeReader: RewindablePriceEventStream {
    /// The format in use (detected from the first line or given).
    var format: TapeFormat { get }
    /// Rows skipped so far, by reason (lenient mode).
    var issues: TapeIssueLog { get }
    /// Rows returned so far.
    var acceptedRowCount: Int { get }
    /// The next event; in strict mode throws at the first bad row.
    func nextTapeEvent() throws(TapeError) -> PriceEvent?
}

extension TapeReader {
    /// Appends up to `maximumCount` events to `batch`; returns how many were appended (0 = end).
    @discardableResult
    public func readBatch(into batch: inout [PriceEvent], maximumCount: Int) throws(TapeError) -> Int {
        var appended = 0
        while appended < maximumCount, let event = try nextTapeEvent() {
            batch.append(event)
            appended += 1
        }
        return appended
    }
}

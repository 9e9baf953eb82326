#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a tape file of any supported format, streaming, with validation.
///
/// ```swift
/// let reader = try TapeFileReader(path: "crash.csv")            // format from the header
/// while let event = try reader.nextTapeEvent() { … }
/// print(reader.issues.countsByKind)                            // skipped rows by reason
/// ```
/// A line of a recorded exchange stream can hold several events (Deribit `markprice.options`,
/// Binance `!markPrice@arr`) or none (subscription responses, heartbeats: `ignoredMessageCount`);
/// they are handed out one by one from a small queue, each rejected message a bad row of its line.
/// A reference type because it owns an open file descriptor (closed on deinit).
///
/// The row-path properties are `@exclusivity(unchecked)`: the runtime check on every access
/// of a class property cost ~18 % of reading time (`swift_beginAccess` per row). It is sound
/// here because they are private, only touched by this class's own non-reentrant methods on
/// one thread (the class is not `Sendable`), never passed `inout` across a call that could
/// reach them again, and no closure captures them — so no two accesses can overlap.
public final class TapeFileReader: TapeReader {
    public let path: String
    public private(set) var format: TapeFormat
    public let options: TapeReaderOptions
    public private(set) var issues: TapeIssueLog
    @exclusivity(unchecked) public private(set) var acceptedRowCount = 0

    private let lines: ChunkedLineReader
    @exclusivity(unchecked) private var processor: TapeRowProcessor
    private var headerLineCount = 0
    /// Events of the current line not yet returned (exchange streams: several per line).
    @exclusivity(unchecked) private var pending = PendingEvents()
    private var lineEvents: [PriceEvent] = []
    private var lineIssues: [TapeIssue] = []

    /// Opens `path`. `format` nil = detect from the first line.
    /// Throws (line 0) when the file cannot be opened, (line 1) when the header is not understood.
    public convenience init(path: String, format: TapeFormat? = nil, options: TapeReaderOptions = TapeReaderOptions()) throws(TapeError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw TapeError(filePath: path, lineNumber: 0, issue: .io("cannot open: \(String(cString: strerror(errno)))"))
        }
        let lines = ChunkedLineReader(fileDescriptor: descriptor, chunkBytes: options.chunkBytes, lineLimitBytes: options.lineLimitBytes)
        try self.init(path: path, lines: lines, format: format, options: options)
    }

    /// Reads `bytes` as the contents of a file called `name` (errors name it; a Binance kline
    /// symbol is taken from it) — the same decoding and validation, no file (fuzzing, tests).
    public convenience init(bytes: [UInt8], name: String, format: TapeFormat? = nil,
                            options: TapeReaderOptions = TapeReaderOptions()) throws(TapeError) {
        let lines = ChunkedLineReader(bytes: bytes, chunkBytes: options.chunkBytes, lineLimitBytes: options.lineLimitBytes)
        try self.init(path: name, lines: lines, format: format, options: options)
    }

    private init(path: String, lines: ChunkedLineReader, format: TapeFormat?, options: TapeReaderOptions) throws(TapeError) {
        self.path = path
        self.options = options
        issues = TapeIssueLog(retainedMessageLimit: options.retainedErrorLimit)
        processor = TapeRowProcessor(options: options)
        self.lines = lines
        self.format = format ?? .nativeCSV
        try readFirstLine(explicitFormat: format)
    }

    /// Messages of an exchange stream that carry no prices — subscription responses, heartbeats,
    /// other channels — skipped without counting as bad rows (0 for the other formats).
    public var ignoredMessageCount: Int { processor.ignoredMessageCount }

    /// Peak size of the line buffer so far, bytes (bounded by `lineLimitBytes` + 2 chunks).
    public var peakBufferBytes: Int { lines.peakBufferBytes }

    public func nextEvent() throws -> PriceEvent? { try nextTapeEvent() }

    public func nextTapeEvent() throws(TapeError) -> PriceEvent? {
        // One read of one stored property on the one-event path, as before multi-event lines.
        if pending.needsAttention { return try nextQueuedOrStreamEvent() }
        while let (span, lineNumber) = try nextLine() {
            if let event = try process(span, lineNumber: lineNumber) { return event }
        }
        return nil
    }

    /// A queued event (the first line's, or the rest of a stream line's), or the next event of
    /// an exchange stream, reading lines until one has an event.
    private func nextQueuedOrStreamEvent() throws(TapeError) -> PriceEvent? {
        if let event = pending.popFirst() { return event }
        while let (span, lineNumber) = try nextLine() {
            try processStream(span, lineNumber: lineNumber)
            if let event = pending.popFirst() { return event }
        }
        return nil
    }

    /// The next complete line and its number (valid until the next call), over-long lines
    /// rejected on the way; nil at the end of the data.
    @inline(__always)
    private func nextLine() throws(TapeError) -> (ByteSpan, Int)? {
        while true {
            let outcome: LineReadOutcome
            do { outcome = try lines.nextLine() } catch { throw TapeError(filePath: path, lineNumber: lines.lineNumber + 1, issue: error) }
            switch outcome {
            case .noMoreData:
                return nil
            case .tooLong(let lineNumber):
                try reject(.lineTooLong(limitBytes: options.lineLimitBytes), lineNumber: lineNumber)
            case .line(let span, let lineNumber):
                return (span, lineNumber)
            }
        }
    }

    /// Restarts from the first row, forgetting validation state and counts.
    public func rewind() throws {
        lines.restart()
        issues = TapeIssueLog(retainedMessageLimit: options.retainedErrorLimit)
        processor.validator = RowValidator(options: options)
        acceptedRowCount = 0
        processor.ignoredMessageCount = 0
        pending.removeAll()
        for _ in 0..<headerLineCount { _ = try? lines.nextLine() }
    }

    /// Decodes and validates one line; nil when the line was blank or skipped (lenient).
    @inline(__always)
    private func process(_ span: ByteSpan, lineNumber: Int) throws(TapeError) -> PriceEvent? {
        do throws(TapeIssue) {
            guard let event = try processor.process(span) else { return nil }
            acceptedRowCount += 1
            return event
        } catch {
            try reject(error, lineNumber: lineNumber)
            return nil
        }
    }

    /// Decodes one exchange-stream line into `pending`; each rejected message is a bad row of
    /// this line (strict mode: the first one throws).
    private func processStream(_ span: ByteSpan, lineNumber: Int) throws(TapeError) {
        lineIssues.removeAll(keepingCapacity: true)
        lineEvents.removeAll(keepingCapacity: true)
        processor.processStream(span, events: &lineEvents, issues: &lineIssues)
        acceptedRowCount += lineEvents.count
        pending.append(contentsOf: lineEvents)
        for issue in lineIssues { try reject(issue, lineNumber: lineNumber) }
    }

    private func reject(_ issue: TapeIssue, lineNumber: Int) throws(TapeError) {
        let error = TapeError(filePath: path, lineNumber: lineNumber, issue: issue)
        if options.mode == .strict { throw error }
        issues.record(error)
    }

    private func readFirstLine(explicitFormat: TapeFormat?) throws(TapeError) {
        let outcome: LineReadOutcome
        do { outcome = try lines.nextLine() } catch { throw TapeError(filePath: path, lineNumber: 1, issue: error) }
        guard case .line(let span, let lineNumber) = outcome else {
            if case .tooLong = outcome {
                throw TapeError(filePath: path, lineNumber: 1, issue: .unrecognizedHeader("first line too long"))
            }
            return  // empty file: no events
        }
        let role: TapeRowProcessor.FirstLineRole
        do {
            (format, role) = try processor.configure(firstLine: span, explicitFormat: explicitFormat, fileName: path,
                                                     symbolOverride: options.symbolOverride)
        } catch {
            throw TapeError(filePath: path, lineNumber: 1, issue: error)
        }
        switch role {
        case .header:
            headerLineCount = 1
        case .data:
            if processor.streamFormat != nil {
                pending.readsStreamLines = true
                try processStream(span, lineNumber: lineNumber)
            } else if let event = try process(span, lineNumber: lineNumber) {
                pending.append(contentsOf: CollectionOfOne(event))
            }
        }
    }
}

extension TapeFileReader {
    /// Reads a whole (small) file into memory — for tests and one-shot tools, not for replays.
    public static func readAll(path: String, format: TapeFormat? = nil,
                               options: TapeReaderOptions = TapeReaderOptions()) throws(TapeError) -> [PriceEvent] {
        let reader = try TapeFileReader(path: path, format: format, options: options)
        var events: [PriceEvent] = []
        while let event = try reader.nextTapeEvent() { events.append(event) }
        return events
    }
}

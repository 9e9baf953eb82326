#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MarginEngine

/// Follows a file another process appends to, like `tail -F`, without ever blocking.
///
/// - Yields complete lines only; a partial last line stays buffered until its `\n` arrives.
/// - **Truncation** (the file becomes shorter than what was read): restarts from offset 0.
///   (A truncate followed, before the next poll, by more bytes than had been read cannot be
///   told apart from appending — the same limit as `tail -F`.)
/// - **Rotation** (the path now names a different inode): the old file is drained to its end
///   first (its unterminated last line counts as complete), then the new file is read from 0.
/// - A missing file is not an error: polling simply returns nothing until it appears.
/// - Any tape format is followed (`TapeFormat`): it is detected from the file's first complete
///   non-blank line, once that exists — again after each truncation or rotation, a new file
///   being a new tape. Native tapes keep their per-line detection (CSV with or without the
///   header, or JSONL objects; a `timestamp_us,…` header line re-maps the columns), and so does a
///   first line that fits no format. Recorded exchange streams (Deribit, Binance) yield every
///   event of a line; their messages without prices count in `ignoredMessageCount`.
///   Bad rows are skipped and counted in `issues` (always lenient: a live feed should not stop
///   the dashboard).
///
/// Call `readAvailable()` whenever you like (e.g. each UI frame); it returns immediately.
/// A reference type because it owns the open file descriptor.
public final class FileTailSource: PriceSource {
    public let path: String
    public let options: TapeReaderOptions
    public var label: String { "tail \(path.sanitizedForDisplay)" }
    public private(set) var issues: TapeIssueLog
    public private(set) var truncationCount = 0
    public private(set) var rotationCount = 0
    public var isFinished: Bool { false }

    private var lines: ChunkedLineReader?
    private var fileIdentity: (device: UInt64, inode: UInt64)?
    private var startAtEnd: Bool
    private var processor: TapeRowProcessor
    /// The format of the file being followed; nil until its first complete non-blank line.
    public private(set) var format: TapeFormat?
    private var lineIssues: [TapeIssue] = []
    /// Messages of a followed exchange stream that carry no prices (subscription responses,
    /// heartbeats, other channels): skipped, not bad rows.
    public var ignoredMessageCount: Int { processor.ignoredMessageCount }

    /// `startAtEnd`: skip what the file already holds (like `tail -f`), else read it from the start.
    public init(path: String, startAtEnd: Bool = false, options: TapeReaderOptions = TapeReaderOptions()) {
        self.path = path
        self.startAtEnd = startAtEnd
        self.options = options
        issues = TapeIssueLog(retainedMessageLimit: options.retainedErrorLimit)
        processor = TapeRowProcessor(options: options)
        processor.useNativeLinesIndividually()
    }

    /// Every complete line appended since the last call, as raw text (sanitized for nothing:
    /// use `sanitizedForDisplay` before printing).
    public func readAvailableLines() -> [String] {
        var result: [String] = []
        drain { span, _ in result.append(span.string()) }
        return result
    }

    /// Every valid event in the lines appended since the last call.
    public func readAvailable() -> [PriceEvent] {
        var events: [PriceEvent] = []
        drain { span, lineNumber in self.decode(span, lineNumber: lineNumber, into: &events) }
        return events
    }

    public func poll(atWall wallMicros: Int64, maximumCount: Int) -> [PriceEvent] { readAvailable() }

    /// A tail has no schedule: poll at your own cadence (`livePollIntervalMicros`).
    public func nextWakeupWallMicros(atWall wallMicros: Int64) -> Int64? { nil }

    /// A tail does not peek ahead.
    public var nextEvent: PriceEvent? { nil }

    /// A tail has no replay clock.
    public var clock: ReplayClock? { nil }

    /// Polled four times a second.
    public var livePollIntervalMicros: Int64? { 250_000 }

    /// A live tail has no clock to pause or step: commands are ignored.
    public func apply(_ command: ClockCommand, atWall wallMicros: Int64) {}

    // MARK: - Following the file

    private func drain(_ body: (ByteSpan, Int) -> Void) {
        if lines == nil, !openFile() { return }
        guard let current = lines else { return }
        var status = stat()
        if fstat(current.fileDescriptor, &status) == 0, Int64(status.st_size) < current.bytesConsumed {
            current.restart()
            truncationCount += 1
            startNewTape()
        }
        readLines(from: current, body)
        var pathStatus = stat()
        guard stat(path, &pathStatus) == 0 else { return }
        let identity = (UInt64(pathStatus.st_dev), UInt64(pathStatus.st_ino))
        if let known = fileIdentity, known != identity {
            readLines(from: current, body)
            _ = current.takeUnterminatedLine { span, number in body(span, number) }
            lines = nil
            rotationCount += 1
            // A new file is a new tape, as after a truncation: its rows are not ordered against the
            // old one's, and it may be of another format (its header comes again).
            startNewTape()
            if openFile(), let next = lines { readLines(from: next, body) }
        }
    }

    private func readLines(from reader: ChunkedLineReader, _ body: (ByteSpan, Int) -> Void) {
        while true {
            let outcome: LineReadOutcome
            do { outcome = try reader.nextLine() } catch {
                issues.record(TapeError(filePath: path, lineNumber: reader.lineNumber + 1, issue: error))
                return
            }
            switch outcome {
            case .noMoreData: return
            case .tooLong(let number):
                issues.record(TapeError(filePath: path, lineNumber: number, issue: .lineTooLong(limitBytes: options.lineLimitBytes)))
            case .line(let span, let number): body(span, number)
            }
        }
    }

    private func openFile() -> Bool {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            close(descriptor)
            return false
        }
        fileIdentity = (UInt64(status.st_dev), UInt64(status.st_ino))
        let reader = ChunkedLineReader(fileDescriptor: descriptor, chunkBytes: options.chunkBytes,
                                       lineLimitBytes: options.lineLimitBytes, returnsUnterminatedFinalLine: false)
        if startAtEnd {
            reader.restart(atOffset: Int64(status.st_size))
            startAtEnd = false
        }
        lines = reader
        return true
    }

    // MARK: - Decoding

    /// Forgets the ordering state and the format: the next line starts a tape of its own.
    private func startNewTape() {
        processor.validator = RowValidator(options: options)
        format = nil
    }

    private func decode(_ span: ByteSpan, lineNumber: Int, into events: inout [PriceEvent]) {
        if format == nil {
            guard !span.trimmed().isEmpty else { return }
            if case let (detected, role)? = try? processor.configure(firstLine: span, explicitFormat: nil, fileName: path,
                                                               symbolOverride: options.symbolOverride),
               !detected.isNative {
                format = detected
                if role == .header { return }
            } else {
                // Native, or nothing known: the native per-line rules, which also explain a bad line.
                processor.useNativeLinesIndividually()
                format = span.trimmed()[0] == UInt8(ascii: "{") ? .nativeJSONL : .nativeCSV
            }
        }
        if processor.streamFormat != nil {
            lineIssues.removeAll(keepingCapacity: true)
            processor.processStream(span, events: &events, issues: &lineIssues)
            for issue in lineIssues { issues.record(TapeError(filePath: path, lineNumber: lineNumber, issue: issue)) }
            return
        }
        do throws(TapeIssue) {
            if let event = try processor.process(span) { events.append(event) }
        } catch {
            issues.record(TapeError(filePath: path, lineNumber: lineNumber, issue: error))
        }
    }
}

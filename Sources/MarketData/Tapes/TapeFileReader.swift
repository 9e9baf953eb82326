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
/// A reference type because it owns an open file descriptor (closed on deinit).
public final class TapeFileReader: TapeReader {
    public let path: String
    public private(set) var format: TapeFormat
    public let options: TapeReaderOptions
    public private(set) var issues: TapeIssueLog
    public private(set) var acceptedRowCount = 0

    private let lines: ChunkedLineReader
    private var processor: TapeRowProcessor
    private var headerLineCount = 0
    private var pending: PriceEvent?

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

    /// Peak size of the line buffer so far, bytes (bounded by `lineLimitBytes` + 2 chunks).
    public var peakBufferBytes: Int { lines.peakBufferBytes }

    public func nextEvent() throws -> PriceEvent? { try nextTapeEvent() }

    public func nextTapeEvent() throws(TapeError) -> PriceEvent? {
        if let event = pending {
            pending = nil
            return event
        }
        while true {
            let outcome: LineReadOutcome
            do { outcome = try lines.nextLine() } catch { throw TapeError(filePath: path, lineNumber: lines.lineNumber + 1, issue: error) }
            switch outcome {
            case .noMoreData:
                return nil
            case .tooLong(let lineNumber):
                try reject(.lineTooLong(limitBytes: options.lineLimitBytes), lineNumber: lineNumber)
            case .line(let span, let lineNumber):
                if let event = try process(span, lineNumber: lineNumber) { return event }
            }
        }
    }

    /// Restarts from the first row, forgetting validation state and counts.
    public func rewind() throws {
        lines.restart()
        issues = TapeIssueLog(retainedMessageLimit: options.retainedErrorLimit)
        processor.validator = RowValidator(options: options)
        acceptedRowCount = 0
        pending = nil
        for _ in 0..<headerLineCount { _ = try? lines.nextLine() }
    }

    /// Decodes and validates one line; nil when the line was blank or skipped (lenient).
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
        var splitter = CSVFieldSplitter()
        let line = splitter.split(span)
        let headerFields = splitter.allFieldStrings(of: line)
        let firstLineText = headerFields.joined(separator: ",")
        guard let detected = explicitFormat ?? TapeFormat.detect(firstLine: firstLineText) else {
            throw TapeError(filePath: path, lineNumber: 1, issue: .unrecognizedHeader(span.excerpt(limit: 80)))
        }
        format = detected
        if detected == .nativeJSONL {
            processor.isJSONL = true
            pending = try process(span, lineNumber: lineNumber)
            return
        }
        let isHeaderless = detected == .binanceKline && headerFields.first != "open_time"
        let fixedSymbol = detected == .binanceKline ? options.symbolOverride ?? TapeFormat.binanceSymbol(fromFileName: path) : nil
        do {
            let layout = try ColumnLayout.make(format: detected, header: isHeaderless ? nil : headerFields,
                                               dataFieldCount: splitter.fieldCount, fixedSymbol: fixedSymbol)
            processor.use(layout)
        } catch {
            throw TapeError(filePath: path, lineNumber: 1, issue: error)
        }
        if isHeaderless {
            pending = try process(span, lineNumber: lineNumber)
        } else {
            headerLineCount = 1
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

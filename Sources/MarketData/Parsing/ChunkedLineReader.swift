#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `ChunkedLineReader.nextLine()` found.
enum LineReadOutcome {
    /// A complete line without its `\n` (a trailing `\r` is left for the field splitter).
    /// The span is valid until the next call.
    case line(ByteSpan, lineNumber: Int)
    /// A line longer than the cap; its bytes were discarded as they arrived.
    case tooLong(lineNumber: Int)
    /// No complete line is available (end of file, or no new data yet when following a file).
    case noMoreData
}

/// Reads a file descriptor in fixed chunks with `read(2)` — or a byte array in the same chunks —
/// and splits it into lines, in memory bounded by `lineLimitBytes + chunkBytes` no matter how long
/// the file or any line is. The two sources go through the same chunking, so a byte array splits
/// exactly as the file holding those bytes would (the fuzz targets read from memory).
///
/// A line longer than `lineLimitBytes` is reported as `.tooLong` and its bytes are dropped while
/// scanning for the next newline, so a 10 MB line never needs a 10 MB buffer.
/// It owns the descriptor and closes it on deinit (a reference type for that reason).
///
/// The row-path properties are `@exclusivity(unchecked)`: the runtime check on every access
/// of a class property cost ~18 % of reading time (`swift_beginAccess` per row). It is sound
/// here because they are private, only touched by this class's own non-reentrant methods on
/// one thread (the class is not `Sendable`), never passed `inout` across a call that could
/// reach them again, and no closure captures them (the one closure called, by
/// `takeUnterminatedLine`, runs after the reads it needs) — so no two accesses can overlap.
final class ChunkedLineReader {
    let chunkBytes: Int
    let lineLimitBytes: Int
    /// When true the final unterminated line is returned at end of file (tapes); when false it
    /// stays buffered until its newline arrives (following a growing file).
    let returnsUnterminatedFinalLine: Bool

    /// The descriptor read from; -1 when reading `memory`.
    private(set) var fileDescriptor: Int32
    /// The bytes read instead of a descriptor, and how far they have been consumed.
    private let memory: [UInt8]?
    @exclusivity(unchecked) private var memoryOffset = 0
    @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var dataStart = 0
    @exclusivity(unchecked) private var dataEnd = 0
    @exclusivity(unchecked) private var scannedUpTo = 0
    @exclusivity(unchecked) private var skippingLongLine = false
    /// Lines completed so far (the 1-based number of the last line returned).
    @exclusivity(unchecked) private(set) var lineNumber = 0
    /// Largest buffer ever allocated, bytes (for memory assertions).
    @exclusivity(unchecked) private(set) var peakBufferBytes: Int
    /// Bytes consumed from the descriptor since open or rewind.
    @exclusivity(unchecked) private(set) var bytesConsumed: Int64 = 0

    init(fileDescriptor: Int32, chunkBytes: Int = 64 * 1024, lineLimitBytes: Int = 1 << 20,
         returnsUnterminatedFinalLine: Bool = true) {
        self.fileDescriptor = fileDescriptor
        memory = nil
        self.chunkBytes = max(chunkBytes, 16)
        self.lineLimitBytes = max(lineLimitBytes, 16)
        self.returnsUnterminatedFinalLine = returnsUnterminatedFinalLine
        capacity = self.chunkBytes
        buffer = .allocate(capacity: capacity)
        peakBufferBytes = capacity
    }

    /// Reads `bytes` as if they were a file's contents (no descriptor, no system calls).
    init(bytes: [UInt8], chunkBytes: Int = 64 * 1024, lineLimitBytes: Int = 1 << 20) {
        fileDescriptor = -1
        memory = bytes
        self.chunkBytes = max(chunkBytes, 16)
        self.lineLimitBytes = max(lineLimitBytes, 16)
        returnsUnterminatedFinalLine = true
        capacity = self.chunkBytes
        buffer = .allocate(capacity: capacity)
        peakBufferBytes = capacity
    }

    deinit {
        buffer.deallocate()
        if fileDescriptor >= 0 { close(fileDescriptor) }
    }

    /// Bytes received but not yet returned as a complete line.
    var pendingBytes: Int { skippingLongLine ? 0 : dataEnd - dataStart }

    func nextLine() throws(TapeIssue) -> LineReadOutcome {
        while true {
            let searchStart = buffer + scannedUpTo
            let searchLength = dataEnd - scannedUpTo
            if searchLength > 0, let found = memchr(searchStart, 0x0A, searchLength) {
                let newline = UnsafeMutablePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - buffer
                let lineStart = dataStart
                dataStart = newline + 1
                scannedUpTo = dataStart
                lineNumber += 1
                if skippingLongLine {
                    skippingLongLine = false
                    return .tooLong(lineNumber: lineNumber)
                }
                return .line(ByteSpan(start: buffer + lineStart, count: newline - lineStart), lineNumber: lineNumber)
            }
            scannedUpTo = dataEnd
            if skippingLongLine || dataEnd - dataStart > lineLimitBytes {
                skippingLongLine = true
                dataStart = 0
                dataEnd = 0
                scannedUpTo = 0
            }
            let received = try fill()
            if received == 0 {
                if returnsUnterminatedFinalLine {
                    if skippingLongLine {
                        skippingLongLine = false
                        lineNumber += 1
                        return .tooLong(lineNumber: lineNumber)
                    }
                    if dataEnd > dataStart {
                        let lineStart = dataStart
                        let length = dataEnd - dataStart
                        dataStart = dataEnd
                        scannedUpTo = dataEnd
                        lineNumber += 1
                        return .line(ByteSpan(start: buffer + lineStart, count: length), lineNumber: lineNumber)
                    }
                }
                return .noMoreData
            }
        }
    }

    /// Returns and clears the buffered unterminated line, if any (used when a followed file is
    /// rotated away: its last line is complete by definition).
    func takeUnterminatedLine<Result>(_ body: (ByteSpan, Int) -> Result) -> Result? {
        if skippingLongLine {
            skippingLongLine = false
            lineNumber += 1
            dataStart = 0; dataEnd = 0; scannedUpTo = 0
            return nil
        }
        guard dataEnd > dataStart else { return nil }
        lineNumber += 1
        let result = body(ByteSpan(start: buffer + dataStart, count: dataEnd - dataStart), lineNumber)
        dataStart = 0; dataEnd = 0; scannedUpTo = 0
        return result
    }

    /// Forgets buffered bytes and restarts from `offset` of the same descriptor (truncation, rewind).
    func restart(atOffset offset: Int64 = 0) {
        if let memory {
            memoryOffset = Int(clamping: min(max(offset, 0), Int64(memory.count)))
        } else {
            _ = lseek(fileDescriptor, off_t(offset), SEEK_SET)
        }
        dataStart = 0; dataEnd = 0; scannedUpTo = 0
        skippingLongLine = false
        lineNumber = 0
        bytesConsumed = offset
    }

    /// Reads one chunk; returns the byte count (0 = nothing available now).
    private func fill() throws(TapeIssue) -> Int {
        if dataStart > 0 && (capacity - dataEnd < chunkBytes || dataStart == dataEnd) {
            let live = dataEnd - dataStart
            if live > 0 { (buffer).update(from: buffer + dataStart, count: live) }
            scannedUpTo -= dataStart
            dataEnd = live
            dataStart = 0
        }
        if capacity - dataEnd < chunkBytes {
            let newCapacity = min(max(capacity * 2, dataEnd + chunkBytes), lineLimitBytes + 2 * chunkBytes)
            if newCapacity > capacity {
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
                grown.update(from: buffer, count: dataEnd)
                buffer.deallocate()
                buffer = grown
                capacity = newCapacity
                peakBufferBytes = max(peakBufferBytes, capacity)
            }
        }
        let room = min(chunkBytes, capacity - dataEnd)
        if let memory {
            let count = min(room, memory.count - memoryOffset)
            guard count > 0 else { return 0 }
            memory.withUnsafeBufferPointer { bytes in
                if let base = bytes.baseAddress { (buffer + dataEnd).update(from: base + memoryOffset, count: count) }
            }
            memoryOffset += count
            dataEnd += count
            bytesConsumed += Int64(count)
            return count
        }
        while true {
            let count = read(fileDescriptor, buffer + dataEnd, room)
            if count > 0 {
                dataEnd += count
                bytesConsumed += Int64(count)
                return count
            }
            if count == 0 { return 0 }
            let code = errno
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK { return 0 }
            throw .io("read failed: \(String(cString: strerror(code)))")
        }
    }
}

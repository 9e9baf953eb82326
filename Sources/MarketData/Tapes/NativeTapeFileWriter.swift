#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a native tape file (CSV or JSONL, chosen by `format`) through a 64 KiB buffer.
/// Call `close()` (or let it deinit) to flush. A reference type: it owns a file descriptor.
public final class NativeTapeFileWriter {
    public let path: String
    public let encoder: NativeTapeEncoder
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private let flushThreshold = 64 * 1024

    /// Creates (or truncates) `path` and writes the header. `append` keeps existing content and
    /// writes no header.
    public init(path: String, format: TapeFormat = .nativeCSV, append: Bool = false) throws(TapeError) {
        self.path = path
        encoder = NativeTapeEncoder(format: format)
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
        descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else {
            throw TapeError(filePath: path, lineNumber: 0, issue: .io("cannot create: \(String(cString: strerror(errno)))"))
        }
        buffer.reserveCapacity(flushThreshold + 4096)
        if !append { buffer.append(contentsOf: encoder.header.utf8) }
    }

    deinit {
        try? flush()
        if descriptor >= 0 { Glibc_close(descriptor) }
    }

    /// Buffers one event (flushes when the buffer is full).
    public func write(_ event: PriceEvent) throws(TapeError) {
        buffer.append(contentsOf: encoder.line(for: event).utf8)
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Writes buffered bytes to the file.
    public func flush() throws(TapeError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { bytes in
                Glibc_write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw TapeError(filePath: path, lineNumber: 0, issue: .io("write failed: \(String(cString: strerror(errno)))"))
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file.
    public func close() throws(TapeError) {
        try flush()
        if descriptor >= 0 { Glibc_close(descriptor) }
        descriptor = -1
    }
}

private func Glibc_close(_ descriptor: Int32) { _ = close(descriptor) }
private func Glibc_write(_ descriptor: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, pointer, count)
}

import Foundation
import MarginEngine

/// The liquidation event log: JSON Lines, append-only, each event written with `write(2)` as it
/// happens (no user-space buffering), so a crash loses nothing already reported.
final class EventLog {
    let path: String
    private let descriptor: Int32
    private let encoder: JSONEncoder

    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CLIError("\(path): cannot open the event log: \(String(cString: strerror(errno)))")
        }
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    deinit { close(descriptor) }

    /// Appends one event as a line.
    func append(_ event: LiquidationEvent) throws {
        var data = try encoder.encode(event)
        data.append(0x0A)
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw CLIError("\(path): write failed: \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }
}

/// A one-line error for the user.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

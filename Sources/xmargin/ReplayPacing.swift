import Foundation
import MarketData

/// The dashboard's default replay speed (issue 11): a `--feed replay:FILE` without `--speed` plays
/// the whole tape in about two minutes of wall time — ×(tape span ÷ 120 s), at least ×1 — shown in
/// the header like any speed, `+`/`-` walking the ladder from there.
///
/// The tape's span is its first event to its last. The last is read from the file's final 64 KiB
/// (after its first line break, with the file's first line in front so CSV headers still apply),
/// decoded by the same reader in lenient mode; memory stays independent of the tape's length.
enum ReplayPacing {
    /// Wall time a whole tape takes at the default speed, seconds.
    static let targetSeconds = 120.0
    /// Bytes read from the end of the file to find its last timestamp.
    static let tailBytes = 65_536

    /// The speed that plays `firstMicros` … the last event of `path` in `targetSeconds`; ×1 when the
    /// span is unknown or shorter than that.
    static func speed(path: String, format: TapeFormat, firstMicros: Int64) -> ReplaySpeed {
        guard let last = lastTimestamp(path: path, format: format) else { return .times(1) }
        let (span, overflow) = last.subtractingReportingOverflow(firstMicros)
        guard !overflow, span > 0 else { return .times(1) }
        let multiplier = (Double(span) / 1e6 / targetSeconds).rounded()
        return .times(min(max(1, multiplier), 1e7))
    }

    /// The largest timestamp among the rows in the file's last `tailBytes`, or nil.
    static func lastTimestamp(path: String, format: TapeFormat) -> Int64? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd() else { return nil }
        try? handle.seek(toOffset: 0)
        let head = (try? handle.read(upToCount: 4_096)) ?? Data()
        let firstLine = head.firstIndex(of: 0x0A).map { head[head.startIndex..<$0] } ?? head
        let start = size > UInt64(tailBytes) ? size - UInt64(tailBytes) : 0
        try? handle.seek(toOffset: start)
        var tail = (try? handle.readToEnd()) ?? Data()
        if start > 0, let newline = tail.firstIndex(of: 0x0A) { tail = tail[tail.index(after: newline)...] }
        var bytes = [UInt8](firstLine)
        if start > 0 {
            bytes.append(0x0A)
            bytes += tail
        } else {
            bytes = [UInt8](tail)
        }
        guard let reader = try? TapeFileReader(bytes: bytes, name: path, format: format, options: TapeReaderOptions(mode: .lenient))
        else { return nil }
        var last: Int64?
        while let event = try? reader.nextTapeEvent() { last = max(last ?? event.timestampMicros, event.timestampMicros) }
        return last
    }
}

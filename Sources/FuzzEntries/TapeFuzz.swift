import MarginEngine
import MarketData

/// One tape decoder on arbitrary bytes: lenient and strict reads never trap; every accepted event
/// has a timestamp in the tape range, finite non-negative prices and a displayable symbol; every
/// error names the file and a line; accepted events written back as native CSV and JSONL read back
/// identically; a rewind replays the same events.
///
/// The bytes are read from memory (`TapeFileReader(bytes:name:)`: the file reader's own chunking,
/// decoding and validation, without the file system), which keeps an execution in microseconds.
enum TapeFuzz {
    static func run(_ bytes: [UInt8], format: TapeFormat?, fileName: String) -> [String] {
        let path = fileName
        var problems: [String] = []
        let events = read(bytes, name: path, format: format, mode: .lenient, problems: &problems, checkRewind: true)
        _ = read(bytes, name: path, format: format, mode: .strict, problems: &problems, checkRewind: false)
        for event in events ?? [] { check(event, problems: &problems) }
        if let events, !events.isEmpty {
            for native in [TapeFormat.nativeCSV, .nativeJSONL] {
                let encoder = NativeTapeEncoder(format: native)
                var text = encoder.header
                for event in events { text += encoder.line(for: event) }
                var ignored: [String] = []
                let reread = read(Array(text.utf8), name: "\(fileName).roundtrip.\(native.rawValue)", format: native,
                                  mode: .lenient, problems: &ignored, checkRewind: false)
                if reread != events {
                    problems.append("\(native.rawValue) round trip changed the events: \(events.count) → \(reread?.count ?? -1)")
                }
            }
        }
        return problems
    }

    /// All events of the tape `bytes`, read as the file `name` (nil when the header or a strict read
    /// threw, which is fine).
    static func read(_ bytes: [UInt8], name path: String, format: TapeFormat?, mode: TapeValidationMode,
                     problems: inout [String], checkRewind: Bool) -> [PriceEvent]? {
        do throws(TapeError) {
            let reader = try TapeFileReader(bytes: bytes, name: path, format: format,
                                            options: TapeReaderOptions(mode: mode, chunkBytes: 4096))
            var events: [PriceEvent] = []
            while let event = try reader.nextTapeEvent() { events.append(event) }
            for error in reader.issues.firstErrors { check(error, path: path, problems: &problems) }
            if checkRewind {
                do {
                    try reader.rewind()
                    var again: [PriceEvent] = []
                    while let event = try reader.nextTapeEvent() { again.append(event) }
                    if again != events { problems.append("rewind read \(again.count) events, first pass \(events.count)") }
                } catch {
                    problems.append("rewind failed: \(error)")
                }
            }
            return events
        } catch {
            check(error, path: path, problems: &problems)
            return nil
        }
    }

    static func check(_ error: TapeError, path: String, problems: inout [String]) {
        if error.filePath != path { problems.append("error names \(error.filePath), not \(path)") }
        if error.lineNumber < 1, case .io = error.issue {} else if error.lineNumber < 1 {
            problems.append("error without a line: \(error)")
        }
    }

    static let priceFields: [(String, KeyPath<PriceEvent, Double?> & Sendable)] = [
        ("mark", \.mark), ("index", \.index), ("last", \.last), ("iv", \.iv), ("bid", \.bid), ("ask", \.ask),
        ("underlying", \.underlyingPrice),
    ]

    static func check(_ event: PriceEvent, problems: inout [String]) {
        if !TapeTimeRange.contains(event.timestampMicros) {
            problems.append("accepted timestamp \(event.timestampMicros) outside the tape range")
        }
        for (name, field) in priceFields {
            guard let value = event[keyPath: field] else { continue }
            if !value.isFinite || value < 0 { problems.append("accepted \(name) = \(value)") }
        }
        if event.symbol.isEmpty || event.symbol.unicodeScalars.contains(where: \.isUnsafeForDisplay) {
            problems.append("accepted symbol \(event.symbol.sanitizedForDisplay) is not displayable")
        }
        _ = UTCTime.iso8601Micros(event.timestampMicros)
    }
}

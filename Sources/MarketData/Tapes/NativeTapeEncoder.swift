import MarginEngine

/// Formats `PriceEvent`s as native tape lines (see `NativeTapeSpec`). Pure and deterministic:
/// doubles use Swift's shortest round-trip `description`, so reading back gives identical values.
public struct NativeTapeEncoder: Sendable {
    /// `.nativeCSV` or `.nativeJSONL` (other formats fall back to CSV).
    public let format: TapeFormat

    public init(format: TapeFormat = .nativeCSV) { self.format = format }

    /// The header line including its newline (empty for JSONL).
    public var header: String { format == .nativeJSONL ? "" : NativeTapeSpec.csvHeader + "\n" }

    /// One line including its newline. Non-finite values are written as absent; a symbol that is
    /// not valid (`SymbolValidation.isValid`) is replaced by its display-sanitized form with `?`
    /// for spaces, commas, quotes and backslashes, so the output always parses; in JSONL a valid
    /// symbol's backslashes are escaped.
    public func line(for event: PriceEvent) -> String {
        let symbol = SymbolValidation.isValid(event.symbol) ? event.symbol : Self.safeSymbol(event.symbol)
        var text = ""
        text.reserveCapacity(96)
        if format == .nativeJSONL {
            // A valid symbol may hold a backslash: JSON needs it escaped (`"` never occurs).
            let escaped = symbol.utf8.contains(UInt8(ascii: "\\")) ? Self.escapingBackslashes(symbol) : symbol
            text += "{\"t\":\(event.timestampMicros),\"s\":\"\(escaped)\""
            for position in 0..<7 {
                if let value = event.field(at: position), value.isFinite {
                    text += ",\"\(NativeTapeSpec.jsonKeys[position])\":\(value.description)"
                }
            }
            text += "}\n"
        } else {
            text += String(event.timestampMicros)
            text += ","
            text += symbol
            for position in 0..<7 {
                text += ","
                if let value = event.field(at: position), value.isFinite { text += value.description }
            }
            text += "\n"
        }
        return text
    }

    static func safeSymbol(_ symbol: String) -> String {
        // By scalar, not Character: a combining mark after `\` or `"` makes one grapheme of the two.
        var cleaned = String.UnicodeScalarView()
        for scalar in symbol.sanitizedForDisplay.unicodeScalars {
            cleaned.append([",", "\"", " ", "\\"].contains(scalar) ? "?" : scalar)
        }
        return cleaned.isEmpty ? "?" : String(String(cleaned).prefix(SymbolValidation.maximumLengthBytes / 4))
    }

    /// Every `\` doubled, byte-wise (a combining mark after it must not hide it).
    static func escapingBackslashes(_ symbol: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(symbol.utf8.count + 4)
        for byte in symbol.utf8 {
            if byte == UInt8(ascii: "\\") { bytes.append(byte) }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

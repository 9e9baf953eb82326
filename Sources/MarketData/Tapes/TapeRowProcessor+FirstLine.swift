/// Setting a `TapeRowProcessor` up from a file's first line — shared by the tape reader and the
/// file tail, so both accept exactly the same formats.
extension TapeRowProcessor {
    /// What the first line was, once the format is known.
    enum FirstLineRole: Equatable {
        /// A CSV header: consumed, no event.
        case header
        /// A data line (JSON of any kind, a headerless kline): decode it as the first row.
        case data
    }

    /// Chooses the format — `explicitFormat`, or detected from `span` — and prepares the decoding
    /// state for it. `fileName` gives a Binance kline its symbol unless `symbolOverride` does.
    /// Throws `unrecognizedHeader` (or the layout's error) when the line fits no format.
    mutating func configure(firstLine span: ByteSpan, explicitFormat: TapeFormat?, fileName: String,
                            symbolOverride: String?) throws(TapeIssue) -> (TapeFormat, FirstLineRole) {
        isJSONL = false
        detectsNativeLinesIndividually = false
        streamFormat = nil
        csvDecoder = nil
        let trimmed = span.trimmed()
        let startsJSON = !trimmed.isEmpty && (trimmed[0] == UInt8(ascii: "{") || trimmed[0] == UInt8(ascii: "["))
        if explicitFormat.map({ $0.isExchangeStream || $0 == .nativeJSONL }) ?? startsJSON {
            let format: TapeFormat
            if let explicitFormat {
                format = explicitFormat
            } else if case .format(let detected) = JSONLineKind.classify(trimmed) {
                format = detected
            } else {
                format = .nativeJSONL
            }
            if format.isExchangeStream { streamFormat = format } else { isJSONL = true }
            return (format, .data)
        }
        let line = fields.split(span)
        let headerFields = fields.allFieldStrings(of: line)
        guard let detected = explicitFormat ?? TapeFormat.detect(firstLine: headerFields.joined(separator: ",")),
              !detected.isExchangeStream, detected != .nativeJSONL else {
            throw .unrecognizedHeader(span.excerpt(limit: 80))
        }
        let isHeaderless = detected == .binanceKline && headerFields.first != "open_time"
        let fixedSymbol = detected == .binanceKline ? symbolOverride ?? TapeFormat.binanceSymbol(fromFileName: fileName) : nil
        let layout = try ColumnLayout.make(format: detected, header: isHeaderless ? nil : headerFields,
                                           dataFieldCount: fields.fieldCount, fixedSymbol: fixedSymbol)
        use(layout)
        return (detected, isHeaderless ? .data : .header)
    }

    /// The file tail's native mode: every line is classified on its own — a `{` line is native
    /// JSONL, a `timestamp_us,…` line a native header (re-mapping the columns), any other a native
    /// CSV row in the current columns (the full native header until one arrives).
    mutating func useNativeLinesIndividually() {
        isJSONL = false
        streamFormat = nil
        detectsNativeLinesIndividually = true
        useNativeHeader(NativeTapeSpec.csvHeader.split(separator: ",").map(String.init))
    }
}

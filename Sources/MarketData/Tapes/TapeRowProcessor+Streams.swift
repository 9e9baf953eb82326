/// The exchange-stream path of `TapeRowProcessor`: one line, any number of events.
extension TapeRowProcessor {
    /// Decodes and validates one line of a Deribit or Binance stream: its accepted events are
    /// appended to `events` in line order, the reason of each rejected message to `issues`
    /// (a line that is not a valid message at all gives one issue). Blank lines and messages
    /// without prices add nothing (the latter counted in `ignoredMessageCount`).
    mutating func processStream(_ span: ByteSpan, events: inout [PriceEvent], issues: inout [TapeIssue]) {
        let trimmed = span.trimmed()
        if trimmed.isEmpty { return }
        streamItems.removeAll(keepingCapacity: true)
        do throws(TapeIssue) {
            let carriesPrices: Bool
            switch streamFormat {
            case .deribitStream?: carriesPrices = try deribitDecoder.decode(trimmed, symbols: &symbols, into: &streamItems)
            default: carriesPrices = try binanceDecoder.decode(trimmed, symbols: &symbols, into: &streamItems)
            }
            if !carriesPrices { ignoredMessageCount += 1 }
        } catch {
            issues.append(error)
            return
        }
        for item in streamItems {
            switch item {
            case .issue(let issue):
                issues.append(issue)
            case .event(let event, let symbolID):
                do throws(TapeIssue) {
                    try validator.validate(event.prices, timestampMicros: event.timestampMicros, symbolID: symbolID,
                                           isOption: symbols.isOption(symbolID), symbols: symbols)
                    events.append(event)
                } catch {
                    issues.append(error)
                }
            }
        }
    }
}

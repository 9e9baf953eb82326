import MarginEngine
import MarketData

extension RiskSession {
    /// Headless replay: applies every event of `source` (run it at `.max` speed) in the same
    /// batches the dashboard's worker sees — a source never splits one timestamp's events, and a
    /// batch is processed timestamp by timestamp — so `replay` and `watch` give identical alerts
    /// and liquidations. `onEvents` gets the liquidation engine's events (for the event log).
    /// Returns the first and last event times, µs (nil for an empty source).
    public mutating func drain(_ source: inout some PriceSource, batchSize: Int = 4_096,
                               onEvents: ([LiquidationEvent]) throws -> Void) throws -> (firstMicros: Int64, lastMicros: Int64)? {
        var first: Int64?
        var last: Int64?
        while !source.isFinished {
            let batch = try source.poll(atWall: 0, maximumCount: batchSize)
            if batch.isEmpty { break }
            // Tapes are in time order (out-of-order rows are rejected by the readers).
            if first == nil { first = batch.first?.timestampMicros }
            last = batch.last?.timestampMicros
            let produced = try ingest(batch)
            if !produced.isEmpty { try onEvents(produced) }
        }
        guard let first, let last else { return nil }
        return (first, last)
    }

    /// Headless replay of a tape file at full speed: `first` (the reader's first event, already
    /// read to build the starting market) and every event after it, moment by moment — the same
    /// moments, so the same figures, alerts and liquidations as `drain(_:)` over a paced source
    /// of the same tape, without its lookahead and batch copies. One moment's events are held at
    /// a time (memory independent of the tape's length). `onEvents` gets each moment's
    /// liquidation-engine events. Returns the first and last event times, µs.
    public mutating func drain(_ reader: TapeFileReader, from first: PriceEvent,
                               onEvents: ([LiquidationEvent]) throws -> Void) throws -> (firstMicros: Int64, lastMicros: Int64) {
        var moment: [PriceEvent] = [first]
        var time = first.timestampMicros
        while let event = try reader.nextTapeEvent() {
            if event.timestampMicros != time {
                let produced = try ingest(moment: moment[...])
                if !produced.isEmpty { try onEvents(produced) }
                moment.removeAll(keepingCapacity: true)
                time = event.timestampMicros
            }
            moment.append(event)
        }
        let produced = try ingest(moment: moment[...])
        if !produced.isEmpty { try onEvents(produced) }
        return (first.timestampMicros, time)
    }
}

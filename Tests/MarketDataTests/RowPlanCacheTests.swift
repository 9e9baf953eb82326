import MarginEngine
import Testing
@testable import MarketData

/// The replay's cached row plans must give exactly what the full symbol-map path gives.
struct RowPlanCacheTests {
    /// `position`: the row's index in its moment as the replay passes it (a wrong one must only
    /// cost a miss of the prediction, never a different answer).
    func compare(_ events: [PriceEvent], relevance: (Set<String>, Set<String>)?, position: (Int) -> Int = { $0 }) {
        var resolver = SymbolResolver()
        var fullResolver = SymbolResolver()
        let filter = relevance.map { RelevanceFilter(symbols: $0.0, coins: $0.1) } ?? RelevanceFilter()
        var cache = RowPlanCache()
        for (index, event) in events.enumerated() {
            var fast: [PriceUpdate] = []
            cache.append(event, position: position(index), resolver: &resolver, filter: filter, output: &fast)
            var slow: [PriceUpdate] = []
            fullResolver.appendUpdates(for: event, to: &slow)
            slow.removeAll { !filter.keeps($0) }
            #expect(fast == slow, "\(event)")
        }
    }

    @Test func simulatedTapeMatchesFullPath() throws {
        var simulator = try Simulator(configuration: SimulatorConfiguration(seed: 3, durationMicros: 20_000_000))
        var events: [PriceEvent] = []
        while let event = simulator.nextEvent() { events.append(event) }
        #expect(events.count > 100)
        compare(events, relevance: nil)
        compare(events, relevance: (["BTC-PERPETUAL", "BTC-6FEB26"], ["BTC"]))
        // Positions within each tape moment, as the replay passes them (predictions hit).
        var positions: [Int] = []
        for (index, event) in events.enumerated() {
            positions.append(index > 0 && events[index - 1].timestampMicros == event.timestampMicros ? positions[index - 1] + 1 : 0)
        }
        compare(events, relevance: (["BTC-PERPETUAL", "BTC-6FEB26"], ["BTC"]), position: { positions[$0] })
        // Positions that do not follow the tape's shape: predictions miss, answers stay the same.
        compare(events, relevance: nil, position: { ($0 * 7) % 3 })
    }

    @Test func mixedPresenceRowsMatchFullPath() {
        let events = [
            PriceEvent(timestampMicros: 1, symbol: "BTC-PERPETUAL", mark: 100),
            PriceEvent(timestampMicros: 2, symbol: "BTC-PERPETUAL", mark: 101, index: 99),
            PriceEvent(timestampMicros: 3, symbol: "BTCUSDT", last: 100.5),
            PriceEvent(timestampMicros: 4, symbol: "BTC-27MAR26-90000-C", mark: 5000, index: 95_000, iv: 0.5, underlyingPrice: 96_000),
            PriceEvent(timestampMicros: 5, symbol: "BTC-27MAR26-90000-C", mark: 5100, iv: 0.51),
            PriceEvent(timestampMicros: 6, symbol: "ETH-USD", index: 3000),
            PriceEvent(timestampMicros: 7, symbol: "ETH-USD", last: 3001),
        ]
        compare(events, relevance: nil)
        // The same position for every row: each row replaces the previous row's prediction, and
        // a symbol seen with other fields must not reuse the plan of its other field set.
        compare(events, relevance: nil, position: { _ in 0 })
        compare(events + events, relevance: nil, position: { $0 % 2 })
    }
}

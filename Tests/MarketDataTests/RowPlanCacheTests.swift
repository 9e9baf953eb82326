import MarginEngine
import Testing
@testable import MarketData

/// The replay's cached row plans must give exactly what the full symbol-map path gives.
struct RowPlanCacheTests {
    func compare(_ events: [PriceEvent], relevance: (Set<String>, Set<String>)?) {
        var resolver = SymbolResolver()
        var fullResolver = SymbolResolver()
        let filter = relevance.map { RelevanceFilter(symbols: $0.0, coins: $0.1) } ?? RelevanceFilter()
        var cache = RowPlanCache()
        for event in events {
            var fast: [PriceUpdate] = []
            cache.append(event, resolver: &resolver, filter: filter, output: &fast)
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
    }
}

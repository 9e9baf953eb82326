import Testing
@testable import MarketData

@Suite("Symbol mapping")
struct SymbolMapTests {
    let map = SymbolMap()

    @Test func binanceLinearCloseGivesMarkAndIndex() {
        let updates = map.updates(for: PriceEvent(timestampMicros: 0, symbol: "BTCUSDT", last: 20_445.4))
        #expect(updates == [.mark(instrument: "BTCUSDT", usd: 20_445.4), .index(underlying: "BTC", usd: 20_445.4)])
        var noIndex = map
        noIndex.linearPriceAsIndex = false
        #expect(noIndex.updates(for: PriceEvent(timestampMicros: 0, symbol: "ETHUSDC", last: 3000)) == [.mark(instrument: "ETHUSDC", usd: 3000)])
    }

    @Test func perpetualUsesIndexOrFallsBackToMark() {
        #expect(map.updates(for: PriceEvent(timestampMicros: 0, symbol: "BTC-PERPETUAL", mark: 101, index: 100))
            == [.mark(instrument: "BTC-PERPETUAL", usd: 101), .index(underlying: "BTC", usd: 100)])
        #expect(map.updates(for: PriceEvent(timestampMicros: 0, symbol: "BTC_USDC-PERPETUAL", mark: 101))
            == [.mark(instrument: "BTC_USDC-PERPETUAL", usd: 101), .index(underlying: "BTC", usd: 101)])
        #expect(map.updates(for: PriceEvent(timestampMicros: 0, symbol: "ETH-27MAR26", mark: 3300))
            == [.mark(instrument: "ETH-27MAR26", usd: 3300)])
    }

    @Test func indexSymbols() {
        for symbol in ["BTC-USD", "BTC_USDT", "BTC", ".BTC"] {
            #expect(map.updates(for: PriceEvent(timestampMicros: 0, symbol: symbol, index: 5)) == [.index(underlying: "BTC", usd: 5)])
        }
        #expect(SymbolMap.indexSymbol(forUnderlying: "ETH") == "ETH-USD")
    }

    @Test func optionsGiveMarkIVForward() {
        let event = PriceEvent(timestampMicros: 0, symbol: "BTC-27MAR26-90000-C", mark: 9000, iv: 0.5, underlyingPrice: 96_000)
        #expect(map.updates(for: event) == [
            .mark(instrument: "BTC-27MAR26-90000-C", usd: 9000), .iv(instrument: "BTC-27MAR26-90000-C", fraction: 0.5),
            .forward(instrument: "BTC-27MAR26-90000-C", usd: 96_000),
        ])
    }

    @Test func overrides() {
        var custom = SymbolMap(instrumentOverrides: ["XBTUSD": "BTC-PERPETUAL"], indexOverrides: [".BXBT": "BTC"])
        #expect(custom.updates(for: PriceEvent(timestampMicros: 0, symbol: "XBTUSD", mark: 50))
            == [.mark(instrument: "BTC-PERPETUAL", usd: 50), .index(underlying: "BTC", usd: 50)])
        #expect(custom.updates(for: PriceEvent(timestampMicros: 0, symbol: ".BXBT", last: 49)) == [.index(underlying: "BTC", usd: 49)])
        custom.perpetualMarkAsIndexFallback = false
        var resolver = SymbolResolver(map: custom)
        var updates: [MarketUpdate] = []
        resolver.appendUpdates(for: PriceEvent(timestampMicros: 0, symbol: "XBTUSD", mark: 50), to: &updates)
        #expect(updates == [.mark(instrument: "BTC-PERPETUAL", usd: 50)])
    }
}

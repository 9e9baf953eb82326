import MarginEngine
import Testing
@testable import MarketData

@Suite("Symbol mapping")
struct SymbolMapTests {
    let map = SymbolMap()

    @Test func binanceLinearCloseGivesMarkAndIndex() {
        let updates = map.updates(for: PriceEvent(timestampMicros: 0, symbol: "BTCUSDT", last: 20_445.4))
        #expect(updates == [.mark(symbol: "BTCUSDT", usd: 20_445.4), .index(coin: "BTC", usd: 20_445.4)])
        var noIndex = map
        noIndex.linearPriceAsIndex = false
        #expect(noIndex.updates(for: PriceEvent(timestampMicros: 0, symbol: "ETHUSDC", last: 3000)) == [.mark(symbol: "ETHUSDC", usd: 3000)])
    }

    @Test func perpetualUsesIndexOrFallsBackToMark() {
        #expect(map.updates(for: PriceEvent(timestampMicros: 0, symbol: "BTC-PERPETUAL", mark: 101, index: 100))
            == [.mark(symbol: "BTC-PERPETUAL", usd: 101), .index(coin: "BTC", usd: 100)])
        #expect(map.updates(for: PriceEvent(timestampMicros: 0, symbol: "BTC_USDC-PERPETUAL", mark: 101))
            == [.mark(symbol: "BTC_USDC-PERPETUAL", usd: 101), .index(coin: "BTC", usd: 101)])
        #expect(map.updates(for: PriceEvent(timestampMicros: 0, symbol: "ETH-27MAR26", mark: 3300))
            == [.mark(symbol: "ETH-27MAR26", usd: 3300)])
    }

    @Test func indexSymbols() {
        for symbol in ["BTC-USD", "BTC_USDT", "BTC", ".BTC"] {
            #expect(map.updates(for: PriceEvent(timestampMicros: 0, symbol: symbol, index: 5)) == [.index(coin: "BTC", usd: 5)])
        }
        #expect(SymbolMap.indexSymbol(forUnderlying: "ETH") == "ETH-USD")
    }

    @Test func optionsGiveIVAndTheForwardOfTheirExpiry() {
        // The option's own mark is not used: the engine prices options from IV and forward.
        let event = PriceEvent(timestampMicros: 0, symbol: "BTC-27MAR26-90000-C", mark: 9000, index: 95_000, iv: 0.5,
                               underlyingPrice: 96_000)
        #expect(map.updates(for: event) == [
            .impliedVol(symbol: "BTC-27MAR26-90000-C", vol: 0.5), .forward(symbol: "BTC-27MAR26", usd: 96_000),
            .index(coin: "BTC", usd: 95_000),
        ])
        let linear = PriceEvent(timestampMicros: 0, symbol: "SOL_USDC-27MAR26-180-P", mark: 12, iv: 0.8, underlyingPrice: 181)
        #expect(map.updates(for: linear) == [
            .impliedVol(symbol: "SOL_USDC-27MAR26-180-P", vol: 0.8), .forward(symbol: "SOL-27MAR26", usd: 181),
        ])
        // A name the instrument parser rejects has no expiry to carry the forward.
        #expect(map.updates(for: PriceEvent(timestampMicros: 0, symbol: "BTC-NOTADATE-C", iv: 0.5, underlyingPrice: 1))
            == [.impliedVol(symbol: "BTC-NOTADATE-C", vol: 0.5)])
    }

    @Test func overrides() {
        var custom = SymbolMap(instrumentOverrides: ["XBTUSD": "BTC-PERPETUAL"], indexOverrides: [".BXBT": "BTC"])
        #expect(custom.updates(for: PriceEvent(timestampMicros: 0, symbol: "XBTUSD", mark: 50))
            == [.mark(symbol: "BTC-PERPETUAL", usd: 50), .index(coin: "BTC", usd: 50)])
        #expect(custom.updates(for: PriceEvent(timestampMicros: 0, symbol: ".BXBT", last: 49)) == [.index(coin: "BTC", usd: 49)])
        custom.perpetualMarkAsIndexFallback = false
        var resolver = SymbolResolver(map: custom)
        var updates: [PriceUpdate] = []
        resolver.appendUpdates(for: PriceEvent(timestampMicros: 0, symbol: "XBTUSD", mark: 50), to: &updates)
        #expect(updates == [.mark(symbol: "BTC-PERPETUAL", usd: 50)])
    }
}

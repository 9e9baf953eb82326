import MarginEngine
import Testing
@testable import MarketData

/// The feed's one entry point: tape rows in, the engine's updates for the given books out.
@Suite("Price update mapper")
struct PriceUpdateMapperTests {
    static let option = "BTC-27MAR26-90000-C"

    /// A BTC account short one call.
    static func account() throws -> Account {
        Account(name: "a", collateral: [CollateralBalance(coin: "BTC", amount: 1)],
                positions: [Position(instrument: try InstrumentParser.parse(option), size: -1, entryPrice: 0.05)])
    }

    @Test func optionRowGivesImpliedVolAndTheForwardOfItsExpiry() throws {
        var mapper = PriceUpdateMapper(relevantTo: [try Self.account()])
        let row = PriceEvent(timestampMicros: 0, symbol: Self.option, mark: 0.07, index: 95_000, iv: 0.55, underlyingPrice: 96_500)
        let expected: [PriceUpdate] = [.impliedVol(symbol: Self.option, vol: 0.55), .forward(symbol: "BTC-27MAR26", usd: 96_500),
                                       .index(coin: "BTC", usd: 95_000)]
        #expect(mapper.updates(for: row) == expected)
        // Second sight goes through the cached plan and must give the same, with the new values.
        var output: [PriceUpdate] = []
        mapper.append(PriceEvent(timestampMicros: 1, symbol: Self.option, mark: 0.08, index: 94_000, iv: 0.6, underlyingPrice: 95_400),
                      to: &output)
        #expect(output == [.impliedVol(symbol: Self.option, vol: 0.6), .forward(symbol: "BTC-27MAR26", usd: 95_400),
                           .index(coin: "BTC", usd: 94_000)])
    }

    @Test func symbolsNoAccountHoldsGiveNothing() throws {
        var mapper = PriceUpdateMapper(relevantTo: [try Self.account()])
        #expect(mapper.updates(for: PriceEvent(timestampMicros: 0, symbol: "ETH-27MAR26-3000-P", index: 3_300, iv: 0.7,
                                               underlyingPrice: 3_320)).isEmpty)
        #expect(mapper.updates(for: PriceEvent(timestampMicros: 0, symbol: "SOLUSDT", last: 180)).isEmpty)
        // The book's own expiry and coin still get through.
        #expect(mapper.updates(for: PriceEvent(timestampMicros: 0, symbol: "BTC-27MAR26", mark: 96_000))
            == [.mark(symbol: "BTC-27MAR26", usd: 96_000)])
    }

    @Test func withoutAccountsEverythingPasses() {
        var mapper = PriceUpdateMapper(relevantTo: nil)
        #expect(mapper.updates(for: PriceEvent(timestampMicros: 0, symbol: "SOLUSDT", last: 180))
            == [.mark(symbol: "SOLUSDT", usd: 180), .index(coin: "SOL", usd: 180)])
    }
}

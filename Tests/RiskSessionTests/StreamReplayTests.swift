import Benchmarks
import MarginEngine
import MarketData
import RiskSession
import Testing

/// A replay of a recorded exchange stream (`examples/streams/`, issue 11 part 2) through the same
/// session as every replay: the demo book's marks, forwards and vols move to the stream's last
/// values, and its figures with them.
@Suite struct StreamReplayTests {
    static func position(_ name: String, in snapshot: SessionSnapshot) throws -> PositionSnapshot {
        let cross = try require(snapshot.mode(.cross), "cross mode")
        return try require(cross.positions.first { $0.instrument.name == name }, name)
    }

    /// The Deribit ticker stream: 180 BTC-PERPETUAL tickers and 60 each of two options. The
    /// last perpetual ticker has `"mark_price":89583.64`; the last BTC-27MAR26-95000-C ticker
    /// `"underlying_price":90568.96` (the March forward) — both typed from the file.
    @Test func deribitTickerStreamMovesTheBook() throws {
        let (start, _) = try ExampleSession.start(tape: "streams/deribit-ticker.jsonl")
        let (session, _) = try ExampleSession.replayed(tape: "streams/deribit-ticker.jsonl")
        let before = start.snapshot(), after = session.snapshot()
        #expect(after.eventCount == 300)
        #expect(try Self.position("BTC-PERPETUAL", in: after).valuation?.mark == 89583.64)
        #expect(try Self.position("BTC-27MAR26-95000-C", in: after).valuation?.forwardUSD == 90568.96)
        let equityBefore = try require(before.mode(.cross)).figures.equityUSD
        let equityAfter = try require(after.mode(.cross)).figures.equityUSD
        #expect(equityAfter != equityBefore)
        #expect(try Self.position("BTC-PERPETUAL", in: after).valuation?.unrealizedPnlUSD
                != Self.position("BTC-PERPETUAL", in: before).valuation?.unrealizedPnlUSD)
    }

    /// The Binance stream: `"p":"89596.52357596"` on its last line is BTCUSDT's mark at the end.
    @Test func binanceMarkPriceStreamMovesTheBook() throws {
        let (session, _) = try ExampleSession.replayed(tape: "streams/binance-markprice.jsonl")
        let after = session.snapshot()
        #expect(after.eventCount == 180)
        #expect(try Self.position("BTCUSDT", in: after).valuation?.mark == 89596.52357596)
    }

    /// markprice.options: only vols (the coin marks have no underlying on that channel), yet the
    /// options' values move with them.
    @Test func deribitMarkPriceStreamMovesTheOptions() throws {
        let (start, _) = try ExampleSession.start(tape: "streams/deribit-markprice-options.jsonl")
        let (session, _) = try ExampleSession.replayed(tape: "streams/deribit-markprice-options.jsonl")
        #expect(session.snapshot().eventCount == 150)
        let before = try Self.position("BTC-27MAR26-70000-P", in: start.snapshot()).valuation?.mark
        let after = try Self.position("BTC-27MAR26-70000-P", in: session.snapshot()).valuation?.mark
        #expect(before != nil && after != nil && after != before)
    }
}

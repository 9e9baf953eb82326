import MarginEngine
import Testing
@testable import MarketData

@Suite("Deribit option snapshot on real data")
struct RealDeribitSnapshotTests {
    let path = TestPaths.real("deribit_options_snapshot_2026-01-05T153329Z.csv")

    @Test func readsEveryRowInStrictMode() throws {
        let reader = try TapeFileReader(path: path, options: TapeReaderOptions(mode: .strict))
        #expect(reader.format == .deribitOptionSnapshot)
        var events: [PriceEvent] = []
        while let event = try reader.nextTapeEvent() { events.append(event) }
        #expect(events.count == 1_288)
        // 2026-01-05T15:33:29.748387+00:00 (python: datetime(...).timestamp()).
        #expect(events.allSatisfy { $0.timestampMicros == 1_767_627_209_748_387 })

        let first = try #require(events.first)
        #expect(first.symbol == "BTC-16JAN26-82000-C")
        #expect(first.iv == 0.531)
        #expect(first.underlyingPrice == 93758.42)
        #expect(first.index == 93640.28)
        #expect(abs((first.mark ?? 0) / 93758.42 - 0.12807512) < 1e-15)

        let last = try #require(events.last)
        #expect(last.symbol == "ETH-26JUN26-4500-C")
        #expect(last.iv == 0.6406999999999999)
        #expect(last.underlyingPrice == 3236.92)
        #expect(last.index == 3179.18)
        #expect(abs((last.mark ?? 0) / 3236.92 - 0.067069) < 1e-15)
    }

    @Test func worthlessOptionMarkOfZeroIsAccepted() throws {
        // Line 1159: ETH-6JAN26-2700-P, mark_price 0.0 (expires the next morning, far out of the money).
        let events = try TapeFileReader.readAll(path: path, options: TapeReaderOptions(mode: .strict))
        #expect(events.first { $0.symbol == "ETH-6JAN26-2700-P" }?.mark == 0)
    }

    @Test func emptyBidsAreAbsent() throws {
        let events = try TapeFileReader.readAll(path: path)
        let row = try #require(events.first { $0.symbol == "BTC-27MAR26-340000-C" })
        #expect(row.bid == nil)
        #expect(row.ask != nil)
    }

    @Test func mapsToIVForwardAndIndex() throws {
        let events = try TapeFileReader.readAll(path: path)
        let first = try #require(events.first)
        let updates = SymbolMap().updates(for: first)
        #expect(updates.contains(.impliedVol(symbol: "BTC-16JAN26-82000-C", vol: 0.531)))
        #expect(updates.contains(.forward(symbol: "BTC-16JAN26", usd: 93758.42)))
        #expect(updates.contains(.index(coin: "BTC", usd: 93640.28)))
    }
}

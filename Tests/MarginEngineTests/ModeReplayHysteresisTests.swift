import Testing
@testable import MarginEngine

/// The replay consults the liquidation engine only when the alert level changes; hysteresis must
/// still see the dip that re-arms an alert. Book: LiquidationEngineTests' (BTCUSDT 10 long @ 50,000,
/// 30,000 USDT, MM 0.5%): u = 0.05P / (10P − 470,000), P = 470,000·u / (10u − 0.05). By hand:
/// u 0.72 → 47,328.67; 0.67 → 47,353.38; 0.60 → 47,394.96; 0.71 → 47,333.33; 0.66 → 47,358.78;
/// 0.68 → 47,348.15.
struct ModeReplayHysteresisTests {
    static func notices(_ prices: [Double]) throws -> [Int64] {
        let start = LiquidationEngineTests.market(50_000)
        var replay = try ModeReplay(account: try LiquidationEngineTests.account(), market: start,
                                    catalogue: LiquidationEngineTests.catalogue, mode: .cross)
        var fired: [Int64] = []
        for (step, price) in prices.enumerated() {
            let time = Int64(step + 1) * 1_000_000
            let events = try replay.process(timeMicros: time, updates: [.index(coin: "BTC", usd: price), .mark(symbol: "BTCUSDT", usd: price)])
            fired += events.filter { $0.kind == .alert && $0.level == .notice }.map(\.timeMicros)
        }
        return fired
    }

    /// 0.72 fires; 0.67 (normal, but in the band) then 0.60 (below 0.65: re-armed, level still
    /// normal) — the engine must see 0.60 — so 0.71 fires again.
    @Test func deepDipWithinOneLevelReArms() throws {
        #expect(try Self.notices([47_328.67, 47_353.38, 47_394.96, 47_333.33]) == [1_000_000, 4_000_000])
    }

    /// 0.72 fires; 0.66 and 0.68 stay in the band (≥ 0.65): 0.71 does not fire again.
    @Test func shallowDipDoesNotRepeat() throws {
        #expect(try Self.notices([47_328.67, 47_358.78, 47_348.15, 47_333.33]) == [1_000_000])
    }
}

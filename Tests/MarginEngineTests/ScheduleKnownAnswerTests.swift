import Testing
@testable import MarginEngine

struct ScheduleKnownAnswerTests {
    /// Deribit's published example (knowledge base, "Margin requirements", DESIGN §5.2):
    /// 25 BTC at 100,000 → IM 2% + 25 × 0.005% = 2.125% = 53,125 USD; MM 1.125% = 28,125 USD.
    @Test func deribitFutureScheduleExample() throws {
        let schedule = DeribitFutureSchedule(initialBaseRate: 0.02, initialRatePerCoin: 0.00005,
                                             maintenanceBaseRate: 0.01, maintenanceRatePerCoin: 0.00005)
        let catalogue = Catalogue(schedules: ["d": .deribitFuture(schedule)], assignments: ["inverse_perpetual": "d"])
        let position = Position(instrument: try InstrumentParser.parse("BTC-PERPETUAL"), size: 2_500_000, entryPrice: 100_000)
        let market = MarketState(timestampMicros: 0, indexUSD: ["BTC": 100_000], marksUSD: ["BTC-PERPETUAL": 100_000])
        let value = try PositionValuer(catalogue: catalogue).value(position, in: market)
        #expect(abs(value.initialMarginUSD - 53_125) < 1e-6)
        #expect(abs(value.maintenanceMarginUSD - 28_125) < 1e-6)
    }

    /// Binance BTCUSDT 2021 brackets (DESIGN §5.2): the cum column derived from the floors must
    /// equal Binance's published 0 / 50 / 1,300 / 16,300 / 141,300 / 1,141,300.
    @Test func binanceCumDerivation() {
        let tiers = BinanceTierSchedule(caps: [50_000, 250_000, 1_000_000, 5_000_000, 20_000_000, 50_000_000],
                                        rates: [0.004, 0.005, 0.01, 0.025, 0.05, 0.10],
                                        maxLeverages: [125, 100, 50, 20, 10, 5], amounts: Array(repeating: nil, count: 6))
        let cums = tiers.brackets.map(\.maintenanceAmountUSD)
        for (value, expected) in zip(cums, [0, 50, 1_300, 16_300, 141_300, 1_141_300] as [Double]) {
            #expect(abs(value - expected) < 1e-6)
        }
        // 3,500,000 notional: 2.5% bracket → 87,500 − 16,300 = 71,200 USD.
        #expect(abs(tiers.maintenanceMarginUSD(notionalUSD: 3_500_000) - 71_200) < 1e-6)
        // Continuity at a bracket edge: the same MM just below and just above 250k.
        #expect(abs(tiers.maintenanceMarginUSD(notionalUSD: 250_000) - tiers.maintenanceMarginUSD(notionalUSD: 250_000.01)) < 0.01)
        // IM = notional / leverage, leverage capped at the bracket's 20×.
        #expect(abs(tiers.initialMarginUSD(notionalUSD: 2_000_000, leverage: 50) - 100_000) < 1e-6)
    }

    /// Deribit short-option schedule, by hand: short call K = 110,000, index 100,000, mark 0.02 BTC:
    /// OTM = 10,000 → IM = max(0.15 − 0.1, 0.1) + 0.02 = 0.12; MM = 0.075 + 0.02 = 0.095 BTC.
    /// Short put K = 95,000, mark 0.03: OTM 5,000 → max(0.15 − 0.05, 0.1) + 0.03 = 0.13;
    /// MM = max(0.075, 0.075 × 0.03) + 0.03 = 0.105; IM = max(0.13, 0.105) = 0.13.
    @Test func deribitOptionScheduleByHand() {
        let rule = DeribitOptionSchedule(initialBaseRate: 0.15, initialFloorRate: 0.1, maintenanceRate: 0.075)
        let call = rule.marginPerContract(right: .call, strikeUSD: 110_000, indexUSD: 100_000, markCoin: 0.02)
        #expect(abs(call.initialCoin - 0.12) < 1e-12 && abs(call.maintenanceCoin - 0.095) < 1e-12)
        let put = rule.marginPerContract(right: .put, strikeUSD: 95_000, indexUSD: 100_000, markCoin: 0.03)
        #expect(abs(put.initialCoin - 0.13) < 1e-12 && abs(put.maintenanceCoin - 0.105) < 1e-12)
    }
}

import Testing
import MarginEngine

/// `ReplayAggregate`: counts and sums over hand-made account statistics.
struct AccountsAggregateTests {
    static func liquidation(account: String, notionalUSD: Double, time: Int64) -> LiquidationEvent {
        LiquidationEvent(kind: .liquidation, timeMicros: time, mode: .cross, account: account, level: .liquidation,
                         instrument: "BTCUSDT", quantity: 1, price: 14_000, penaltyUSD: 35, realizedPnlUSD: -6_450,
                         equityBeforeUSD: -100, equityAfterUSD: -135, utilizationBefore: .infinity, utilizationAfter: 0,
                         closedNotionalUSD: notionalUSD)
    }

    @Test func threeAccountsByHand() {
        // quiet: nothing fires. alerted: a notice, no liquidation. liquidated: two closes
        // (50,000 + 20,000 USD notional) and a 2,425 USD loss beyond its collateral.
        let quiet = ReplayStatistics(mode: .cross)
        var alerted = ReplayStatistics(mode: .cross)
        alerted.record([LiquidationEvent(kind: .alert, timeMicros: 60_000_000, mode: .cross, account: "alerted", level: .notice,
                                         equityBeforeUSD: 1_000, equityAfterUSD: 1_000, utilizationBefore: 0.75,
                                         utilizationAfter: 0.75)])
        var liquidated = ReplayStatistics(mode: .cross)
        liquidated.record([
            LiquidationEvent(kind: .alert, timeMicros: 60_000_000, mode: .cross, account: "liquidated", level: .liquidation,
                             equityBeforeUSD: -100, equityAfterUSD: -100, utilizationBefore: .infinity, utilizationAfter: .infinity),
            Self.liquidation(account: "liquidated", notionalUSD: 50_000, time: 60_000_000),
            Self.liquidation(account: "liquidated", notionalUSD: 20_000, time: 60_000_000),
            LiquidationEvent(kind: .shortfall, timeMicros: 60_000_000, mode: .cross, account: "liquidated", level: .liquidation,
                             equityBeforeUSD: -2_425, equityAfterUSD: 0, utilizationBefore: .infinity, utilizationAfter: 0,
                             shortfallUSD: 2_425),
        ])
        let aggregate = ReplayAggregate(statistics: [quiet, alerted, liquidated], tapeMinutes: 2)
        #expect(aggregate.accounts == 3)
        #expect(aggregate.accountsAlerted == 2)
        #expect(aggregate.accountsLiquidated == 1)
        #expect(aggregate.liquidatedNotionalUSD == 70_000)
        #expect(aggregate.liquidatedNotionalUSDPerMinute == 35_000)
        #expect(aggregate.shortfallUSD == 2_425)
        // Two closes, each a 35 USD penalty on a −6,450 USD realized PnL: 2 × 6,485.
        #expect(aggregate.realizedLossUSD == 12_970)
    }

    @Test func aTapeOfOneMomentHasNoRatePerMinute() {
        let aggregate = ReplayAggregate(statistics: [ReplayStatistics(mode: .isolated)], tapeMinutes: 0)
        #expect(aggregate.liquidatedNotionalUSDPerMinute == nil)
        #expect(ReplayAggregate.minutes(fromMicros: 0, toMicros: 90_000_000) == 1.5)
        #expect(ReplayAggregate.minutes(fromMicros: 5, toMicros: 5) == 0)
    }
}

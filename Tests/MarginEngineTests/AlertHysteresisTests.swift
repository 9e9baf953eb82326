import Testing
@testable import MarginEngine

/// Alert hysteresis (DESIGN §6) on hand-written utilization paths. Default thresholds: notice 0.70,
/// warning 0.85, liquidation 1.00, band 0.05 — so notice re-arms below 0.65, warning below 0.80,
/// liquidation below 0.95.
struct AlertHysteresisTests {
    /// Feeds `path` and returns, per step, the levels that fired.
    static func fired(_ path: [Double], thresholds: AlertThresholds = AlertThresholds()) -> [[AlertLevel]] {
        var hysteresis = AlertHysteresis()
        return path.map { hysteresis.observe($0, thresholds: thresholds) }
    }

    /// 0.69 below; 0.71 crosses 0.70 → notice; 0.68 is not below 0.65 → still latched; 0.72 nothing;
    /// 0.64 < 0.65 re-arms; 0.71 crosses again → notice.
    @Test func noticeFiresOnceUntilBelowTheBand() {
        #expect(Self.fired([0.69, 0.71, 0.68, 0.72, 0.64, 0.71]) == [[], [.notice], [], [], [], [.notice]])
    }

    /// Exactly at the re-arm point is not below it: 0.65 keeps the notice latched.
    @Test func reArmPointIsStrict() {
        #expect(Self.fired([0.71, 0.65, 0.71, 0.6499, 0.70]) == [[.notice], [], [], [], [.notice]])
    }

    /// A level fires at its threshold (≥), not only above it.
    @Test func firesAtTheThreshold() {
        #expect(Self.fired([0.5, 0.70, 0.85, 1.0]) == [[], [.notice], [.warning], [.liquidation]])
    }

    /// A gap from 0.50 to 1.20 crosses all three levels in one step: each fires once, in order.
    /// Staying up (1.30) fires nothing more.
    @Test func gapFiresEveryLevelCrossedInOrder() {
        #expect(Self.fired([0.50, 1.20, 1.30]) == [[], [.notice, .warning, .liquidation], []])
    }

    /// Warning oscillating around 0.85 (0.86, 0.84, 0.87, 0.81, 0.88): fires once — none of the dips is
    /// below 0.80. The notice (fired at 0.72) is not repeated either. 0.79 re-arms the warning; 0.86 fires it.
    @Test func warningOscillationFiresOnce() {
        #expect(Self.fired([0.72, 0.86, 0.84, 0.87, 0.81, 0.88, 0.79, 0.86])
                == [[.notice], [.warning], [], [], [], [], [], [.warning]])
    }

    /// A higher level firing re-arms the lower ones: notice at 0.71, warning at 0.86 re-arms the notice,
    /// so 0.69 → 0.71 (a dip of only 2 points) fires the notice again; after that it is latched as usual.
    @Test func higherLevelReArmsLowerOnes() {
        #expect(Self.fired([0.71, 0.86, 0.69, 0.71, 0.69, 0.71]) == [[.notice], [.warning], [], [.notice], [], []])
    }

    /// Unbounded utilization (equity ≤ 0: +∞) fires like any value above the thresholds; NaN is ignored.
    @Test func infiniteAndNaN() {
        #expect(Self.fired([0.5, .infinity, .nan, .infinity]) == [[], [.notice, .warning, .liquidation], [], []])
    }

    /// The band is configurable: with 0.10, 0.64 does not re-arm the notice (re-arm point 0.60); 0.59 does.
    @Test func configurableBand() {
        let wide = AlertThresholds(hysteresisBand: 0.10)
        #expect(Self.fired([0.71, 0.64, 0.71, 0.59, 0.71], thresholds: wide) == [[.notice], [], [], [], [.notice]])
        let none = AlertThresholds(hysteresisBand: 0)
        #expect(Self.fired([0.71, 0.69, 0.71], thresholds: none) == [[.notice], [], [.notice]])
    }

    /// Settling after a liquidation re-arms what utilization is now well below, without firing:
    /// liquidation at 1.02, the engine brings utilization to 0.90 (< 0.95) → 1.01 fires liquidation again.
    @Test func settleReArms() {
        var hysteresis = AlertHysteresis()
        let thresholds = AlertThresholds()
        #expect(hysteresis.observe(1.02, thresholds: thresholds) == [.notice, .warning, .liquidation])
        hysteresis.settle(at: 0.90, thresholds: thresholds)
        #expect(hysteresis.observe(1.01, thresholds: thresholds) == [.liquidation])
    }

    /// The gate level: the plain level, but a latched level while utilization sits in its band, so a
    /// caller that only consults the engine when the level changes still sees the re-arming dip.
    @Test func gateLevelCoversTheBand() {
        var hysteresis = AlertHysteresis()
        let thresholds = AlertThresholds()
        _ = hysteresis.observe(0.72, thresholds: thresholds)
        #expect(hysteresis.gateLevel(thresholds: thresholds) == .notice)
        _ = hysteresis.observe(0.67, thresholds: thresholds)   // plain: normal; in the notice band
        #expect(hysteresis.gateLevel(thresholds: thresholds) == .notice)
        _ = hysteresis.observe(0.64, thresholds: thresholds)   // re-armed
        #expect(hysteresis.gateLevel(thresholds: thresholds) == .normal)
    }
}

/// The liquidation engine applies the hysteresis to real accounts.
struct LiquidationEngineHysteresisTests {
    /// BTCUSDT 10 long @ 50,000 on 30,000 USDT, MM 0.5% of notional (LiquidationEngineTests' book):
    /// equity = 30,000 + 10·(P − 50,000) = 10P − 470,000, MM = 0.05·P, utilization u = 0.05P / (10P − 470,000),
    /// so P = 470,000·u / (10u − 0.05). By hand: u = 0.69 → 324,300 / 6.85 = 47,343.07;
    /// 0.71 → 333,700 / 7.05 = 47,333.33; 0.68 → 319,600 / 6.75 = 47,348.15; 0.72 → 338,400 / 7.15 = 47,328.67;
    /// 0.64 → 300,800 / 6.35 = 47,370.08. Falling prices raise utilization.
    @Test func crossNoticeOnTheHandPath() throws {
        var account = try LiquidationEngineTests.account()
        var engine = LiquidationEngine(mode: .cross, catalogue: LiquidationEngineTests.catalogue)
        let prices = [47_343.07, 47_333.33, 47_348.15, 47_328.67, 47_370.08, 47_333.33]
        var fired: [[AlertLevel]] = []
        for price in prices {
            fired.append(try engine.update(&account, market: LiquidationEngineTests.market(price)).map(\.level))
        }
        #expect(fired == [[], [.notice], [], [], [], [.notice]])
    }

    /// Isolated: the alert follows the worst position's own utilization. BTCUSDT 1 long @ 50,000 with
    /// 2,500 isolated margin: equity 2,500 + (P − 50,000), MM 0.005P → u = 0.005P / (P − 47,500);
    /// P = 47,500u / (u − 0.005): u = 0.71 → 33,725 / 0.705 = 47,836.88; 0.68 → 32,300 / 0.675 = 47,851.85;
    /// 0.64 → 30,400 / 0.635 = 47,874.02. Path 0.71, 0.68, 0.71, 0.64, 0.71.
    @Test func isolatedNoticeRepeatsOnlyAfterTheBand() throws {
        var account = Account(name: "iso", collateral: [CollateralBalance(coin: "USDT", amount: 100_000)], positions: [
            Position(instrument: try InstrumentParser.parse("BTCUSDT"), size: 1, entryPrice: 50_000, isolatedMargin: 2_500)])
        var engine = LiquidationEngine(mode: .isolated, catalogue: LiquidationEngineTests.catalogue)
        var fired: [[AlertLevel]] = []
        for price in [47_836.88, 47_851.85, 47_836.88, 47_874.02, 47_836.88] {
            let events = try engine.update(&account, market: LiquidationEngineTests.market(price))
            #expect(events.allSatisfy { $0.instrument == "BTCUSDT" })
            fired.append(events.map(\.level))
        }
        #expect(fired == [[.notice], [], [], [], [.notice]])
    }
}

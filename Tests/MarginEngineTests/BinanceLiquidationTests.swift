import Testing
@testable import MarginEngine

/// Binance's published liquidation-price example (Binance, "How to Calculate Liquidation Price of
/// USDⓈ-M Futures Contracts"; reproduced in freqtrade's tests/exchange/test_binance.py,
/// test_liquidation_price_binance): WB 1,535,443.01; long 3,683.979 ETHUSDT @ 1,456.84 (MMR 10%,
/// cum 135,365); long 109.488 BTCUSDT @ 32,481.98 (MMR 2.5%, cum 16,300); marks ETH 1,335.18,
/// BTC 31,967.27 → isolated ETH 1,114.78, BTC 18,778.73; cross ETH 1,153.26, BTC 26,316.89.
struct BinanceLiquidationTests {
    static let walletBalance = 1_535_443.01

    static func fixture() throws -> (StandardMargin, Account, MarketState) {
        let eth = BinanceTierSchedule(caps: [5_000_000], rates: [0.10], maxLeverages: [5], amounts: [135_365])
        let btc = BinanceTierSchedule(caps: [5_000_000], rates: [0.025], maxLeverages: [20], amounts: [16_300])
        let catalogue = Catalogue(schedules: ["eth": .binanceTiers(eth), "btc": .binanceTiers(btc)],
                                  assignments: ["ETHUSDT": "eth", "BTCUSDT": "btc"])
        let account = Account(name: "example", collateral: [CollateralBalance(coin: "USDT", amount: walletBalance)], positions: [
            Position(instrument: try InstrumentParser.parse("ETHUSDT"), size: 3683.979, entryPrice: 1456.84, isolatedMargin: walletBalance),
            Position(instrument: try InstrumentParser.parse("BTCUSDT"), size: 109.488, entryPrice: 32481.98, isolatedMargin: walletBalance),
        ])
        let market = MarketState(timestampMicros: 0, indexUSD: ["ETH": 1335.18, "BTC": 31967.27],
                                 marksUSD: ["ETHUSDT": 1335.18, "BTCUSDT": 31967.27])
        return (StandardMargin(catalogue: catalogue), account, market)
    }

    @Test func isolatedLiquidationPrices() throws {
        let (margin, account, market) = try Self.fixture()
        let report = try margin.report(account, market: market, mode: .isolated)
        let prices = report.positions.map { ($0.liquidationPrice ?? .nan) }
        #expect(abs(prices[0] - 1114.78) < 0.005, "ETH \(prices[0])")
        #expect(abs(prices[1] - 18778.73) < 0.005, "BTC \(prices[1])")
    }

    @Test func crossLiquidationPrices() throws {
        let (margin, account, market) = try Self.fixture()
        let report = try margin.report(account, market: market, mode: .cross)
        let prices = report.positions.map { ($0.liquidationPrice ?? .nan) }
        #expect(abs(prices[0] - 1153.26) < 0.005, "ETH \(prices[0])")
        #expect(abs(prices[1] - 26316.89) < 0.005, "BTC \(prices[1])")
    }

    /// Equity and MM by hand: uPnL ETH 3,683.979 × (1,335.18 − 1,456.84) = −448,192.885…;
    /// BTC 109.488 × (31,967.27 − 32,481.98) = −56,354.5685; MM ETH 10% × 4,918,735.08… − 135,365;
    /// MM BTC 2.5% × 3,500,034.51… − 16,300.
    @Test func crossEquityAndMaintenanceByHand() throws {
        let (margin, account, market) = try Self.fixture()
        let report = try margin.report(account, market: market, mode: .cross)
        let upnl = 3683.979 * (1335.18 - 1456.84) + 109.488 * (31967.27 - 32481.98)
        let mm = (0.10 * 3683.979 * 1335.18 - 135_365) + (0.025 * 109.488 * 31967.27 - 16_300)
        #expect(abs(report.equityUSD - (Self.walletBalance + upnl)) < 1e-6)
        #expect(abs(report.maintenanceMarginUSD - mm) < 1e-6)
        #expect(abs(report.utilization - mm / (Self.walletBalance + upnl)) < 1e-12)
    }
}

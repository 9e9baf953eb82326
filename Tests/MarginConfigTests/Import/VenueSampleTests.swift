import Testing
@testable import MarginConfig
import MarginEngine

/// Each venue's published sample, imported: instruments, sizes, entries, marks and balances as
/// the sample states them (expected values typed from the sample text).
struct VenueSampleTests {
    @Test func deribitPositions() throws {
        // docs.deribit.com private/get_positions: BTC-PERPETUAL, direction buy, size 50 (USD),
        // average_price 7440.18, mark_price 7476.65, index_price 7466.79.
        let document = try ImportSamples.load("deribit/get_positions.json")
        let account = try #require(document.portfolio.accounts.first)
        #expect(account.name == "deribit")
        #expect(account.positions.map(\.instrument.name) == ["BTC-PERPETUAL"])
        #expect(account.positions[0].size == 50)
        #expect(account.positions[0].entryPrice == 7440.18)
        #expect(account.positions[0].leverage == nil)
        #expect(document.market.marks["BTC-PERPETUAL"] == 7476.65)
        #expect(document.market.indexUSD["BTC"] == 7466.79)
    }

    @Test func deribitAccountSummaries() throws {
        // get_account_summaries: BTC balance 302.60065765 (equity 302.61869214 is not used), ETH balance 100.
        let account = try #require(try ImportSamples.load("deribit/get_account_summaries.json").portfolio.accounts.first)
        #expect(account.collateral == [CollateralBalance(coin: "BTC", amount: 302.60065765),
                                       CollateralBalance(coin: "ETH", amount: 100)])
        #expect(account.positions.isEmpty)
    }

    @Test func deribitSingleSummaryWithAndWithoutEnvelope() throws {
        // get_account_summary's result is one currency's summary (the docs' BTC one, trimmed).
        let summary = #"{"currency": "BTC", "balance": 302.60065765, "equity": 302.61869214, "margin_balance": 302.62729214}"#
        for text in [summary, #"{"jsonrpc": "2.0", "id": 2515, "result": \#(summary)}"#] {
            let account = try #require(try ExchangeImport.parse(text: text, file: "s.json").portfolio.accounts.first)
            #expect(account.collateral == [CollateralBalance(coin: "BTC", amount: 302.60065765)])
        }
    }

    @Test func binancePositionRiskV2HedgeMode() throws {
        // Position Information V2, hedge mode: LONG 0.001 BTCUSDT @ 22185.2, mark 21123.05052574,
        // leverage 4, cross; the SHORT side's positionAmt 0.000 is no position.
        let document = try ImportSamples.load("binance/positionRisk_v2_hedge.json")
        let account = try #require(document.portfolio.accounts.first)
        #expect(account.name == "binance")
        #expect(account.positions.count == 1)
        let position = account.positions[0]
        #expect(position.instrument.name == "BTCUSDT")
        #expect(position.size == 0.001)
        #expect(position.entryPrice == 22185.2)
        #expect(position.leverage == 4)
        #expect(position.isolatedMargin == nil)
        #expect(document.market.marks["BTCUSDT"] == 21123.05052574)
        #expect(document.market.indexUSD["BTC"] == 21123.05052574, "the mark stands in for the index")
        #expect(document.notes.contains { $0.contains("BTCUSDT's mark") })
        // Positions without the account export: no balances, said plainly.
        #expect(document.notes.contains { $0.contains("account 'binance' has positions but no balances") })
    }

    @Test func binancePositionRiskV3() throws {
        // Position Information V3, one-way: ADAUSDT 30 @ 0.385, mark 0.41047590, isolatedWallet 0.
        let position = try #require(try ImportSamples.load("binance/positionRisk_v3.json").portfolio.accounts.first?.positions.first)
        #expect(position.instrument.name == "ADAUSDT")
        #expect(position.size == 30)
        #expect(position.entryPrice == 0.385)
        #expect(position.isolatedMargin == nil)
    }

    @Test func binanceIsolatedPositionTakesItsWallet() throws {
        // The v2 docs' one-way row with marginType isolated (amount and wallet given for the test).
        let text = #"[{"symbol": "BTCUSDT", "positionAmt": "-20.000", "entryPrice": "6563.66500", "markPrice": "6679.50671178", "#
            + #""marginType": "isolated", "isolatedMargin": "15517.54150468", "isolatedWallet": "16000", "leverage": "10"}]"#
        let position = try #require(try ExchangeImport.parse(text: text, file: "r.json").portfolio.accounts.first?.positions.first)
        #expect(position.size == -20)
        #expect(position.isolatedMargin == 16000)
        #expect(position.leverage == 10)
    }

    @Test func binanceAccountV3() throws {
        // Account Information V3: assets USDT walletBalance 23.72469206, USDC 103.12345678.
        let document = try ImportSamples.load("binance/account_v3.json")
        let account = try #require(document.portfolio.accounts.first)
        #expect(account.collateral == [CollateralBalance(coin: "USDC", amount: 103.12345678),
                                       CollateralBalance(coin: "USDT", amount: 23.72469206)])
        #expect(account.positions.isEmpty)
        #expect(document.notes.contains { $0.contains("not imported") })
    }

    @Test func okxPositionsMarginLong() throws {
        // OKX account/positions: MARGIN BTC-USDT, posCcy BTC, pos 0.00190433573, avgPx 62961.4,
        // markPx 62891.9, idxPx 62890.5, lever 5, isolated margin 0.000317654 BTC.
        let document = try ImportSamples.load("okx/account_positions.json")
        let account = try #require(document.portfolio.accounts.first)
        #expect(account.name == "okx")
        let position = try #require(account.positions.first)
        #expect(position.instrument.name == "BTCUSDT")
        #expect(position.size == 0.00190433573)
        #expect(position.entryPrice == 62961.4)
        #expect(position.leverage == 5)
        #expect(position.isolatedMargin == 0.000317654 * 62891.9)
        #expect(document.market.indexUSD["BTC"] == 62890.5)
        #expect(document.market.marks["BTCUSDT"] == 62891.9)
    }

    @Test func okxSwapsUseContractValues() throws {
        let text = #"{"code": "0", "msg": "", "data": [{"instType": "SWAP", "instId": "BTC-USDT-SWAP", "posSide": "net", "pos": "-3", "avgPx": "60000", "markPx": "61000"}, "#
            + #"{"instType": "SWAP", "instId": "ETH-USD-SWAP", "posSide": "long", "pos": "5", "avgPx": "3000", "markPx": "3100"}, "#
            + #"{"instType": "FUTURES", "instId": "BTC-USD-240329", "posSide": "short", "pos": "2", "avgPx": "65000"}]}"#
        let positions = try #require(try ExchangeImport.parse(text: text, file: "o.json").portfolio.accounts.first?.positions)
        #expect(positions.map(\.instrument.name) == ["BTCUSDT", "ETH-PERPETUAL", "BTC-29MAR24"])
        #expect(positions.map(\.size) == [-0.03, 50, -200])  // 3 × 0.01 BTC; 5 × 10 USD; 2 × 100 USD
    }

    @Test func okxBalance() throws {
        // account/balance: details[0] USDT cashBal 4850.435693622894 (eq 4992.890093622894 adds upl).
        let account = try #require(try ImportSamples.load("okx/account_balance.json").portfolio.accounts.first)
        #expect(account.collateral == [CollateralBalance(coin: "USDT", amount: 4850.435693622894)])
    }

    @Test func bybitInversePosition() throws {
        // position/list, category inverse: BTCUSD Sell size 300 (USD), avgPrice 27464.50441675,
        // markPrice 28224.50, time 1697684980172.
        let document = try ImportSamples.load("bybit/position_list_inverse.json")
        let position = try #require(document.portfolio.accounts.first?.positions.first)
        #expect(position.instrument.name == "BTC-PERPETUAL")
        #expect(position.size == -300)
        #expect(position.entryPrice == 27464.50441675)
        #expect(document.market.marks["BTC-PERPETUAL"] == 28224.5)
        #expect(document.market.asOfMicros == 1_697_684_980_000_000)
    }

    @Test func bybitWalletBalance() throws {
        // wallet-balance: UNIFIED, coin BTC walletBalance "0".
        let account = try #require(try ImportSamples.load("bybit/wallet_balance.json").portfolio.accounts.first)
        #expect(account.name == "bybit")
        #expect(account.collateral == [CollateralBalance(coin: "BTC", amount: 0)])
    }

    @Test func bybitLinearSymbols() throws {
        let text = #"{"retCode": 0, "retMsg": "OK", "result": {"category": "linear", "list": [{"symbol": "ETHUSDT", "side": "Buy", "size": "1.5", "avgPrice": "3000", "markPrice": "3010", "leverage": "10", "tradeMode": 1, "positionBalance": "450"}, "#
            + #"{"symbol": "BTCPERP", "side": "Sell", "size": "0.2", "avgPrice": "60000"}, {"symbol": "SOLUSDT", "side": "", "size": "0", "avgPrice": "0"}]}, "time": 1697684980172}"#
        let positions = try #require(try ExchangeImport.parse(text: text, file: "b.json").portfolio.accounts.first?.positions)
        #expect(positions.map(\.instrument.name) == ["ETHUSDT", "BTC_USDC-PERPETUAL"])
        #expect(positions.map(\.size) == [1.5, -0.2])
        #expect(positions[0].isolatedMargin == 450)
        #expect(positions[0].leverage == 10)
    }
}

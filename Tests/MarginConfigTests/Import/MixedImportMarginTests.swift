import Testing
@testable import MarginConfig
import MarginEngine

/// A Deribit account (positions + BTC/ETH summaries) and a Binance account (positionRisk +
/// account), imported together and margined in every mode; and the import's TOML round trip.
struct MixedImportMarginTests {
    static func mixed() throws -> (PortfolioDocument, MarketState) {
        let document = try ImportSamples.load("deribit/get_positions.json", "deribit/get_account_summaries.json",
                                               "binance/positionRisk_v2_hedge.json", "binance/account_v3.json")
        // The summaries hold ETH but no export states an ETH index: give one, as --marks would.
        var marks = MarketInputs()
        marks.indexUSD["ETH"] = 200
        let inputs = document.market.overlaid(with: marks)
        let market = try MarketBuilder.build(inputs, for: document.portfolio, at: 1_600_000_000_000_000, file: "mixed")
        return (document, market)
    }

    @Test func twoAccountsEachWithItsOwnCollateral() throws {
        let (document, _) = try Self.mixed()
        let accounts = document.portfolio.accounts
        #expect(accounts.map(\.name) == ["deribit", "binance"])
        #expect(accounts[0].collateral.map(\.coin) == ["BTC", "ETH"])
        #expect(accounts[0].positions.map(\.instrument.name) == ["BTC-PERPETUAL"])
        #expect(accounts[1].collateral.map(\.coin) == ["USDC", "USDT"])
        #expect(accounts[1].positions.map(\.instrument.name) == ["BTCUSDT"])
        // Deribit's index_price is stated, so it wins over BTCUSDT's mark as BTC's index.
        #expect(document.market.indexUSD["BTC"] == 7466.79)
    }

    @Test func marginedInEveryMode() throws {
        let (document, market) = try Self.mixed()
        let engine = StandardMargin(catalogue: document.catalogue)
        for account in document.portfolio.accounts {
            let isolated = try engine.report(account, market: market, mode: .isolated)
            let cross = try engine.report(account, market: market, mode: .cross)
            let portfolio = try PortfolioMargin.report(account, market: market, catalogue: document.catalogue).account
            for report in [isolated, cross, portfolio] {
                #expect(report.equityUSD.isFinite && report.equityUSD > 0, "\(account.name) \(report.mode)")
                #expect(report.maintenanceMarginUSD.isFinite && report.maintenanceMarginUSD > 0, "\(account.name) \(report.mode)")
                #expect(report.initialMarginUSD >= report.maintenanceMarginUSD)
            }
            let isolatedSum = isolated.positions.reduce(0) { $0 + $1.maintenanceMarginUSD }
            #expect(abs(cross.maintenanceMarginUSD - isolatedSum) <= 1e-9 * max(1, isolatedSum))
        }
    }

    @Test func binanceLegUsesBinanceTiers() throws {
        let (document, market) = try Self.mixed()
        let binance = document.portfolio.accounts[1]
        let report = try StandardMargin(catalogue: document.catalogue).report(binance, market: market, mode: .cross)
        // BTCUSDT 0.001 at mark 21123.05052574: notional 21.12305052574 USD, in the first
        // bracket of Binance's 2021 BTCUSDT tiers (≤ 50,000: MMR 0.4%, cum 0):
        // MM = 21.12305052574 × 0.004 − 0 = 0.08449220210296 USD.
        let position = try #require(report.positions.first)
        #expect(abs(position.notionalUSD - 21.12305052574) < 1e-9)
        #expect(abs(position.maintenanceMarginUSD - 0.08449220210296) < 1e-9)
        // Equity: wallet 23.72469206 USDT + 103.12345678 USDC + uPnL 0.001 × (21123.05052574 − 22185.2).
        #expect(abs(report.equityUSD - (23.72469206 + 103.12345678 + 0.001 * (21123.05052574 - 22185.2))) < 1e-6)
    }

    @Test func importedTOMLReadsBackToTheSameBook() throws {
        for names in [["deribit/get_positions.json", "deribit/get_account_summaries.json", "binance/positionRisk_v2_hedge.json",
                       "binance/account_v3.json"], ["okx/account_positions.json", "okx/account_balance.json"],
                      ["bybit/position_list_inverse.json", "bybit/wallet_balance.json"], ["binance/positionRisk_v3.json"]] {
            let imported = try ExchangeImport.load(names.map(ImportSamples.path))
            let text = BookWriter.toml(accounts: imported.portfolio.accounts, market: imported.market, header: "# test")
            let reread = try PortfolioFile.parse(text: text, file: "book.toml")
            #expect(reread.portfolio == imported.portfolio, "\(names)")
            #expect(reread.market == imported.market, "\(names)")
        }
    }

    @Test func portfolioFileLoadDetectsJSON() throws {
        let document = try PortfolioFile.load(path: ImportSamples.path("deribit/get_positions.json"))
        #expect(document.portfolio.accounts.first?.positions.first?.size == 50)
        let several = try PortfolioFile.load(paths: [ImportSamples.path("okx/account_positions.json"),
                                                     ImportSamples.path("okx/account_balance.json")])
        #expect(several.portfolio.accounts.count == 1)
    }
}

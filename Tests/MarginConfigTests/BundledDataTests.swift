import Foundation
import Testing
@testable import MarginConfig
@testable import MarginEngine

struct BundledDataTests {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test func bundledCatalogueParsesAndCoversEveryFamily() throws {
        let catalogue = try CatalogueFile.bundled()
        try CatalogueFile.validateAssignments(catalogue, file: "bundled")
        for name in ["BTC-PERPETUAL", "BTC-27MAR26", "BTC_USDC-PERPETUAL", "BTCUSDT", "SOLUSDT", "ETH-27MAR26-3000-P",
                     "BTC_USDC-27MAR26-90000-C", "ETH_USDC-PERPETUAL"] {
            #expect(catalogue.scheduleName(for: try InstrumentParser.parse(name)) != nil, "\(name)")
        }
        // The ETHUSDT 2021 table derives Binance's example bracket: ≤5M at 10%, cum 135,365.
        guard case .binanceTiers(let eth)? = catalogue.schedules["binance_ethusdt_2021"] else {
            Issue.record("missing ETHUSDT tiers")
            return
        }
        let bracket = eth.bracket(forNotionalUSD: 4_918_735)
        #expect(bracket.maintenanceMarginRate == 0.10 && abs(bracket.maintenanceAmountUSD - 135_365) < 1e-6)
    }

    @Test func embeddedDemoEqualsExampleFile() throws {
        let file = try String(contentsOf: Self.packageRoot.appendingPathComponent("examples/demo.toml"), encoding: .utf8)
        #expect(file == DemoPortfolio.toml + "\n" || file == DemoPortfolio.toml)
    }

    @Test func everyExampleParsesAndMargins() throws {
        let directory = Self.packageRoot.appendingPathComponent("examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".toml") }.sorted()
        #expect(files.contains("demo.toml") && files.contains("binance-liquidation.toml"))
        for file in files {
            let path = directory.appendingPathComponent(file).path
            if file.hasSuffix("-marks.toml") {
                #expect(!(try MarksFile.load(path: path)).marks.isEmpty, "\(file)")
                continue
            }
            let document = try PortfolioFile.load(path: path)
            let market = try MarketBuilder.build(document.market, for: document.portfolio,
                                                 at: document.market.asOfMicros ?? 0, file: path)
            for account in document.portfolio.accounts {
                for mode in [MarginMode.isolated, .cross] {
                    let report = try StandardMargin(catalogue: document.catalogue).report(account, market: market, mode: mode)
                    #expect(report.equityUSD.isFinite && report.maintenanceMarginUSD >= 0, "\(file) \(mode)")
                }
            }
        }
    }

    /// Options given by mark get their vol solved: the demo's BTC-27MAR26-95000-C at IV 43.45% on
    /// forward 94,702.02 has a Deribit mark of 0.07994117 BTC (snapshot row); feeding that mark back
    /// must recover about the same vol.
    @Test func optionMarkSolvesImpliedVol() throws {
        var document = try PortfolioFile.parse(text: DemoPortfolio.toml, file: "demo")
        document.market.impliedVols["BTC-27MAR26-95000-C"] = nil
        document.market.marks["BTC-27MAR26-95000-C"] = 0.07994117
        let market = try MarketBuilder.build(document.market, for: document.portfolio,
                                             at: try #require(document.market.asOfMicros), file: "demo")
        let vol = try #require(market.impliedVols["BTC-27MAR26-95000-C"])
        #expect(abs(vol - 0.4345) < 0.002)
    }
}

import Testing
@testable import MarginConfig
@testable import MarginEngine

/// Issue 14: the bundled demo book is a hedged portfolio-margin user's account, so the first screen
/// shows what netting saves — portfolio MM well below cross MM.
struct DemoBookNettingTests {
    struct Demo {
        var account: Account
        var market: MarketState
        var catalogue: Catalogue
    }

    static func demo() throws -> Demo {
        let document = try PortfolioFile.parse(text: DemoPortfolio.toml, file: "demo")
        let market = try MarketBuilder.build(document.market, for: document.portfolio,
                                             at: try #require(document.market.asOfMicros), file: "demo")
        return Demo(account: try #require(document.portfolio.accounts.first), market: market, catalogue: document.catalogue)
    }

    /// Portfolio MM ≤ 0.6 × cross MM, and cross MM is the sum of the isolated per-position MMs
    /// (Deribit standard margin and Binance's cross margin add the positions' requirements).
    @Test func portfolioMaintenanceIsAtMostSixTenthsOfCross() throws {
        let demo = try Self.demo()
        let standard = StandardMargin(catalogue: demo.catalogue)
        let isolated = try standard.report(demo.account, market: demo.market, mode: .isolated)
        let cross = try standard.report(demo.account, market: demo.market, mode: .cross)
        let portfolio = try PortfolioMargin.report(demo.account, market: demo.market, catalogue: demo.catalogue, history: nil)

        let isolatedSum = isolated.positions.reduce(0) { $0 + $1.maintenanceMarginUSD }
        #expect(abs(cross.maintenanceMarginUSD - isolatedSum) <= 1e-6 * isolatedSum)
        #expect(portfolio.account.maintenanceMarginUSD <= 0.6 * cross.maintenanceMarginUSD,
                "PM MM \(portfolio.account.maintenanceMarginUSD) vs cross MM \(cross.maintenanceMarginUSD)")
        #expect(portfolio.account.initialMarginUSD <= 0.6 * cross.initialMarginUSD)
        // The saving shown beside each requirement is measured on that requirement.
        let saved = CapitalSaved(isolated: isolated, report: portfolio.account)
        #expect(saved.maintenanceMarginUSD > 0.4 * isolated.maintenanceMarginUSD)
        #expect(saved.initialMarginUSD > 0 && saved.maintenanceMarginUSD > 0)
        #expect(CapitalSaved(isolated: isolated, report: cross).maintenanceMarginUSD == 0)
    }

    /// Hand check of the biggest hedge, the calendar: short 10 × BTC-30JAN26-95000-C, long
    /// 10 × BTC-27MAR26-95000-C (Deribit snapshot 2026-01-05 15:33:29: marks 0.04047984 and
    /// 0.07994117 BTC, index 93,640.28, January forward 94,003.15).
    ///
    /// Standard margin (Deribit "Inverse options margin"): a short call needs MM = 0.075 + mark per
    /// contract, in coin: 10 × (0.075 + 0.04047984) = 1.1547984 BTC × 93,640.28 = 108,135.7 USD;
    /// the long leg needs nothing. So cross margin charges the calendar ≈ 108.1k.
    ///
    /// Portfolio margin: the same-strike call with the later expiry and the higher forward is worth at
    /// least the earlier one in every scenario (both legs get the same price move and vol shock), so
    /// the calendar's value never goes below zero: its worst loss is at most what it is worth now,
    /// 10 × (0.07994117 − 0.04047984) = 0.3946133 BTC (≈ 36.95k USD).
    /// The short leg alone loses at least its intrinsic gain at +16%: forward 94,003.15 × 1.16 =
    /// 109,043.65, intrinsic 14,043.65 USD per contract = 14,043.65 / (93,640.28 × 1.16) = 0.129289
    /// BTC, less the 0.04047984 premium = 0.088809 BTC; × 10 = 0.88809 BTC. So the long leg offsets
    /// at least 0.88809 − 0.39461 = 0.49348 BTC of the short leg's worst loss.
    @Test func calendarOffsetHandCheck() throws {
        let demo = try Self.demo()
        let front = "BTC-30JAN26-95000-C", back = "BTC-27MAR26-95000-C"
        let cross = try StandardMargin(catalogue: demo.catalogue).report(demo.account, market: demo.market, mode: .cross)
        let shortLeg = try #require(cross.positions.first { $0.instrument == front })
        let longLeg = try #require(cross.positions.first { $0.instrument == back })
        let handShortMM = 10 * (0.075 + 0.04047984) * 93_640.28
        #expect(abs(handShortMM - 108_135.7) < 0.1)
        // The engine values the leg at its Black-76 mark (IV 43.72%), within 0.0001 BTC of Deribit's.
        #expect(abs(shortLeg.maintenanceMarginUSD - handShortMM) < 10 * 0.0001 * 93_640.28)
        #expect(longLeg.maintenanceMarginUSD == 0)
        // The calendar is the book's biggest standard-margin charge.
        #expect(cross.positions.allSatisfy { $0.maintenanceMarginUSD <= shortLeg.maintenanceMarginUSD })

        func worstLossBTC(_ instruments: Set<String>) throws -> Double {
            var account = demo.account
            account.positions = account.positions.filter { instruments.contains($0.instrument.name) }
            let report = try PortfolioMargin.report(account, market: demo.market, catalogue: demo.catalogue, history: nil)
            let btc = try #require(report.detail.riskMatrix.first { $0.currency == "BTC" })
            return btc.worstCaseCoin
        }
        let calendarWorst = try worstLossBTC([front, back])
        let shortWorst = try worstLossBTC([front])
        #expect(calendarWorst <= 0.3946133 * 1.001, "calendar worst loss \(calendarWorst) BTC")
        #expect(shortWorst >= 0.88809 * 0.999, "short leg worst loss \(shortWorst) BTC")
        #expect(shortWorst - calendarWorst >= 0.49348 * 0.99)
        // In USD the calendar's portfolio charge is a fraction of its standard charge.
        #expect(calendarWorst * 93_640.28 < 0.4 * shortLeg.maintenanceMarginUSD)
    }
}

import Testing
import RealModule
@testable import MarginEngine

/// Black-76 against independent published values.
struct Black76KnownAnswerTests {
    /// Haug, "The Complete Guide to Option Pricing Formulas", Black-76 example as used in
    /// QuantLib's test suite (test-suite/europeanoption.cpp): F = K = 19, T = 0.75, σ = 0.28,
    /// r = 0.10 → call = put = 1.7011.
    @Test func haugBlack76Example() {
        let call = Black76.price(forward: 19, strike: 19, years: 0.75, vol: 0.28, rate: 0.10, right: .call)
        let put = Black76.price(forward: 19, strike: 19, years: 0.75, vol: 0.28, rate: 0.10, right: .put)
        #expect(abs(call - 1.7011) < 5e-5)
        #expect(abs(put - 1.7011) < 5e-5)
    }

    /// A real Deribit ticker (DESIGN §4): BTC-15JAN21-28000-C at 2020-12-31T03:18:50.848Z,
    /// forward 29,153.69, IV 87.2% → Deribit showed delta 0.62396, vega 22.57564, theta −64.77785.
    @Test func deribitTickerGreeks() throws {
        let now = try #require(UTCTime.parseISO8601("2020-12-31T03:18:50.848Z"))
        let instrument = try InstrumentParser.parse("BTC-15JAN21-28000-C")
        let expiry = try #require(instrument.expiryMicros)
        let years = UTCTime.yearsBetween(now, expiry)
        let result = Black76.evaluate(forward: 29153.69, strike: 28000, years: years, vol: 0.872, right: .call)
        #expect(abs(result.delta - 0.62396) < 5e-5)
        #expect(abs(result.vega - 22.57564) / 22.57564 < 1e-4)
        #expect(abs(result.theta - -64.77785) / 64.77785 < 1e-3)
    }

    /// Hart's CDF against the erfc definition N(x) = erfc(−x/√2)/2 (swift-numerics).
    @Test func hartNormalCDFMatchesErfc() {
        var x = -12.0
        while x <= 12 {
            let reference = 0.5 * Double.erfc(-x / 2.0.squareRoot())
            let value = NormalDistribution.cdf(x)
            #expect(abs(value - reference) <= 1e-15 + 1e-13 * reference, "x = \(x)")
            x += 0.0625
        }
    }

    /// Put–call parity with r = 0: C − P = F − K, over a grid of moneyness, vol and time.
    @Test func putCallParity() {
        for strike in [50.0, 90, 100, 110, 200] {
            for vol in [0.05, 0.5, 1.5] {
                for years in [0.001, 0.25, 2] {
                    let call = Black76.evaluate(forward: 100, strike: strike, years: years, vol: vol, right: .call)
                    let put = Black76.evaluate(forward: 100, strike: strike, years: years, vol: vol, right: .put)
                    #expect(abs(call.priceUSD - put.priceUSD - (100 - strike)) < 1e-9)
                    #expect(abs(call.delta - put.delta - 1) < 1e-12)
                }
            }
        }
    }

    /// Greeks against central finite differences of the price.
    @Test func greeksMatchFiniteDifferences() {
        let f = 95_000.0, k = 100_000.0, t = 0.2, v = 0.6
        let base = Black76.evaluate(forward: f, strike: k, years: t, vol: v, right: .call)
        let h = 1.0
        let up = Black76.price(forward: f + h, strike: k, years: t, vol: v, right: .call)
        let down = Black76.price(forward: f - h, strike: k, years: t, vol: v, right: .call)
        #expect(abs((up - down) / (2 * h) - base.delta) < 1e-6)
        #expect(abs((up - 2 * base.priceUSD + down) / (h * h) - base.gamma) / base.gamma < 1e-3)
        let volUp = Black76.price(forward: f, strike: k, years: t, vol: v + 0.0001, right: .call)
        let volDown = Black76.price(forward: f, strike: k, years: t, vol: v - 0.0001, right: .call)
        #expect(abs((volUp - volDown) / 0.0002 / 100 - base.vega) / base.vega < 1e-6)
    }

    @Test func impliedVolRoundTrip() throws {
        for vol in [0.1, 0.45, 1.2] {
            let price = Black76.price(forward: 3200, strike: 3500, years: 0.3, vol: vol, right: .put)
            let solved = try #require(Black76.impliedVol(priceUSD: price, forward: 3200, strike: 3500, years: 0.3, right: .put))
            #expect(abs(solved - vol) < 1e-8)
        }
        #expect(Black76.impliedVol(priceUSD: 10, forward: 3200, strike: 3000, years: 0.3, right: .call) == nil)
    }
}

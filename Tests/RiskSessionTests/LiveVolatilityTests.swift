import Foundation
import MarginConfig
import MarginEngine
import MarketData
import Testing
@testable import RiskSession

/// Issue 10: the session keeps its own return history from the feed, so portfolio margin follows
/// realised vol. A synthetic tape moves BTC's index by a constant ±0.2% per minute (alternating,
/// so the level stays put) for four hours, then by ±0.6% — the vol triples halfway.
@Suite struct LiveVolatilityTests {
    static let start: Int64 = 1_767_627_209_000_000          // the demo book's as_of, µs
    static let minute: Int64 = 60_000_000
    static let samples = 240                                 // per half: four hours of minutes
    static let calm = 0.002, storm = 0.006                   // |log return| per minute

    /// BTC-USD index rows, one a minute: exp(±a) around the book's index.
    static func tape(index: Double) -> [PriceEvent] {
        var events: [PriceEvent] = []
        for step in 1...(2 * samples) {
            let a = step <= samples ? calm : storm
            let price = step % 2 == 1 ? index * Foundation.exp(a) : index
            events.append(PriceEvent(timestampMicros: start + Int64(step) * minute, symbol: "BTC-USD", index: price))
        }
        return events
    }

    /// The hand computation, written out. Settings: one-minute samples, one-day half-life, so
    /// λ = 2^(−60/86,400) per sample. The seed is the catalogue's BTC default, 60%/yr:
    /// v₀ = (0.60/√365)² per day. A sample's return r scales to a day as r²·1,440. With a constant
    /// |r| = a the recursion v ← λ·v + (1 − λ)·a²·1,440 has the closed form
    /// vₙ = λⁿ·v₀ + (1 − λⁿ)·a²·1,440. So after 240 calm minutes
    /// v₁ = λ²⁴⁰·v₀ + (1 − λ²⁴⁰)·0.002²·1,440, and after 240 stormy ones
    /// v₂ = λ²⁴⁰·v₁ + (1 − λ²⁴⁰)·0.006²·1,440.
    /// Numerically λ²⁴⁰ = 2^(−1/6) = 0.890899; v₀ = 0.36/365 = 0.000986301;
    /// v₁ = 0.890899 × 0.000986301 + 0.109101 × 0.00576 = 0.001507118 (σ 3.882%/day);
    /// v₂ = 0.890899 × 0.001507118 + 0.109101 × 0.05184 = 0.006998500 (σ 8.366%/day).
    static func handVariances() -> (v0: Double, v1: Double, v2: Double) {
        let lambda240 = Foundation.pow(2, -240.0 * 60 / 86_400)
        let v0 = 0.36 / 365
        let v1 = lambda240 * v0 + (1 - lambda240) * calm * calm * 1_440
        let v2 = lambda240 * v1 + (1 - lambda240) * storm * storm * 1_440
        return (v0, v1, v2)
    }

    @Test func handNumbersAsWrittenOut() {
        let (v0, v1, v2) = Self.handVariances()
        #expect(abs(Foundation.pow(2, -1.0 / 6) - 0.890899) < 1e-6)
        #expect(abs(v0 - 0.000986301) < 1e-9)
        #expect(abs(v1 - 0.001507118) < 1e-8)
        #expect(abs(v2 - 0.006998500) < 1e-8)
    }

    /// The tracker alone matches the closed form to rounding.
    @Test func ewmaMatchesHandComputation() {
        let (v0, v1, v2) = Self.handVariances()
        var tracker = LiveVolatility(underlyings: ["BTC"], dailyCovariance: [[v0]], settings: LiveVolatilitySettings())
        let index = 93_640.28
        _ = tracker.observe(micros: Self.start) { _ in index }
        for (step, event) in Self.tape(index: index).enumerated() {
            _ = tracker.observe(micros: event.timestampMicros) { _ in event.index }
            if step + 1 == Self.samples {
                #expect(abs(tracker.dailyCovariance[0][0] / v1 - 1) < 1e-9)
            }
        }
        #expect(tracker.samples == 2 * Self.samples)
        #expect(abs(tracker.dailyCovariance[0][0] / v2 - 1) < 1e-9)
    }

    /// Through the session, in portfolio mode on a short-put book: the daily vol the risk matrix
    /// uses is the hand value, the BTC scan range leaves its 16% floor (k·σ = 4 × 8.366% = 33.5%),
    /// and ES rises from the calm half to the stormy one.
    @Test func sessionMarginFollowsRealisedVol() throws {
        let text = """
        as_of = "2026-01-05T15:33:29Z"
        [[accounts]]
        name = "vol"
        collateral = { BTC = 3.0, USDT = 50000 }
        [[accounts.positions]]
        instrument = "BTC-27MAR26-80000-P"
        size = -2
        entry = 0.028
        [[accounts.positions]]
        instrument = "BTC-PERPETUAL"
        size = 20000
        entry = 93000
        [marks]
        "BTC-USD" = 93640.28
        "BTC-PERPETUAL" = 93675.5
        "BTC-27MAR26" = 94702.02
        [iv]
        "BTC-27MAR26-80000-P" = 0.463
        """
        let document = try PortfolioFile.parse(text: text, file: "vol.toml")
        let market = try MarketBuilder.build(document.market, for: document.portfolio, at: Self.start, file: "vol.toml")
        var session = try RiskSession(accounts: document.portfolio.accounts, market: market, catalogue: document.catalogue,
                                      modes: [.portfolio])
        let (_, v1, v2) = Self.handVariances()
        let events = Self.tape(index: 93_640.28)
        func btc() throws -> CurrencyRiskMatrix {
            let detail = try #require(session.snapshot([.portfolioDetail]).portfolioDetail)
            return try #require(detail.riskMatrix.first { $0.currency == "BTC" })
        }
        let before = try btc()
        #expect(before.scanRange == before.scanRangeFloor)
        try session.ingest(Array(events[..<Self.samples]))
        let calm = try btc()
        let calmES = try #require(session.snapshot([.portfolioDetail]).portfolioDetail).figures.esUSD
        // The session applies a new estimate once a vol moved ≥ 0.5%, so it may lag the tracker by less.
        #expect(abs(calm.dailyVol / v1.squareRoot() - 1) < 0.005)
        #expect(calm.scanRange == calm.scanRangeFloor)   // 4 × 3.88% = 15.5% < 16%
        try session.ingest(Array(events[Self.samples...]))
        let stormy = try btc()
        let stormyES = try #require(session.snapshot([.portfolioDetail]).portfolioDetail).figures.esUSD
        #expect(abs(stormy.dailyVol / v2.squareRoot() - 1) < 0.005, "\(stormy.dailyVol) vs \(v2.squareRoot())")
        #expect(stormy.scanRange > stormy.scanRangeFloor)
        #expect(abs(stormy.scanRange - 4 * stormy.dailyVol) < 1e-12)
        #expect(stormyES > 1.5 * calmES, "ES \(calmES) → \(stormyES)")
        let volatility = try #require(session.replay.volatility)
        #expect(abs(volatility.dailyCovariance[0][0] / v2 - 1) < 1e-9)
    }

    /// Off in the catalogue: the session keeps the vols it started with.
    @Test func offKeepsStartingVols() throws {
        var catalogue = try CatalogueFile.bundled()
        catalogue.portfolioMargin.liveVolatility.enabled = false
        let document = try PortfolioFile.parse(text: DemoPortfolio.toml, file: "demo")
        let market = try MarketBuilder.build(document.market, for: document.portfolio, at: Self.start, file: "demo")
        var session = try RiskSession(accounts: document.portfolio.accounts, market: market, catalogue: catalogue, modes: [.portfolio])
        try session.ingest(Self.tape(index: 93_640.28))
        #expect(session.replay.volatility == nil)
        let detail = try #require(session.snapshot([.portfolioDetail]).portfolioDetail)
        #expect(detail.riskMatrix.allSatisfy { $0.scanRange == $0.scanRangeFloor })
    }
}

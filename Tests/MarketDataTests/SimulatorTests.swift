import Foundation
import Testing
@testable import MarketData

@Suite("Simulator")
struct SimulatorTests {
    func tapeBytes(seed: UInt64, seconds: Int64 = 120) throws -> String {
        var simulator = try Simulator(configuration: SimulatorConfiguration(seed: seed, durationMicros: seconds * 1_000_000))
        let encoder = NativeTapeEncoder(format: .nativeCSV)
        var text = encoder.header
        while let event = simulator.nextEvent() { text += encoder.line(for: event) }
        return text
    }

    @Test func sameSeedSameBytesDifferentSeedDifferent() throws {
        let first = try tapeBytes(seed: 42)
        #expect(first == (try tapeBytes(seed: 42)))
        #expect(first != (try tapeBytes(seed: 43)))
        #expect(first.hasPrefix("timestamp_us,symbol,mark,index,last,iv,bid,ask,underlying\n1767571200000000,BTC-USD,,95000.0,"))
    }

    @Test func writtenTapeReadsBackCleanly() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.write(try tapeBytes(seed: 9, seconds: 60), to: "sim.csv")
        let reader = try TapeFileReader(path: path, options: TapeReaderOptions(mode: .strict))
        var count = 0
        while try reader.nextTapeEvent() != nil { count += 1 }
        // 61 steps × 3 assets × (index + perp + 2 futures + 2×5 options).
        #expect(count == 61 * 3 * 14)
    }

    @Test func instrumentsAreNamedLikeDeribit() throws {
        var simulator = try Simulator(configuration: SimulatorConfiguration(durationMicros: 0))
        var symbols: [String] = []
        while let event = simulator.nextEvent() { symbols.append(event.symbol) }
        // Expiries on Fridays: the start, 2026-01-05, is a Monday; +30 days is Wednesday 4 Feb, so
        // Friday 6 Feb; +90 days is Sunday 5 Apr, so Friday 10 Apr (2 Jan 2026 was a Friday:
        // 6 Feb is 5 weeks and 10 Apr 14 weeks later).
        #expect(symbols.prefix(5) == ["BTC-USD", "BTC-PERPETUAL", "BTC-6FEB26", "BTC-6FEB26-76000-P", "BTC-6FEB26-86000-P"])
        #expect(symbols.contains("SOL-10APR26-180-C"))
        #expect(SimulatorConfiguration().futureExpiryDays == [32, 95])
        #expect(SimulatorConfiguration.daysToFriday(from: 0, onOrAfter: 0) == 1)   // Thu 1970-01-01 → Fri 01-02
        #expect(SimulatorConfiguration.daysToFriday(from: 0, onOrAfter: 1) == 1)
    }

    @Test func correlationPricesAndIVAreSane() throws {
        let configuration = SimulatorConfiguration(seed: 2024, durationMicros: 20_000 * 1_000_000, futureExpiryDays: [], optionMoneyness: [])
        var simulator = try Simulator(configuration: configuration)
        var previous: [String: Double] = [:]
        var btcReturns: [Double] = []
        var ethReturns: [Double] = []
        while let event = simulator.nextEvent() {
            for value in [event.mark, event.index].compactMap({ $0 }) {
                #expect(value.isFinite && value > 0)
            }
            guard event.symbol == "BTC-USD" || event.symbol == "ETH-USD", let price = event.index else { continue }
            if let old = previous[event.symbol] {
                if event.symbol == "BTC-USD" { btcReturns.append(log(price / old)) } else { ethReturns.append(log(price / old)) }
            }
            previous[event.symbol] = price
        }
        #expect(btcReturns.count == 20_000)
        let correlation = pearson(btcReturns, ethReturns)
        // Configured 0.8; 20,000 samples → standard error ≈ 0.003; 0.01-cent rounding adds a little noise.
        #expect(abs(correlation - 0.8) < 0.04, "realized correlation \(correlation)")
    }

    @Test func impliedVolsStayInRange() throws {
        var simulator = try Simulator(configuration: SimulatorConfiguration(seed: 5, durationMicros: 600_000_000))
        while let event = simulator.nextEvent() {
            if let iv = event.iv { #expect(iv >= 0.05 && iv <= 5) }
            if let mark = event.mark { #expect(mark > 0 && mark.isFinite) }
        }
    }

    @Test func rejectsBadCorrelation() {
        #expect(throws: SimulatorConfigurationError.correlationNotPositiveDefinite) {
            try Simulator(configuration: SimulatorConfiguration(correlation: [[1, 0.99, -0.99], [0.99, 1, 0.99], [-0.99, 0.99, 1]]))
        }
    }

    @Test func rewindRestartsTheSameTape() throws {
        var simulator = try Simulator(configuration: SimulatorConfiguration(seed: 3, durationMicros: 5_000_000))
        let first = (0..<50).compactMap { _ in simulator.nextEvent() }
        simulator.rewind()
        let again = (0..<50).compactMap { _ in simulator.nextEvent() }
        #expect(first == again)
    }

    func pearson(_ a: [Double], _ b: [Double]) -> Double {
        let count = Double(min(a.count, b.count))
        let meanA = a.reduce(0, +) / count, meanB = b.reduce(0, +) / count
        var covariance = 0.0, varianceA = 0.0, varianceB = 0.0
        for (x, y) in zip(a, b) {
            covariance += (x - meanA) * (y - meanB)
            varianceA += (x - meanA) * (x - meanA)
            varianceB += (y - meanB) * (y - meanB)
        }
        return covariance / (varianceA * varianceB).squareRoot()
    }
}

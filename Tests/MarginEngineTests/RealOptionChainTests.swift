import Foundation
import Testing
@testable import MarginEngine

/// Reprices the real Deribit BTC+ETH chain in ../shared/data/real/ (1,288 options).
///
/// Source of the expectation: the data's README says Black-76 with r = 0 on `futures_price`,
/// coin price = USD price ÷ forward, reproduces `mark_price` to a median of about 2e-5 BTC.
struct RealOptionChainTests {
    @Test func chainRepricesToMedianUnder5e5() throws {
        let path = TestPaths.sharedData("deribit_options_snapshot_2026-01-05T153329Z.csv")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        let header = lines.removeFirst().split(separator: ",").map(String.init)
        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name)) }
        let (cTime, cName, cMark, cForward, cVol) = (try column("timestamp"), try column("instrument_name"),
                                                      try column("mark_price"), try column("futures_price"),
                                                      try column("implied_volatility"))
        var errors: [Double] = []
        for line in lines {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let now = try #require(UTCTime.parseISO8601(fields[cTime]))
            let instrument = try InstrumentParser.parse(fields[cName])
            guard case .option(let expiry, let strike, let right) = instrument.kind else {
                Issue.record("not an option: \(fields[cName])")
                continue
            }
            let forward = try #require(Double(fields[cForward]))
            let vol = try #require(Double(fields[cVol]))
            let mark = try #require(Double(fields[cMark]))
            let years = UTCTime.yearsBetween(now, expiry)
            let coin = Black76.evaluate(forward: forward, strike: strike, years: years, vol: vol, right: right).priceUSD / forward
            errors.append(abs(coin - mark))
        }
        #expect(errors.count == 1288)
        errors.sort()
        let median = errors[errors.count / 2]
        #expect(median < 5e-5, "median error \(median)")
    }
}

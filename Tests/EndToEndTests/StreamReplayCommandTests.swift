import Foundation
import Testing

/// `xmargin replay` on the recorded-style exchange streams of `examples/streams/` against the demo
/// book: the format is detected from the first line (a subscription response), every message
/// with prices is a tick, none is a bad row.
struct StreamReplayCommandTests {
    /// `ignored`: the subscription responses (and the ticker file's heartbeat), not bad rows.
    @Test(arguments: [("examples/streams/deribit-ticker.jsonl", "deribit-stream", 300, 2),
                      ("examples/streams/deribit-markprice-options.jsonl", "deribit-stream", 150, 1),
                      ("examples/streams/binance-markprice.jsonl", "binance-mark-price-stream", 180, 1)])
    func replayOfARecordedStream(_ tape: String, _ format: String, _ ticks: Int, _ ignored: Int) throws {
        let result = try CLIRunner.run(["replay", tape, "--portfolio", "examples/demo.toml", "--mode", "cross", "--json", "--strict"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try jsonObject(result.stdout)
        #expect(root["format"] as? String == format)
        #expect(root["ticks"] as? Int == ticks && root["bad_rows"] as? Int == 0)
        #expect(root["ignored_messages"] as? Int == ignored)
    }

    @Test func explicitFormatName() throws {
        let result = try CLIRunner.run(["replay", "examples/streams/binance-markprice.jsonl", "--portfolio", "examples/demo.toml",
                                        "--mode", "cross", "--json", "--format", "binance-mark-price-stream"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try jsonObject(result.stdout)["ticks"] as? Int == 180)
    }
}

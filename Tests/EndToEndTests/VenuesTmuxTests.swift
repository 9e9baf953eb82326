import Foundation
import Testing

/// The venues view end to end: the real binary in tmux after the crash tape, `v` and back.
@Suite(.serialized)
struct VenuesTmuxTests {
    @Test func vShowsTheVenuesAndBack() throws {
        let binary = try #require(CLIRunner.binary, "xmargin binary not built")
        let session = try TmuxSession(command: "'\(binary)' --feed replay:examples/crash-tape.csv --speed max --mode cross",
                                      width: 120, height: 40, environment: ["NO_COLOR": ""])
        _ = try session.waitFor(text: "end of tape")
        try session.send("v")
        let screen = try session.waitFor(text: "Risk · venues")
        for name in ["deribit-pm", "binance", "hyperliquid", "dydx"] {
            #expect(screen.contains { $0.contains(" \(name) ") }, "\(name): \(screen.joined(separator: "\n"))")
        }
        #expect(screen.contains { $0.contains("* deribit") }, "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.contains("hyperliquid") && $0.contains("incomplete") })
        try session.send("v")
        let back = try session.waitFor(text: "Liquidation levels")
        #expect(!back.contains { $0.contains("Risk · venues") })
        try session.send("q")
    }
}

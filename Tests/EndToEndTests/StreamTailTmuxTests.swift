import Foundation
import Testing

/// `xmargin --feed tail:FILE` on a recorded Deribit stream, in tmux: the file starts with the
/// subscription response only; a ticker notification appended in two pieces moves the
/// BTC-PERPETUAL row's mark on screen (issue 11 part 2).
@Suite(.serialized)
struct StreamTailTmuxTests {
    @Test(.enabled(if: TmuxSession.available))
    func dashboardFollowsADeribitStream() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("xm-stream-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(#"{"jsonrpc":"2.0","id":42,"result":["ticker.BTC-PERPETUAL.100ms"]}"#.utf8 + [0x0A]).write(to: URL(fileURLWithPath: path))
        let session = try TmuxSession(command: try DashboardTmuxTests.xmargin("--portfolio examples/demo.toml --feed tail:'\(path)' --mode cross"),
                                      width: 120, height: 40, environment: ["NO_COLOR": ""])
        _ = try session.waitFor(timeout: 60) { $0.contains { $0.contains("Positions · cross") } }
        let line = #"{"jsonrpc":"2.0","method":"subscription","params":{"channel":"ticker.BTC-PERPETUAL.100ms","data":{"timestamp":1767627219000,"stats":{"high":94824.5,"low":88213.5},"instrument_name":"BTC-PERPETUAL","mark_price":88888.8,"index_price":88850.1}}}"#
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(line.prefix(70).utf8))
        usleep(600_000)
        try handle.write(contentsOf: Data((line.dropFirst(70) + "\n").utf8))
        try handle.close()
        let screen = try session.waitFor(timeout: 30) { $0.contains { $0.contains("BTC-PERPETUAL") && $0.contains("88,889") } }
        #expect(screen.contains { $0.contains("tail") }, "\(screen.joined(separator: "\n"))")
        try session.send("q")
        let end = try session.waitFor(timeout: 30) { $0.joined(separator: " ").contains("EXIT=") }
        #expect(end.contains { $0.contains("EXIT=0") })
    }
}

import Foundation
import Testing

/// The live session end to end (issue 8): a desk-sized book stays usable, the dashboard's session
/// logs exactly what `xmargin replay` logs, and the non-TTY fallback exits 0.
@Suite(.serialized)
struct LiveSessionTmuxTests {
    static func temporary(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("xm-live-\(UUID().uuidString)\(suffix)").path
    }

    /// The seeded 1,000-position bench book at max speed: the dashboard draws, `m` switches the
    /// tab, space pauses, `q` quits with status 0 (functional, generous waits — not a timing test).
    @Test func thousandPositionBookDrawsAndAnswersKeys() throws {
        let book = Self.temporary(".toml")
        defer { try? FileManager.default.removeItem(atPath: book) }
        let saved = try CLIRunner.run(["bench", "--positions", "1000", "--runs", "1", "--scenarios", "100",
                                       "--replay-rows", "0", "--save-book", book], timeout: 300)
        #expect(saved.status == 0, "\(saved.stderr)")
        let session = try TmuxSession(command: try DashboardTmuxTests.xmargin("--portfolio '\(book)' --speed max"),
                                      width: 160, height: 48)
        var screen = try session.waitFor(timeout: 60) { $0.contains { $0.contains("Positions · cross") } && $0.contains { $0.contains("/1000") } }
        #expect(screen[0].contains("CROSS"))
        try session.send("m")
        screen = try session.waitFor(timeout: 30) { $0.contains { $0.contains("Positions · portfolio") } }
        #expect(screen.contains { $0.contains("ES") && $0.contains("Worst") })
        try session.send("Space")
        screen = try session.waitFor(timeout: 30) { $0[0].contains("PAUSED") }
        try session.send("q")
        screen = try session.waitFor(timeout: 30) { $0.joined(separator: " ").contains("EXIT=") }
        #expect(screen.contains { $0.contains("EXIT=0") }, "\(screen.joined(separator: "\n"))")
    }

    /// One tape through `xmargin replay` and through the dashboard (`watch --feed replay:`) gives
    /// byte-identical alert and liquidation logs.
    @Test func replayAndDashboardLogTheSameEvents() throws {
        let headless = Self.temporary("-replay.jsonl"), live = Self.temporary("-watch.jsonl")
        defer { for path in [headless, live] { try? FileManager.default.removeItem(atPath: path) } }
        let replay = try CLIRunner.run(["replay", "examples/crash-tape.csv", "--portfolio", "examples/demo.toml", "--events", headless])
        #expect(replay.status == 0, "\(replay.stderr)")
        let session = try TmuxSession(command: try DashboardTmuxTests.xmargin(
            "--portfolio examples/demo.toml --feed replay:examples/crash-tape.csv --speed max --events '\(live)'"), width: 120, height: 40)
        _ = try session.waitFor(text: "end of tape", timeout: 60)
        try session.send("q")
        _ = try session.waitFor(timeout: 30) { $0.joined(separator: " ").contains("EXIT=") }
        let expected = try String(contentsOfFile: headless, encoding: .utf8)
        let actual = try String(contentsOfFile: live, encoding: .utf8)
        #expect(expected.split(separator: "\n").count >= 10)
        #expect(actual == expected)
    }

    /// Not a terminal: the margin report instead of the dashboard, and success.
    @Test func nonTerminalFallbackPrintsReportAndExitsZero() throws {
        let output = try CLIRunner.run([])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("not a terminal"))
        #expect(output.stdout.lowercased().contains("cross margin"), "\(output.stdout)")
    }
}

import Foundation
import Testing
import Dashboard

/// The dashboard end to end: the real binary in tmux, read like a person reads the screen.
@Suite(.serialized)
struct DashboardTmuxTests {
    static func xmargin(_ arguments: String) throws -> String {
        let binary = try #require(CLIRunner.binary, "xmargin binary not built")
        return "'\(binary)' \(arguments)"
    }

    /// A crafted tape walks the demo book's BTC index down 1% a minute: in cross mode the account
    /// passes 70%, 85% and 100% utilization (`xmargin replay` gives notice 16:18:29, warning
    /// 16:25:29, liquidation 16:31:29) and is then liquidated. The alerts pane lists them newest first.
    @Test func crashTapeShowsAlertLevelsInOrderThenLiquidation() throws {
        let session = try TmuxSession(command: try Self.xmargin("--feed replay:examples/crash-tape.csv --speed max --mode cross"),
                                      width: 120, height: 40)
        let screen = try session.waitFor(text: "end of tape")
        let notice = screen.firstIndex { $0.contains("16:18:29") && $0.contains("NOTE") }
        let warning = screen.firstIndex { $0.contains("16:25:29") && $0.contains("WARN") }
        let danger = screen.firstIndex { $0.contains("16:31:29") && $0.contains("DANGER") }
        let liquidation = screen.firstIndex { $0.contains("LIQ") && $0.contains("liquidated") }
        let n = try #require(notice, "\(screen.joined(separator: "\n"))")
        let w = try #require(warning), d = try #require(danger), l = try #require(liquidation)
        #expect(l < d && d < w && w < n, "newest first: liquidation above 100% above 85% above 70%")
        #expect(screen.contains { $0.contains("Alerts · cross") })
    }

    /// Issue 11: on an 8-colour terminal (`TERM=xterm`) gains are green and losses red — they were
    /// yellow and magenta when each RGB channel was thresholded. After the crash tape in cross mode
    /// the short January 95k calls show a gain and the long BTCUSDT a loss (BTC fell 44%).
    @Test func eightColourTerminalShowsGainsGreenAndLossesRed() throws {
        let session = try TmuxSession(command: try Self.xmargin("--feed replay:examples/crash-tape.csv --speed max --mode cross"),
                                      width: 120, height: 40, environment: ["TERM": "xterm", "NO_COLOR": ""])   // swift test sets NO_COLOR=1
        _ = try session.waitFor(text: "end of tape")
        let styled = try session.capture(styled: true)
        let gainRow = try #require(styled.first { $0.contains("BTC-30JAN26-95000-C") }, "\(styled)")
        let lossRow = try #require(styled.first { $0.contains("BTCUSDT") }, "\(styled)")
        #expect(gainRow.contains("\u{1b}[32m+"), "gain not green: \(gainRow)")
        #expect(lossRow.contains("\u{1b}[31m-"), "loss not red: \(lossRow)")
        for row in [gainRow, lossRow] {
            #expect(!row.contains("\u{1b}[33m+") && !row.contains("\u{1b}[35m-"), "yellow gain or magenta loss: \(row)")
        }
    }

    /// Issue 11 desk polish: the clock says UTC, the header names the account, `t` names the theme.
    @Test func headerShowsUTCAccountAndThemeName() throws {
        let session = try TmuxSession(command: try Self.xmargin("--feed sim --speed 10"), width: 80, height: 24)
        var screen = try session.waitFor(text: "sim seed 42")
        #expect(screen[0].contains(" UTC"), "\(screen[0])")
        #expect(screen[1].contains("account main"), "\(screen[1])")
        try session.send("t")
        screen = try session.waitFor(text: "theme light")
        #expect(screen[1].contains("theme light (2/4)") && screen[1].contains("account main"), "\(screen[1])")
        try session.send("q")
    }

    /// Issue 11 replay pacing: without `--speed` a replay plays the whole tape in about two minutes.
    /// The crash tape spans 16:31:29 − 15:33:29 = 3,480 s → ×29; a 10-minute simulated tape written
    /// to a file (over a megabyte, so its last timestamp comes from the file's tail) → 600/120 = ×5.
    @Test func replayIsPacedToAboutTwoMinutes() throws {
        let crash = try TmuxSession(command: try Self.xmargin("--feed replay:examples/crash-tape.csv"), width: 100, height: 30)
        var screen = try crash.waitFor { $0[0].contains("replay crash-tape.csv") }
        #expect(screen[0].contains(" x29"), "\(screen[0])")
        try crash.send("q")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("xm-pace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let tape = directory.appendingPathComponent("pace.csv").path
        let written = try CLIRunner.run(["simulate", "--duration", "10m", "--step", "1s", "--out", tape])
        #expect(written.status == 0, "\(written.stderr)")
        let size = (try FileManager.default.attributesOfItem(atPath: tape)[.size] as? NSNumber)?.intValue ?? 0
        #expect(size > 65_536)
        let simulated = try TmuxSession(command: try Self.xmargin("--feed replay:'\(tape)'"), width: 100, height: 30)
        screen = try simulated.waitFor { $0[0].contains("replay pace.csv") }
        #expect(screen[0].contains(" x5"), "\(screen[0])")
        try simulated.send("q")
    }

    /// Issue 11 mouse: a click on the PORTFOLIO tab switches mode, a click on a grid row moves the
    /// cursor there, the wheel scrolls the grid; `--no-mouse` never turns mouse reporting on. Tabs on the
    /// top row: " ISOLATED " at columns 1–10, a separator, " CROSS " 12–18, a separator,
    /// " PORTFOLIO " 20–30; the grid's rows start on screen row 5 (header 0–2, border 3, heading 4).
    @Test func mouseClicksTabsAndRows() throws {
        let session = try TmuxSession(command: try Self.xmargin("--feed sim --speed 10"), width: 100, height: 30)
        _ = try session.waitFor(text: "Positions · cross")
        try session.click(x: 25, y: 0)
        var screen = try session.waitFor(text: "Positions · portfolio")
        #expect(screen[3].contains("Positions · portfolio"))
        try session.click(x: 10, y: 7)
        screen = try session.waitFor { $0.joined().contains("3/12") }
        #expect(screen.joined().contains("3/12"), "\(screen.joined(separator: "\n"))")
        try session.wheelDown(x: 10, y: 7)
        screen = try session.waitFor { $0.joined().contains("6/12") }
        #expect(screen.joined().contains("6/12"))
        // tmux knows whether the program asked for mouse reports (`mouse_any_flag`).
        #expect(try session.run(["display-message", "-p", "-t", session.name, "#{mouse_any_flag}"]).hasPrefix("1"))
        try session.send("q")
        let off = try TmuxSession(command: try Self.xmargin("--feed sim --speed 10 --no-mouse"), width: 100, height: 30)
        _ = try off.waitFor(text: "Positions · cross")
        #expect(try off.run(["display-message", "-p", "-t", off.name, "#{mouse_any_flag}"]).hasPrefix("0"))
        try off.send("q")
    }

    /// Keys: space pauses, + speeds up, ? opens help, q quits and the terminal is restored.
    @Test func keysPauseSpeedHelpQuitRestoreTerminal() throws {
        let session = try TmuxSession(command: try Self.xmargin("--feed sim --speed 10"), width: 120, height: 40)
        var screen = try session.waitFor(text: "sim seed 42")
        #expect(screen[0].contains("x10") && !screen[0].contains("PAUSED"))
        try session.send("Space")
        screen = try session.waitFor(text: "PAUSED")
        #expect(screen[0].contains("PAUSED"))
        try session.send("+")
        screen = try session.waitFor { $0[0].contains("x30") }
        #expect(screen[0].contains("x30"))
        try session.send("?")
        screen = try session.waitFor(text: "Help")
        #expect(screen.contains { $0.contains("Help") })
        try session.send("Escape")
        try session.send("q")
        // `stty -a` runs after the program exits: wait for its output too.
        screen = try session.waitFor { $0.joined(separator: " ").contains("EXIT=") && $0.joined(separator: " ").contains("icanon") }
        #expect(screen.contains { $0.contains("EXIT=0") })
        let settings = screen.joined(separator: " ")
        #expect(settings.contains(" icanon") && settings.contains(" echo ") && !settings.contains("-icanon"), "\(settings)")
    }

    /// SIGTERM restores the terminal and exits 128 + 15. The signal goes to this session's xmargin by
    /// process id (a wrapper script writes its pid, then execs xmargin), never to processes found by name.
    @Test func sigtermRestoresTerminal() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("xm-term-\(UUID().uuidString)").path
        defer { for suffix in [".sh", ".pid"] { try? FileManager.default.removeItem(atPath: base + suffix) } }
        try "echo $$ > '\(base).pid'\nexec \(try Self.xmargin("--feed sim"))\n".write(toFile: base + ".sh", atomically: true, encoding: .utf8)
        let session = try TmuxSession(command: "sh '\(base).sh'", width: 100, height: 30)
        _ = try session.waitFor(text: "sim seed 42")
        let pidText = try String(contentsOfFile: base + ".pid", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try #require(pid_t(pidText), "pid file: '\(pidText)'")
        #expect(kill(pid, SIGTERM) == 0)
        let screen = try session.waitFor { $0.joined(separator: " ").contains("EXIT=") && $0.joined(separator: " ").contains("icanon") }
        #expect(screen.contains { $0.contains("EXIT=143") }, "\(screen.joined(separator: "\n"))")
        #expect(screen.joined(separator: " ").contains(" icanon"))
        #expect(!screen.joined(separator: " ").contains("-icanon"))
    }

    /// Resizing redraws at the new size with nothing left over from the old frame.
    @Test func resizeLeavesNoGarbage() throws {
        let session = try TmuxSession(command: try Self.xmargin("--feed sim --speed 1"), width: 160, height: 48)
        _ = try session.waitFor(text: "sim seed 42")
        try session.resize(width: 80, height: 24)
        let small = try session.waitFor { screen in
            screen.count >= 24 && screen[0].contains("ISOLATED") && screen[23].contains("q quit")
        }
        #expect(small[0].contains("ISOLATED") && small[23].contains("q quit"), "\(small.joined(separator: "\n"))")
        #expect(small.allSatisfy { $0.count <= 80 })
        try session.resize(width: 60, height: 15)
        let tiny = try session.waitFor(text: "too small")
        #expect(tiny.contains { $0.contains("too small") })
        try session.resize(width: 120, height: 40)
        let back = try session.waitFor { $0.count >= 40 && $0[0].contains("ISOLATED") && $0[39].contains("q quit") }
        #expect(!back.contains { $0.contains("too small") })
    }

    /// A tape whose symbol carries escape sequences: the row is rejected and counted, the screen
    /// stays intact (no colour or title changes leak through).
    @Test func escapeSequencesInTapeRenderHarmlessly() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("xm-esc-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let tape = "timestamp_us,symbol,mark,index,last,iv,bid,ask,underlying\n"
            + "1767627209000000,BTC-USD,,93000,,,,,\n"
            + "1767627210000000,BTC\u{1b}]0;pwned\u{07}\u{1b}[2J-PERPETUAL,93100,,,,,,\n"
            + "1767627211000000,BTC-USD,,92900,,,,,\n"
        try tape.write(toFile: path, atomically: true, encoding: .utf8)
        let session = try TmuxSession(command: try Self.xmargin("--feed replay:\(path) --speed max"), width: 120, height: 40)
        let screen = try session.waitFor(text: "end of tape")
        #expect(screen.contains { $0.contains("1 bad rows skipped") }, "\(screen.joined(separator: "\n"))")
        #expect(screen[0].contains("ISOLATED") && screen[39].contains("q quit"))
        #expect(!screen.joined().contains("pwned"))
    }
}

/// `m` re-margins the same book: the header's figures become exactly those of
/// `xmargin margin --mode all --json` for the same marks (examples/demo-selloff-tape.csv leaves the
/// demo book at the marks in examples/demo-selloff-marks.toml).
@Suite(.serialized)
struct MarginModeSwitchTests {
    func header(_ figures: [String: Any]) throws -> String {
        let equity = try #require(figures["equity_usd"] as? Double)
        let initial = try #require(figures["initial_margin_usd"] as? Double)
        let maintenance = try #require(figures["maintenance_margin_usd"] as? Double)
        return "Equity \(NumberFormat.compact(equity))   IM \(NumberFormat.compact(initial))   MM \(NumberFormat.compact(maintenance))"
    }

    @Test func modeSwitchShowsTheCLIFigures() throws {
        let result = try CLIRunner.run(["margin", "--portfolio", "examples/demo.toml", "--marks", "examples/demo-selloff-marks.toml",
                                  "--mode", "all", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let modes = try #require(try jsonObject(result.stdout)["modes"] as? [String: Any])
        let cross = try header(try #require(modes["cross"] as? [String: Any]))
        let portfolio = try header(try #require(modes["portfolio"] as? [String: Any]))
        #expect(cross != portfolio)

        let session = try TmuxSession(command: try DashboardTmuxTests.xmargin(
            "--feed replay:examples/demo-selloff-tape.csv --speed max --mode isolated"), width: 120, height: 40)
        var screen = try session.waitFor(text: "end of tape")
        #expect(screen.contains { $0.contains("Positions · isolated") })
        try session.send("m")
        screen = try session.waitFor(text: "Positions · cross")
        #expect(screen[1].contains(cross), "header \(screen[1]) vs CLI \(cross)")
        // The active tab is drawn highlighted (bold, accent background) in the styled capture.
        let styled = try session.capture(styled: true)[0]
        let tab = try #require(styled.range(of: " CROSS "), "\(styled)")
        let before = String(styled[..<tab.lowerBound].suffix(16))
        #expect(before.contains("\u{1b}[1;") || before.contains("\u{1b}[1m"), "the CROSS tab is not bold: \(styled)")
        let isolatedTab = try #require(styled.range(of: " ISOLATED "))
        #expect(!String(styled[..<isolatedTab.lowerBound].suffix(16)).contains("\u{1b}[1"), "\(styled)")
        try session.send("m")
        screen = try session.waitFor(text: "Positions · portfolio")
        #expect(screen[1].contains(portfolio), "header \(screen[1]) vs CLI \(portfolio)")
    }
}

import Foundation
import Testing

/// Drives the real binary in a detached tmux session, as a person at a terminal would.
final class TmuxSession {
    let name: String
    let socket: String

    /// Starts `command` (run by sh in the package root) in a `width`×`height` window.
    init(command: String, width: Int, height: Int, environment: [String: String] = [:]) throws {
        name = "xm\(UUID().uuidString.prefix(8))"
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sock").path
        let exports = environment.map { "export \($0.key)='\($0.value)'; " }.joined()
        try run(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                 "sh -c \"cd '\(CLIRunner.packageRoot.path)'; export TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8; \(exports)\(command); echo EXIT=\\$?; stty -a; sleep 600\""])
    }

    deinit {
        _ = try? run(["kill-session", "-t", name])
        try? FileManager.default.removeItem(atPath: socket)
    }

    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    /// Runs a tmux client command on this session's socket and returns its stdout (through
    /// ``CLIRunner``, which does not wait for the tmux server that `new-session` starts).
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        try CLIRunner.run(executable: "tmux", arguments: ["-S", socket] + arguments, timeout: 30).stdout
    }

    /// The screen as plain text lines (or with escape sequences for colour when `styled`).
    func capture(styled: Bool = false) throws -> [String] {
        let text = try run(["capture-pane", "-t", name, "-p"] + (styled ? ["-e"] : []))
        return text.components(separatedBy: "\n")
    }

    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", name] + keys)
    }

    /// Types `text` as is (escape sequences included), e.g. an SGR mouse report.
    func sendLiteral(_ text: String) throws {
        try run(["send-keys", "-t", name, "-l", text])
    }

    /// A left click at 0-based cell (`x`, `y`), as an xterm reports it with SGR mouse mode (1006):
    /// `ESC [ < 0 ; column ; row M` then the release, `… m` (1-based column and row).
    func click(x: Int, y: Int) throws {
        try sendLiteral("\u{1b}[<0;\(x + 1);\(y + 1)M")
        try sendLiteral("\u{1b}[<0;\(x + 1);\(y + 1)m")
    }

    /// One wheel step down (button 65 in SGR) at 0-based cell (`x`, `y`).
    func wheelDown(x: Int, y: Int) throws {
        try sendLiteral("\u{1b}[<65;\(x + 1);\(y + 1)M")
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen satisfies `predicate` (polling), or `timeout` seconds pass.
    @discardableResult
    func waitFor(timeout: Double = 20, _ predicate: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture()
        while !predicate(screen), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            screen = try capture()
        }
        return screen
    }

    func waitFor(text: String, timeout: Double = 20) throws -> [String] {
        try waitFor(timeout: timeout) { $0.contains { $0.contains(text) } }
    }
}

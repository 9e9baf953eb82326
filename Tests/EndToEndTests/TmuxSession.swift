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
                 "sh -c \"cd '\(CLI.packageRoot.path)'; export TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8; \(exports)\(command); echo EXIT=\\$?; stty -a; sleep 600\""])
    }

    deinit {
        _ = try? run(["kill-session", "-t", name])
        try? FileManager.default.removeItem(atPath: socket)
    }

    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    /// Runs a tmux client command with posix_spawn. (Foundation's `Process` never sees
    /// `new-session` exit: the tmux server it forks inherits a descriptor Process waits on.)
    /// Output, when wanted, goes through a temporary file.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let argv = ["tmux", "-S", socket] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, "tmux", &actions, nil, &cArguments, environ)
        guard status == 0 else { throw TmuxError(message: "cannot start tmux: \(String(cString: strerror(status)))") }
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    struct TmuxError: Error { let message: String }

    /// The screen as plain text lines (or with escape sequences for colour when `styled`).
    func capture(styled: Bool = false) throws -> [String] {
        let text = try run(["capture-pane", "-t", name, "-p"] + (styled ? ["-e"] : []))
        return text.components(separatedBy: "\n")
    }

    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", name] + keys)
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

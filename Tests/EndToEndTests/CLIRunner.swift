import Foundation
import Testing

/// The one way end-to-end tests run a program: the built `xmargin` (``run(_:environment:timeout:)``)
/// or a helper such as `tmux` (``run(executable:arguments:environment:currentDirectory:timeout:)``).
///
/// - stdout and stderr are read **together** with `poll(2)` while the program runs, so a program
///   that fills one pipe while the test waits on the other cannot deadlock;
/// - the program gets `/dev/null` as stdin and its own process group; after `timeout` seconds the
///   group is killed and ``RunError/timedOut(command:seconds:stdout:stderr:)`` is thrown;
/// - output is complete once the program has exited and its pipes are drained — a daemon it
///   started (the tmux server) may keep the pipes open, and is not waited for.
///
/// Built on `posix_spawn` rather than Foundation's `Process`, whose termination detection on Linux
/// waits for a descriptor that a daemonizing child (`tmux new-session`) inherits and never closes.
///
///     let output = try CLIRunner.run(["margin", "--portfolio", "examples/demo.toml", "--json"])
///     #expect(output.status == 0, "\(output.stderr)")
enum CLIRunner {
    /// The package root, found from this file's path; `xmargin` runs with it as working directory.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `xmargin` executable: next to the running test bundle (SwiftPM builds products and test
    /// bundles into the same directory, and `swift test` builds the executable with the tests), else
    /// `.build/debug/xmargin` under the package root.
    static var binary: String? {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            var directory = URL(fileURLWithPath: first).deletingLastPathComponent()
            // Inside an .xctest bundle on macOS the test binary sits in Contents/MacOS.
            while directory.path.contains(".xctest") { directory = directory.deletingLastPathComponent() }
            candidates.append(directory.appendingPathComponent("xmargin"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/xmargin"))
        return candidates.map(\.path).first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// What a finished program printed and how it ended.
    struct Output {
        /// The exit status, or 128 + the signal number when a signal ended it (as a shell reports it).
        var status: Int32
        var stdout: String
        var stderr: String

        /// stdout parsed as one JSON object.
        func json(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
            try jsonObject(stdout, sourceLocation: sourceLocation)
        }
    }

    enum RunError: Error, CustomStringConvertible {
        case missingBinary
        case cannotStart(command: String, reason: String)
        case timedOut(command: String, seconds: Double, stdout: String, stderr: String)

        var description: String {
            switch self {
            case .missingBinary:
                return "xmargin binary not found next to the tests or in .build/debug: run `swift build` first"
            case let .cannotStart(command, reason):
                return "cannot start \(command): \(reason)"
            case let .timedOut(command, seconds, stdout, stderr):
                return "\(command) still running after \(seconds) s (killed)\nstdout: \(stdout.suffix(2_000))\nstderr: \(stderr.suffix(2_000))"
            }
        }
    }

    /// Runs `xmargin arguments` from the package root. `environment` is added to (and overrides)
    /// this process's environment.
    static func run(_ arguments: [String], environment: [String: String] = [:], timeout: Double = 300) throws -> Output {
        guard let binary else { throw RunError.missingBinary }
        return try run(executable: binary, arguments: arguments, environment: environment,
                       currentDirectory: packageRoot.path, timeout: timeout)
    }

    /// Runs `executable` (a path, or a name looked up in `PATH`) with `arguments`.
    static func run(executable: String, arguments: [String], environment: [String: String] = [:],
                    currentDirectory: String? = nil, timeout: Double) throws -> Output {
        let command = ([executable] + arguments).joined(separator: " ")
        let child = try SpawnedChild(executable: executable, arguments: arguments, environment: environment,
                                     currentDirectory: currentDirectory, command: command)
        return try child.collect(timeout: timeout, command: command)
    }
}

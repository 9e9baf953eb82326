import Foundation
import Testing

/// The runner itself: large output on both pipes, exit statuses, the timeout.
struct CLIRunnerTests {
    /// 2 MiB on stderr before 2 MiB on stdout: reading one pipe to the end first would deadlock
    /// (the pipe buffer is 64 KiB).
    @Test func largeOutputOnBothPipesDoesNotDeadlock() throws {
        let script = "head -c 2097152 /dev/zero | tr '\\0' e >&2; head -c 2097152 /dev/zero | tr '\\0' o; exit 3"
        let output = try CLIRunner.run(executable: "/bin/sh", arguments: ["-c", script], timeout: 60)
        #expect(output.status == 3)
        #expect(output.stdout.utf8.count == 2_097_152 && output.stdout.utf8.allSatisfy { $0 == UInt8(ascii: "o") })
        #expect(output.stderr.utf8.count == 2_097_152 && output.stderr.utf8.allSatisfy { $0 == UInt8(ascii: "e") })
    }

    @Test func environmentWorkingDirectoryAndSignalStatus() throws {
        let output = try CLIRunner.run(executable: "/bin/sh", arguments: ["-c", "echo \"$XM_PROBE\"; pwd; kill -TERM $$"],
                                       environment: ["XM_PROBE": "probe"], currentDirectory: "/tmp", timeout: 30)
        #expect(output.stdout == "probe\n/tmp\n")
        #expect(output.status == 128 + 15)
    }

    @Test func timeoutKillsAndThrows() {
        let start = Date()
        #expect(throws: CLIRunner.RunError.self) {
            try CLIRunner.run(executable: "/bin/sh", arguments: ["-c", "echo started; sleep 30"], timeout: 0.5)
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }
}

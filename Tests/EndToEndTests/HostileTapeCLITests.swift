import Foundation
import Testing

/// Issue 9 end to end: absurd tape values are bad rows naming file and line, never an aborted
/// replay or a trap; bench's numeric flags reject negative values with a clear message.
struct HostileTapeCLITests {
    static let header = "timestamp_us,symbol,mark,index,last,iv,bid,ask,underlying\n"

    static func tape(_ rows: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("xmargin-hostile-\(UUID().uuidString).csv").path
        try (header + rows).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A first row of 1e308 used to abort with "portfolio margin is not a finite number" and no
    /// file or line; now it is one bad row (`far-from-book`) and the replay runs.
    @Test func hugeFirstRowIsABadRow() throws {
        let path = try Self.tape("1767627209000000,BTC-PERPETUAL,1e308,,,,,,\n1767627269000000,BTC-USD,,93640.28,,,,,\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLIRunner.run(["replay", path, "--portfolio", "examples/demo.toml", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"far-from-book\" : 1") || result.stdout.contains("\"far-from-book\":1"), "\(result.stdout)")
        let strict = try CLIRunner.run(["replay", path, "--portfolio", "examples/demo.toml", "--strict"])
        #expect(strict.status != 0)
        #expect(strict.stderr.contains("\(path):2: mark 1e+308 is more than 10.0× away from the book's"), "\(strict.stderr)")
    }

    /// −5 then Int64.max trapped with "arithmetic overflow" in ModeReplay.
    @Test func absurdTimestampsAreBadRows() throws {
        let path = try Self.tape("-5,BTC-USD,,93640.28,,,,,\n9223372036854775807,BTC-USD,,93640.28,,,,,\n"
                                 + "1767627269000000,BTC-USD,,92703.88,,,,,\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLIRunner.run(["replay", path, "--portfolio", "examples/demo.toml", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("timestamp-out-of-range"), "\(result.stdout)")
        let strict = try CLIRunner.run(["replay", path, "--portfolio", "examples/demo.toml", "--strict"])
        #expect(strict.status != 0)
        #expect(strict.stderr.contains("\(path):2: timestamp -5 µs is outside 1970-01-01"), "\(strict.stderr)")
    }

    @Test(arguments: [["--positions", "-1"], ["--positions", "0"], ["--scenarios", "-5"], ["--runs", "-2"], ["--replay-rows", "-1"]])
    func benchRejectsNegativeNumbers(_ flag: [String]) throws {
        let result = try CLIRunner.run(["bench"] + flag)
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(flag[0]) must be in"), "\(result.stderr)")
        #expect(!result.stderr.contains("Missing value"))
    }

    @Test(arguments: [["bench", "--seed", "-1"], ["simulate", "--seed", "-3"], ["simulate", "--duration", "-5s"], ["simulate", "--step", "-1s"]])
    func negativeValuesAreNamedNotMissing(_ arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains("The value '\(arguments[2])' is invalid for '\(arguments[1])"), "\(result.stderr)")
    }
}

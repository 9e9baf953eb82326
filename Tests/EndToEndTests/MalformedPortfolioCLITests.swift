import Foundation
import Testing

/// Issues 13 and 9 through the built binary: `xmargin margin --portfolio FILE` on a mistyped copy
/// of `examples/demo.toml` exits 1 with one line naming the file and the place — no SIGABRT.
struct MalformedPortfolioCLITests {
    /// `examples/demo.toml` with line `number` (1-based) replaced, written to a fresh temporary file.
    static func writeDemo(replacingLine number: Int, with line: String) throws -> String {
        let demo = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("examples/demo.toml"), encoding: .utf8)
        var lines = demo.components(separatedBy: "\n")
        try #require(lines.count > number)
        lines[number - 1] = line
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("xmargin-typo-\(UUID().uuidString).toml").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: [
        ("[%v]", "line 24, column 2"), ("[+v]", "line 24, column 2"), ("[&accounts.positions]]", "line 24, column 2"),
        ("[[~ccounts.positions]]", "line 24, column 3"), ("[[[1]]]", "line 24, column 3"), ("[[[a]]", "line 24, column 3"),
        ("[[=", "line 24, column 3"),
    ])
    func mistypedHeaderExitsOneNamingTheFile(header: String, location: String) throws {
        let path = try Self.writeDemo(replacingLine: 24, with: header)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLIRunner.run(["margin", "--portfolio", path])
        #expect(result.status == 1, "stderr: \(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("\(path): \(location): malformed TOML: expected a key"), "stderr: \(result.stderr)")
    }

    @Test func hugeSizeExitsOneNamingTheKeyPath() throws {
        let path = try Self.writeDemo(replacingLine: 26, with: "size = 1e300")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLIRunner.run(["margin", "--portfolio", path])
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("\(path): accounts[0].positions[2].size: magnitude 1e+300 is too large to margin"),
                "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("not a finite number"))
    }
}

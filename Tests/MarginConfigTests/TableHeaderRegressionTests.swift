import Foundation
import Testing
@testable import MarginConfig

/// Issue 13: a mistyped table header in a portfolio aborted the process inside toml++
/// (`parse_key(): Assertion failed`). Each one now is a one-line error naming the file, line and
/// column, through the real loading API.
struct TableHeaderRegressionTests {
    /// `examples/demo.toml` (identical to the bundled demo) with its third `[[accounts.positions]]`
    /// header, line 24, replaced by `header`.
    static func demo(withHeaderOnLine24 header: String) throws -> String {
        var lines = DemoPortfolio.toml.components(separatedBy: "\n")
        try #require(lines[23] == "[[accounts.positions]]")
        lines[23] = header
        return lines.joined(separator: "\n")
    }

    @Test(arguments: [
        ("[%v]", 2, "'%'"), ("[+v]", 2, "'+'"), ("[&accounts.positions]]", 2, "'&'"),
        ("[[~ccounts.positions]]", 3, "'~'"), ("[[[1]]]", 3, "'['"), ("[[[a]]", 3, "'['"), ("[[=", 3, "'='"),
    ])
    func mistypedHeaderIsACleanError(header: String, column: Int, found: String) throws {
        let text = try Self.demo(withHeaderOnLine24: header)
        let expected = "demo.toml: line 24, column \(column): malformed TOML: expected a key, found \(found)"
        #expect(throws: ConfigError(file: "demo.toml", location: "line 24, column \(column)",
                                    message: "malformed TOML: expected a key, found \(found)")) {
            try PortfolioFile.parse(text: text, file: "demo.toml")
        }
        do {
            _ = try PortfolioFile.parse(text: text, file: "demo.toml")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func mistypedHeaderInAFileOnDisk() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("xmargin-header-\(UUID().uuidString).toml").path
        try Self.demo(withHeaderOnLine24: "[&accounts.positions]]").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(throws: ConfigError.self) { try PortfolioFile.load(path: path) }
        #expect(error.description == "\(path): line 24, column 2: malformed TOML: expected a key, found '&'")
    }

    /// The same headers in every other file the app reads: marks, theme, user config, catalogue.
    @Test(arguments: ["[%v]", "[+v]", "[&a.b]]", "[[~c.d]]", "[[[1]]]", "[[[a]]", "[[="])
    func mistypedHeaderInOtherFiles(header: String) throws {
        let text = "# first line\n\(header)\n"
        #expect(throws: ConfigError.self) { try MarksFile.parse(text: text, file: "marks.toml") }
        #expect(throws: ConfigError.self) { try ThemeFile.entries(text: text, file: "theme.toml") }
        #expect(throws: ConfigError.self) { try UserConfig.parse(text: text, file: "config.toml") }
        let error = try #require(throws: ConfigError.self) { try CatalogueFile.parse(text: text, file: "catalogue.toml") }
        #expect(error.location.hasPrefix("line 2, column "))
    }
}

import Foundation
import Testing
import MarginConfig

/// Theme files as TOML: `key = "string"` pairs, errors naming the file and the key path or line.
/// (Whether keys are roles and values colours is checked by the Dashboard's `Theme(name:entries:file:)`.)
struct ThemeFileTests {
    func pairs(_ text: String, file: String = "themes/x.toml") throws -> [String] {
        try ThemeFile.entries(text: text, file: file).map { "\($0.key)=\($0.value)" }
    }

    @Test func readsTopLevelStringsSortedByKey() throws {
        #expect(try pairs("# a comment\ngain = \"#00ff00\"\nbar_start = \"#112233\" # trailing\n") == ["bar_start=#112233", "gain=#00ff00"])
        #expect(try pairs("") == [])
        // Values are passed on as written; validating them is the Dashboard's job.
        #expect(try pairs("gian = \"green\"") == ["gian=green"])
    }

    @Test func nonStringValueNamesKeyPath() {
        #expect(throws: ConfigError(file: "t.toml", location: "gain", message: "expected a colour string \"#RRGGBB\", got an integer")) {
            try ThemeFile.entries(text: "gain = 5", file: "t.toml")
        }
        #expect(throws: ConfigError(file: "t.toml", location: "colors", message: "expected a colour string \"#RRGGBB\", got a table")) {
            try ThemeFile.entries(text: "[colors]\ngain = \"#00ff00\"", file: "t.toml")
        }
        #expect(throws: ConfigError(file: "t.toml", location: "\"a b\"", message: "expected a colour string \"#RRGGBB\", got a boolean")) {
            try ThemeFile.entries(text: "\"a b\" = true", file: "t.toml")
        }
    }

    @Test func syntaxErrorNamesFileAndLine() {
        do {
            _ = try ThemeFile.entries(text: "text = \"#ffffff\"\ngain = ", file: "themes/x.toml")
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.file == "themes/x.toml")
            #expect(error.location.hasPrefix("line 2"), "\(error)")
            #expect(error.description.hasPrefix("themes/x.toml: line 2"))
        }
    }

    @Test func missingFileNamesPath() {
        #expect(throws: ConfigError(file: "/no/such/theme.toml", location: "", message: "no such file")) {
            try ThemeFile.read("/no/such/theme.toml")
        }
    }

    /// Every shipped theme parses, sets only `#RRGGBB` strings, and reads the same as the plain
    /// `key = "value"` lines DashboardTests' `BuiltinThemeFileTests` compares with the built-ins.
    @Test func shippedThemesParse() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".toml") }
        #expect(files.count >= 4)
        for name in files {
            let path = directory.appendingPathComponent(name).path
            let entries = try ThemeFile.read(path)
            #expect(entries.count == 16, "\(name)")
            #expect(entries.allSatisfy { $0.value.count == 7 && $0.value.hasPrefix("#") && $0.value.dropFirst().allSatisfy(\.isHexDigit) }, "\(name)")
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
                .map { line -> String in
                    let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    return "\(parts[0])=\(parts.count > 1 ? parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) : "")"
                }
            #expect(lines.sorted() == entries.map { "\($0.key)=\($0.value)" }, "\(name)")
        }
    }
}

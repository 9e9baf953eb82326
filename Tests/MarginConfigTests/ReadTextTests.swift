import Foundation
import Testing
@testable import MarginConfig

/// `PortfolioFile.readText`, shared by every file reader: bad UTF-8 is named by line and column.
struct ReadTextTests {
    @Test func invalidUTF8NamesLineAndColumn() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("xmargin-utf8-\(UUID().uuidString).toml").path
        try Data(Array("a = 1\nb = \"é".utf8) + [0xC3, 0x28, 0x22, 0x0A]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: ConfigError(file: path, location: "line 2, column 7", message: "not valid UTF-8 text")) {
            try PortfolioFile.readText(path)
        }
        #expect(throws: ConfigError(file: path, location: "line 2, column 7", message: "not valid UTF-8 text")) {
            try PortfolioFile.load(path: path)
        }
    }
}

import Foundation
import Testing
@testable import MarginConfig

/// Runs a checkout of toml-lang/toml-test (`TOML_TEST_DIR`, set by `scripts/toml-test DIR`): every
/// TOML 1.0 valid document must read to its tagged JSON, every invalid one must be rejected.
///
/// The suite is not part of the repository (and CI has no network), so the test only runs when
/// the variable is set. Files listed in `tests/files-toml-1.0.0` are run; without that list, all.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["TOML_TEST_DIR"] != nil))
struct TOMLComplianceSuiteTests {
    @Test func tomlTestSuite() throws {
        let root = try #require(ProcessInfo.processInfo.environment["TOML_TEST_DIR"])
        let tests = URL(fileURLWithPath: root).appendingPathComponent("tests")
        let files = try Self.listedFiles(tests)
        var valid = (passed: 0, total: 0)
        var invalid = (rejected: 0, total: 0)
        var failures: [String] = []
        for file in files {
            let url = tests.appendingPathComponent(file)
            let bytes = try [UInt8](Data(contentsOf: url))
            if file.hasPrefix("valid/") {
                valid.total += 1
                let expectedURL = url.deletingPathExtension().appendingPathExtension("json")
                do {
                    let expected = try TaggedJSON.table(fromJSON: try Data(contentsOf: expectedURL))
                    let actual = try TOMLDocument.parse(bytes: bytes)
                    if actual.isSameTable(as: expected) { valid.passed += 1 } else { failures.append("\(file): got \(actual), expected \(expected)") }
                } catch {
                    failures.append("\(file): \(error)")
                }
            } else if file.hasPrefix("invalid/") {
                invalid.total += 1
                if let table = try? TOMLDocument.parse(bytes: bytes) { failures.append("\(file): accepted as \(table)") } else { invalid.rejected += 1 }
            }
        }
        for failure in failures { print("FAIL \(failure)") }
        print("toml-test: valid \(valid.passed)/\(valid.total) passed, invalid \(invalid.rejected)/\(invalid.total) rejected")
        #expect(valid.total > 0 && invalid.total > 0)
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.first ?? "")")
    }

    /// The TOML 1.0 files of the suite (relative to `tests/`), sorted.
    static func listedFiles(_ tests: URL) throws -> [String] {
        let list = tests.appendingPathComponent("files-toml-1.0.0")
        if let text = try? String(contentsOf: list, encoding: .utf8) {
            return text.split(separator: "\n").map(String.init).filter { $0.hasSuffix(".toml") }.sorted()
        }
        let enumerator = FileManager.default.enumerator(atPath: tests.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".toml") { files.append(path) }
        }
        return files.sorted()
    }
}

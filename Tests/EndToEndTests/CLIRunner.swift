import Foundation

/// Runs the built `xmargin` binary for end-to-end tests.
///
/// The binary is looked up next to the running test bundle (SwiftPM puts products and test
/// bundles in the same directory) and then under `.build/debug` of the package root found from
/// `#filePath`. `swift test` builds the executable product with the tests.
enum CLIRunner {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var binary: URL? {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            var directory = URL(fileURLWithPath: first).deletingLastPathComponent()
            // Inside an .xctest bundle on macOS the binary sits in Contents/MacOS.
            while directory.path.contains(".xctest") { directory = directory.deletingLastPathComponent() }
            candidates.append(directory.appendingPathComponent("xmargin"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/xmargin"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String

        /// stdout parsed as a JSON object.
        func json() -> [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any] ?? [:]
        }
    }

    /// Runs `xmargin` with `arguments` from the package root.
    static func run(_ arguments: [String]) throws -> Output {
        guard let binary else { throw CLIError.missingBinary }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    enum CLIError: Error, CustomStringConvertible {
        case missingBinary
        var description: String { "xmargin binary not found next to the tests or in .build/debug: run `swift build` first" }
    }
}

/// Dictionary/array navigation for JSON assertions.
extension Dictionary where Key == String, Value == Any {
    func object(_ key: String) -> [String: Any] { self[key] as? [String: Any] ?? [:] }
    func array(_ key: String) -> [[String: Any]] { self[key] as? [[String: Any]] ?? [] }
    func number(_ key: String) -> Double { (self[key] as? NSNumber)?.doubleValue ?? .nan }
}

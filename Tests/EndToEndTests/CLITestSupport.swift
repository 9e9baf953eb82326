import Foundation
import Testing

/// Runs the built `xmargin` binary and captures its output.
enum CLI {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The executable built by `swift build`/`swift test`: next to the test bundle, else in .build.
    static func binary() -> String? {
        var candidates: [String] = []
        if let runner = CommandLine.arguments.first {
            var url = URL(fileURLWithPath: runner)
            for _ in 0..<5 {
                url = url.deletingLastPathComponent()
                candidates.append(url.appendingPathComponent("xmargin").path)
            }
        }
        for sub in [".build/debug/xmargin", ".build/release/xmargin"] {
            candidates.append(packageRoot.appendingPathComponent(sub).path)
        }
        return candidates.first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.isExecutableFile(atPath: path)
                && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let path = try #require(binary(), "xmargin binary not found; run swift build first")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }
}

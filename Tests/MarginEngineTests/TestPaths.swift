import Foundation

/// Paths relative to the package root, found from this file's location.
enum TestPaths {
    /// The package root (…/Tests/MarginEngineTests/TestPaths.swift → …).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A file in ../shared/data/real/ beside the package.
    static func sharedData(_ name: String) -> String {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/real/\(name)").path
    }
}

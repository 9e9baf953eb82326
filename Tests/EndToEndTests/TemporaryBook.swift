import Foundation

/// A portfolio file written for one test in its own temporary directory (removed by `remove()`).
struct TemporaryBook {
    let directory: URL
    let path: String

    init(name: String, text: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("xmargin-book-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        path = file.path
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

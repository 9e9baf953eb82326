import Foundation
import Testing
@testable import Dashboard

/// Compares `screen.render(plain:)` with `__Snapshots__/NAME.txt` next to this file.
/// A missing snapshot fails and is written, so a re-run after reviewing it passes;
/// `XMARGIN_RECORD_SNAPSHOTS=1` re-records every snapshot.
func assertSnapshot(_ screen: Screen, named name: String, plain: Bool = false,
                    filePath: StaticString = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: "\(filePath)").deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = directory.appendingPathComponent("\(name).txt")
    let actual = screen.render(plain: plain).joined(separator: "\n") + "\n"
    let record = ProcessInfo.processInfo.environment["XMARGIN_RECORD_SNAPSHOTS"] == "1"
    let existing = try? String(contentsOf: file, encoding: .utf8)
    if record || existing == nil {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        do { try actual.write(to: file, atomically: true, encoding: .utf8) } catch {
            Issue.record("could not write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
        }
        if existing == nil {
            Issue.record("snapshot \(name) was missing; recorded it at \(file.path): review it and re-run",
                         sourceLocation: sourceLocation)
        }
        return
    }
    if existing != actual {
        let expectedLines = (existing ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
        let detail = firstDifference.map { "line \($0.offset + 1):\n  expected: \($0.element.0)\n  actual:   \($0.element.1)" }
            ?? "line counts differ (\(expectedLines.count) vs \(actualLines.count))"
        Issue.record("snapshot \(name) differs (re-record with XMARGIN_RECORD_SNAPSHOTS=1)\n\(detail)",
                     sourceLocation: sourceLocation)
    }
}

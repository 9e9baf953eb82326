#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import MarketData

/// The tail's bad-row counter keeps counting across rotations and truncations, and each counted
/// row names the file and its line in the file it was read from.
@Suite("File tail bad rows across rotation")
struct FileTailRotationIssueTests {
    func row(_ number: Int) -> String { "\(number),BTC-PERPETUAL,\(100 + number % 7),,,,,,\n" }
    let badRow = "x,BTC-PERPETUAL,nope,,,,,,\n"

    @Test func badRowsCountedBeforeAndAfterRotation() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.file("feed.csv")
        let tail = FileTailSource(path: path)
        append(NativeTapeSpec.csvHeader + "\n" + row(1) + badRow, to: path)
        #expect(tail.readAvailable().map(\.timestampMicros) == [1])
        #expect(tail.issues.totalSkipped == 1)

        #expect(rename(path, directory.file("feed.csv.1")) == 0)
        append(NativeTapeSpec.csvHeader + "\n" + badRow + row(2), to: path)
        #expect(tail.readAvailable().map(\.timestampMicros) == [2])
        #expect(tail.rotationCount == 1)
        #expect(tail.issues.totalSkipped == 2)

        append(badRow + row(3) + badRow, to: path)
        #expect(tail.readAvailable().map(\.timestampMicros) == [3])
        #expect(tail.issues.totalSkipped == 4)
        #expect(tail.issues.firstErrors.map(\.lineNumber) == [3, 2, 4, 6])
        #expect(tail.issues.firstErrors.allSatisfy { $0.filePath == path })
    }

    @Test func badRowsCountedAfterTwoRotations() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.file("feed.csv")
        let tail = FileTailSource(path: path)
        var expected = 0
        for generation in 1...3 {
            append(row(generation * 10) + badRow, to: path)
            _ = tail.readAvailable()
            expected += 1
            #expect(tail.issues.totalSkipped == expected, "generation \(generation)")
            #expect(rename(path, directory.file("feed.csv.\(generation)")) == 0)
        }
        append(badRow + badRow + row(100), to: path)
        #expect(tail.readAvailable().map(\.timestampMicros) == [100])
        #expect(tail.issues.totalSkipped == expected + 2)
    }

    /// A rotated-in file from a restarted writer may start before the old file's last row: its
    /// rows are a new tape (as after a truncation), not out-of-order bad rows.
    @Test func rotationStartsANewTape() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.file("feed.csv")
        let tail = FileTailSource(path: path)
        append(row(50) + row(60), to: path)
        #expect(tail.readAvailable().map(\.timestampMicros) == [50, 60])
        #expect(rename(path, directory.file("feed.csv.1")) == 0)
        append(row(10) + badRow + row(20), to: path)
        #expect(tail.readAvailable().map(\.timestampMicros) == [10, 20])
        #expect(tail.issues.totalSkipped == 1)
        #expect(tail.issues.count(of: "out-of-order") == 0)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import MarketData

@Suite("File tail")
struct FileTailTests {
    func row(_ number: Int) -> String { "\(number),BTC-PERPETUAL,\(100 + number % 7),,,,,,\n" }

    @Test func partialLinesTruncationAndRotationInSequence() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.file("feed.csv")
        let tail = FileTailSource(path: path)
        #expect(tail.readAvailable().isEmpty)  // file does not exist yet: fine

        append(NativeTapeSpec.csvHeader + "\n" + row(1) + row(2), to: path)
        #expect(tail.readAvailable().map(\.timestampMicros) == [1, 2])

        let third = row(3)
        append(String(third.prefix(7)), to: path)                     // partial line
        #expect(tail.readAvailable().isEmpty)
        append(String(third.dropFirst(7)) + row(4), to: path)          // rest of it
        #expect(tail.readAvailable().map(\.timestampMicros) == [3, 4])

        #expect(truncate(path, 0) == 0)                                 // truncation
        append(row(5), to: path)
        #expect(tail.readAvailable().map(\.timestampMicros) == [5])
        #expect(tail.truncationCount == 1)

        append(row(6) + String(row(7).dropLast()), to: path)            // 7 lacks its newline…
        #expect(rename(path, directory.file("feed.csv.1")) == 0)       // …when the file is rotated
        append(row(8), to: path)
        #expect(tail.readAvailable().map(\.timestampMicros) == [6, 7, 8])
        #expect(tail.rotationCount == 1)

        append(row(9), to: directory.file("feed.csv.1"))                // old file: no longer followed
        append(row(10), to: path)
        #expect(tail.readAvailable().map(\.timestampMicros) == [10])
        #expect(tail.issues.totalSkipped == 0)
    }

    @Test func concurrentWriterEveryLineExactlyOnce() async throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.file("live.jsonl")
        let rotated = directory.file("live.jsonl.1")
        let lineCount = 2_000
        // The reader follows the file from before the writer starts (a rotation that happens
        // before anyone follows the file cannot be seen by any tail).
        append("", to: path)
        let tail = FileTailSource(path: path)
        var seen: [Int64] = tail.readAvailable().map(\.timestampMicros)
        let writer = Task.detached {
            for number in 1...lineCount {
                let line = "{\"t\":\(number),\"s\":\"ETH-USD\",\"index\":\(3000 + number % 11)}\n"
                if number % 3 == 0 {
                    let split = line.index(line.startIndex, offsetBy: 9)
                    append(String(line[..<split]), to: path)
                    append(String(line[split...]), to: path)
                } else {
                    append(line, to: path)
                }
                if number == lineCount / 2 { _ = rename(path, rotated) }
                if number % 200 == 0 { usleep(1000) }
            }
        }
        let deadline = Date().addingTimeInterval(5)
        while seen.count < lineCount, Date() < deadline {
            seen += tail.readAvailable().map(\.timestampMicros)
            usleep(200)
        }
        await writer.value
        seen += tail.readAvailable().map(\.timestampMicros)
        #expect(seen == (1...Int64(lineCount)).map { $0 })
        #expect(tail.rotationCount == 1)
        #expect(tail.issues.totalSkipped == 0)
    }

    @Test func startAtEndSkipsExistingContent() {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.write(NativeTapeSpec.csvHeader + "\n" + row(1), to: "feed.csv")
        let tail = FileTailSource(path: path, startAtEnd: true)
        #expect(tail.readAvailable().isEmpty)
        append(row(2), to: path)
        #expect(tail.readAvailableLines() == [row(2).trimmingCharacters(in: .newlines)])
    }

    @Test func tailSatisfiesPriceSource() {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.write("5,BTC-USD,,100,,,,,\n", to: "headerless.csv")
        var source: any PriceSource = FileTailSource(path: path)
        #expect((try? source.poll(atWall: 0, maximumCount: 10))?.count == 1)
        #expect(source.nextWakeupWallMicros(atWall: 0) == nil)
        #expect(!source.isFinished)
    }
}

import Foundation
import Testing
@testable import FuzzEntries

/// Every committed corpus file (`Fuzz/corpus/TARGET/*`) through its target's entry function: the
/// seeds and every crashing input the fuzzer found stay fixed in the ordinary suite.
@Suite struct CorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")

    static func files(of target: FuzzTarget) -> [URL] {
        let directory = corpus.appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().map { directory.appendingPathComponent($0) }
    }

    /// Every target, the TOML readers included (their own reader cannot abort: issue 13).
    static let runnable = FuzzTarget.allCases

    @Test(arguments: runnable)
    func committedCorpusPasses(_ target: FuzzTarget) throws {
        let files = Self.files(of: target)
        #expect(!files.isEmpty, "no corpus for \(target.rawValue)")
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: file))
            let problems = target.run(bytes)
            #expect(problems.isEmpty, "\(target.rawValue)/\(file.lastPathComponent): \(problems)")
        }
    }
}

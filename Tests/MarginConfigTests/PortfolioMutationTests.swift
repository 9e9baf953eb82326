import Testing
@testable import MarginConfig
import MarginEngine

/// Seeded byte mutations of the demo portfolio through every text reader: each gives a value or a
/// ``ConfigError`` (a trap would end the test process).
struct PortfolioMutationTests {
    @Test func mutatedDemoNeverTraps() {
        var random = SeededRandom(seed: 9)
        let demo = Array(DemoPortfolio.toml.utf8)
        let alphabet = Array("[]{}=.,\"'\\#\n -+_:019eEinfx%&~".utf8)
        var errors = 0
        for _ in 0..<800 {
            var bytes = demo
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let index = Int(random.next() % UInt64(bytes.count))
                let byte = alphabet[Int(random.next() % UInt64(alphabet.count))]
                if random.next() % 2 == 0 { bytes[index] = byte } else { bytes.insert(byte, at: index) }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            do {
                let document = try PortfolioFile.parse(text: text, file: "demo.toml")
                _ = try MarketBuilder.build(document.market, for: document.portfolio, at: 0, file: "demo.toml")
            } catch {
                errors += 1
                #expect(error.description.hasPrefix("demo.toml: "))
            }
            _ = try? MarksFile.parse(text: text, file: "marks.toml")
            _ = try? UserConfig.parse(text: text, file: "config.toml")
            _ = try? ThemeFile.entries(text: text, file: "theme.toml")
            _ = try? CatalogueFile.parse(text: text, file: "catalogue.toml")
        }
        #expect(errors > 0)
    }
}

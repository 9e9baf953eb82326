import Benchmarks
import MarginConfig
import MarginEngine
import MarketData
import RiskSession

/// A short random replay: the input seeds a small book (2–12 positions of the bench book: BTC/ETH
/// inverse, SOL/AVAX linear, options and futures; every mode, so isolated, cross and portfolio)
/// and is turned into a native CSV tape of its symbols (prices around the book's, some absurd,
/// timestamps some absurd), read like `replay` reads a tape (lenient, jump-checked against the
/// book's prices) and replayed through `RiskSession`; then a full snapshot. Every figure in it
/// must be finite or nil.
enum ReplayFuzz {
    /// The bundled catalogue with 500 ES scenarios instead of 10,000 (as `bench --scenarios`
    /// can): the same code paths, fast enough to fuzz.
    static let catalogue: Catalogue? = {
        guard var catalogue = try? CatalogueFile.bundled() else { return nil }
        catalogue.portfolioMargin.expectedShortfall.scenarioCount = 500
        return catalogue
    }()

    static func run(_ bytes: [UInt8]) -> [String] {
        guard let catalogue, bytes.count >= 2 else { return [] }
        var input = ByteInput(bytes)
        let seed = UInt64(input.byte()) << 8 | UInt64(input.byte())
        let book = BenchmarkBook(positions: 2 + Int(input.byte() % 11), seed: seed)
        let tape = RandomTape.text(book: book, input: &input)
        var problems: [String] = []
        do {
            let options = TapeReaderOptions(referencePrices: TapeReferencePrices(market: book.market))
            let reader = try TapeFileReader(bytes: Array(tape.utf8), name: "replay.csv", options: options)
            var session = try RiskSession(accounts: [book.account], market: book.market, catalogue: catalogue)
            var batch: [PriceEvent] = []
            while try reader.readBatch(into: &batch, maximumCount: 16) > 0 {
                for event in batch { TapeFuzz.check(event, problems: &problems) }
                do { try session.ingest(batch) } catch { problems.append("replay threw on accepted rows: \(error)") }
                batch.removeAll(keepingCapacity: true)
            }
            FiniteFigures.check(session.snapshot(.all), path: "snapshot", problems: &problems)
        } catch {
            problems.append("replay setup threw: \(error)")
        }
        return problems
    }
}

/// Reads an input byte by byte; 0 after the end.
struct ByteInput {
    let bytes: [UInt8]
    var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    var isAtEnd: Bool { offset >= bytes.count }
    mutating func byte() -> UInt8 {
        guard offset < bytes.count else { return 0 }
        defer { offset += 1 }
        return bytes[offset]
    }
}

import Foundation
@testable import MarginConfig
import MarginEngine

/// The published sample responses shipped in `examples/import/` (sources in its README).
enum ImportSamples {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/import")
    }

    static func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    static func load(_ names: String...) throws -> PortfolioDocument {
        try ExchangeImport.load(names.map(path))
    }
}

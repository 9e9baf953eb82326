import MarginEngine

/// Turns a tape's `MarketUpdate`s into the engine's `PriceUpdate`s.
///
/// Options are priced by the engine from implied vol and forward, so an option's own mark on a
/// tape is not used; a per-option forward (`underlying_price`, `futures_price`) becomes the forward
/// of the option's expiry (`BTC-27MAR26-90000-C` → `BTC-27MAR26`).
public struct EngineUpdateAdapter: Sendable {
    private var forwardSymbols: [String: String?] = [:]

    public init() {}

    /// Appends the engine updates for `updates` to `output`.
    public mutating func append(_ updates: [MarketUpdate], to output: inout [PriceUpdate]) {
        for update in updates {
            switch update {
            case .index(let underlying, let usd):
                output.append(.index(coin: underlying, usd: usd))
            case .mark(let instrument, let usd):
                if !Self.isOption(instrument) { output.append(.mark(symbol: instrument, usd: usd)) }
            case .iv(let instrument, let fraction):
                output.append(.impliedVol(symbol: instrument, vol: fraction))
            case .forward(let instrument, let usd):
                if let symbol = forwardSymbol(of: instrument) { output.append(.forward(symbol: symbol, usd: usd)) }
            }
        }
    }

    static func isOption(_ name: String) -> Bool { name.hasSuffix("-C") || name.hasSuffix("-P") }

    mutating func forwardSymbol(of instrument: String) -> String? {
        if let cached = forwardSymbols[instrument] { return cached }
        let symbol = (try? InstrumentParser.parse(instrument))?.forwardSymbol
        forwardSymbols[instrument] = symbol
        return symbol
    }
}

import MarginEngine

/// Prices as given in a portfolio's or marks file's `[marks]`, `[iv]` and `[forwards]` tables,
/// before options are resolved to implied vols.
public struct MarketInputs: Sendable, Equatable {
    /// Valuation time from `as_of`, µs UTC; nil when the file gives none.
    public var asOfMicros: Int64?
    /// Index per coin (from `"BTC-USD"` keys), USD.
    public var indexUSD: [String: Double] = [:]
    /// Marks per instrument name: USD, except inverse options in coin.
    public var marks: [String: Double] = [:]
    /// Implied vols per option, fraction.
    public var impliedVols: [String: Double] = [:]
    /// Forwards per expiry symbol (`BTC-27MAR26`), USD.
    public var forwardsUSD: [String: Double] = [:]

    public init() {}

    /// These inputs with `other` laid over them (other wins symbol by symbol).
    public func overlaid(with other: MarketInputs) -> MarketInputs {
        var result = self
        result.asOfMicros = other.asOfMicros ?? asOfMicros
        result.indexUSD.merge(other.indexUSD) { _, new in new }
        result.marks.merge(other.marks) { _, new in new }
        result.impliedVols.merge(other.impliedVols) { _, new in new }
        result.forwardsUSD.merge(other.forwardsUSD) { _, new in new }
        return result
    }

    static let keys = ["as_of", "marks", "iv", "forwards"]

    /// Reads `as_of`, `[marks]`, `[iv]`, `[forwards]` from a file's top level; prices must be
    /// within ``MarginBounds/maxPrice``.
    static func parse(_ node: TOMLNode) throws(ConfigError) -> MarketInputs {
        var inputs = MarketInputs()
        inputs.asOfMicros = try node.optionalTimestamp("as_of")
        if let marks = try node.optionalTable("marks") {
            for symbol in marks.keys {
                let price = try marks.positive(symbol)
                try marks.checkMagnitude(price, key: symbol, limit: MarginBounds.maxPrice)
                if symbol.hasSuffix("-USD") {
                    inputs.indexUSD[String(symbol.dropLast(4))] = price
                } else {
                    do { _ = try InstrumentParser.parse(symbol) } catch { throw marks.error(symbol, error.description) }
                    inputs.marks[symbol] = price
                }
            }
        }
        if let vols = try node.optionalTable("iv") {
            for symbol in vols.keys {
                let vol = try vols.positive(symbol)
                guard vol < 20 else { throw vols.error(symbol, "implied vol is a fraction (0.55 = 55%), got \(vol)") }
                do {
                    guard try InstrumentParser.parse(symbol).isOption else { throw vols.error(symbol, "not an option") }
                } catch let error as InstrumentNameError {
                    throw vols.error(symbol, error.description)
                } catch let error as ConfigError {
                    throw error
                } catch {
                    throw vols.error(symbol, "\(error)")
                }
                inputs.impliedVols[symbol] = vol
            }
        }
        if let forwards = try node.optionalTable("forwards") {
            for symbol in forwards.keys {
                let forward = try forwards.positive(symbol)
                try forwards.checkMagnitude(forward, key: symbol, limit: MarginBounds.maxPrice)
                inputs.forwardsUSD[symbol] = forward
            }
        }
        return inputs
    }
}

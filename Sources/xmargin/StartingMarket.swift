import MarginConfig
import MarginEngine
import MarketData

/// The market a session starts from, the same for `watch` and `replay`: the portfolio file's
/// marks with the feed's first event laid over them, at that event's time (or `fallbackMicros`).
enum StartingMarket {
    static func build(_ document: PortfolioDocument, portfolio: Portfolio, first: PriceEvent?, fallbackMicros: Int64,
                      file: String) throws -> MarketState {
        var mapper = PriceUpdateMapper(relevantTo: nil)
        let inputs = document.market.overlaying(first.map { mapper.updates(for: $0) } ?? [])
        return try MarketBuilder.build(inputs, for: portfolio, at: first?.timestampMicros ?? fallbackMicros, file: file)
    }

    /// The prices a tape's first row of each symbol is jump-checked against: the portfolio
    /// file's marks and index prices (USD), symbols mapped as the replay maps them.
    static func referencePrices(_ document: PortfolioDocument, symbolMap: SymbolMap) -> TapeReferencePrices {
        TapeReferencePrices(marksUSD: document.market.marks, indexUSD: document.market.indexUSD, symbolMap: symbolMap)
    }
}

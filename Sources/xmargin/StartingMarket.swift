import MarginConfig
import MarginEngine
import MarketData

/// The market a session starts from, the same for `watch` and `replay`: the portfolio file's
/// marks with the feed's first event laid over them, at that event's time (or `fallbackMicros`).
enum StartingMarket {
    static func build(_ document: PortfolioDocument, portfolio: Portfolio, first: PriceEvent?, fallbackMicros: Int64,
                      file: String) throws -> MarketState {
        var inputs = document.market
        if let first {
            var mapper = PriceUpdateMapper(relevantTo: nil)
            for update in mapper.updates(for: first) {
                switch update {
                case .index(let coin, let usd): inputs.indexUSD[coin] = usd
                case .mark(let symbol, let usd): inputs.marks[symbol] = usd
                case .impliedVol(let symbol, let vol): inputs.impliedVols[symbol] = vol
                case .forward(let symbol, let usd): inputs.forwardsUSD[symbol] = usd
                }
            }
        }
        return try MarketBuilder.build(inputs, for: portfolio, at: first?.timestampMicros ?? fallbackMicros, file: file)
    }
}

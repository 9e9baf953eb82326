import MarginEngine

extension MarketInputs {
    /// These inputs with a feed's updates laid over them (the starting market of a session: the
    /// portfolio file's marks overlaid with the tape's first event, before `MarketBuilder` derives
    /// forwards and defaults).
    public func overlaying(_ updates: [PriceUpdate]) -> MarketInputs {
        var inputs = self
        for update in updates {
            switch update {
            case .index(let coin, let usd): inputs.indexUSD[coin] = usd
            case .mark(let symbol, let usd): inputs.marks[symbol] = usd
            case .impliedVol(let symbol, let vol): inputs.impliedVols[symbol] = vol
            case .forward(let symbol, let usd): inputs.forwardsUSD[symbol] = usd
            }
        }
        return inputs
    }
}

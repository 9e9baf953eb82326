extension PortfolioMarginSession {
    /// Incremental tick of several underlyings that moved at one tape moment: each one's risk
    /// matrix, liquidity add-on and ES grid values, then one tail — the figures
    /// `tick(underlying:market:)` called for each in turn would end with, at one tail's cost.
    public mutating func tick(underlyings coins: [String], market: MarketState) throws(MarginError) -> PortfolioMarginFigures {
        if coins.count == 1 { return try tick(underlying: coins[0], market: market) }
        self.market = market
        var moved = false
        for coin in coins {
            guard let index = book.underlyings.firstIndex(where: { $0.coin == coin }) else { continue }
            try book.update(underlying: index, from: market)
            revalue(underlying: index)
            moved = true
        }
        if moved {
            try finish()
        } else {
            figures.equityUSD = try book.equityUSD(market: market)
            figures.utilization = StandardMargin.utilization(maintenance: figures.maintenanceMarginUSD, equity: figures.equityUSD)
        }
        return figures
    }
}

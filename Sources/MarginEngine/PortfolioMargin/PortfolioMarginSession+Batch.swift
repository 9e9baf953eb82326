extension PortfolioMarginSession {
    /// Incremental tick of several underlyings that moved at one tape moment: each one's risk
    /// matrix, liquidity add-on and ES column, then one re-sum of the tail — the figures
    /// `tick(underlying:market:)` called for each in turn would end with, at one tail's cost.
    public mutating func tick(underlyings coins: [String], market: MarketState) throws(MarginError) -> PortfolioMarginFigures {
        if coins.count == 1 { return try tick(underlying: coins[0], market: market) }
        self.market = market
        // ES columns are revalued together after the loop (one fused pass over the scenarios,
        // the same numbers as one revalue per underlying); on an error, the ones already read are
        // revalued first, as the one-by-one order left them.
        var moved: [Int] = []
        for coin in coins {
            guard let index = book.underlyings.firstIndex(where: { $0.coin == coin }) else { continue }
            do {
                try book.update(underlying: index, from: market)
            } catch {
                engine.revalue(moved.map { book.underlyings[$0] })
                throw error
            }
            riskMatrices[index] = riskMatrix(for: book.underlyings[index])
            liquidityByUnderlying[index] = liquidity(for: book.underlyings[index])
            moved.append(index)
        }
        engine.revalue(moved.map { book.underlyings[$0] })
        if !moved.isEmpty {
            try finish()
        } else {
            figures.equityUSD = try book.equityUSD(market: market)
            figures.utilization = StandardMargin.utilization(maintenance: figures.maintenanceMarginUSD, equity: figures.equityUSD)
        }
        return figures
    }
}

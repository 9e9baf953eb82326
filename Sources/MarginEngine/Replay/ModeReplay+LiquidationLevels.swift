extension ModeReplay {
    /// This mode's liquidation levels (DESIGN §6) on its own book as it stands: isolated per
    /// position, cross on the standard sums, portfolio on the risk-based model (equity reaching
    /// portfolio MM). A portfolio replay built with a custom margin measure has none.
    public func liquidationLevels() throws(MarginError) -> LiquidationLevels {
        var book = self.book
        switch statistics.mode {
        case .isolated: return try book.liquidationLevels(isolated: true)
        case .cross: return try book.liquidationLevels(isolated: false)
        case .portfolio:
            guard let session else {
                return LiquidationLevels(underlyings: [], positions: Array(repeating: nil, count: book.account.positions.count))
            }
            return session.liquidationLevels()
        }
    }
}

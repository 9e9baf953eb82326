/// A book as struct-of-arrays grouped by underlying (DESIGN §11): what the risk matrix and ES loops
/// read. Positions in the same instrument are netted (offsets across accounts of a group are real);
/// `positions` maps each original position back to its instrument for attribution.
struct PortfolioBook: Sendable {
    /// One original position: where its instrument sits, its size and entry.
    struct PositionRef: Sendable {
        var underlying: Int
        /// `.delta1` index into the underlying's linear arrays, `.option` into its option arrays,
        /// `.spot` (no risk-matrix/ES exposure; equity only).
        var kind: Kind
        var slot: Int
        var size: Double
        var entry: Double
        enum Kind: Sendable { case delta1, option, spot }
    }

    var underlyings: [UnderlyingBook]
    var positions: [PositionRef]
    /// Collateral balances (coin, amount, haircut); equity only.
    var collateral: [(coin: String, amount: Double, haircut: Double)]
    var timestampMicros: Int64

    /// Builds the book of `account` at `market`; prices missing or invalid are errors naming the symbol.
    init(account: Account, market: MarketState, catalogue: Catalogue) throws(MarginError) {
        timestampMicros = market.timestampMicros
        var books: [UnderlyingBook] = []
        var bookIndex: [String: Int] = [:]
        var refs: [PositionRef] = []
        for position in account.positions {
            let instrument = position.instrument
            guard position.size.isFinite, position.entryPrice.isFinite, position.entryPrice >= 0 else {
                throw .invalidPosition(instrument: instrument.name, reason: "size and entry must be finite, entry ≥ 0")
            }
            let u: Int
            if let existing = bookIndex[instrument.underlying] {
                u = existing
            } else {
                u = books.count
                bookIndex[instrument.underlying] = u
                books.append(UnderlyingBook(coin: instrument.underlying))
            }
            let kind: PositionRef.Kind
            let slot: Int
            switch instrument.kind {
            case .spot:
                kind = .spot
                slot = 0
                books[u].spotHaircut = catalogue.haircut(for: instrument.underlying)
            case .perpetual, .future:
                kind = .delta1
                slot = books[u].addDelta1(instrument, size: position.size)
            case .option:
                kind = .option
                slot = books[u].addOption(instrument, size: position.size)
            }
            refs.append(PositionRef(underlying: u, kind: kind, slot: slot, size: position.size, entry: position.entryPrice))
        }
        // Collateral coins with no positions still need an index for equity.
        collateral = account.collateral.map { ($0.coin, $0.amount, catalogue.haircut(for: $0.coin)) }
        underlyings = books
        positions = refs
        for index in underlyings.indices { try underlyings[index].update(from: market) }
    }

    /// Re-reads one underlying's prices from `market` (an incremental tick).
    mutating func update(underlying index: Int, from market: MarketState) throws(MarginError) {
        timestampMicros = market.timestampMicros
        try underlyings[index].update(from: market)
    }

    /// Account equity (USD) with the book's current prices: collateral at index × (1 − haircut),
    /// futures uPnL, option values, spot at haircut value — the same rules as `PositionValuer`.
    func equityUSD(market: MarketState) throws(MarginError) -> Double {
        var total = 0.0
        for balance in collateral where balance.amount != 0 {
            guard let index = market.index(of: balance.coin) else { throw .missingIndex(coin: balance.coin, neededBy: "collateral") }
            total += balance.amount * index * (1 - balance.haircut)
        }
        for ref in positions { total += equityContributionUSD(ref) }
        return total
    }

    /// What one position adds to equity, USD.
    func equityContributionUSD(_ ref: PositionRef) -> Double {
        let book = underlyings[ref.underlying]
        switch ref.kind {
        case .spot:
            return ref.size * book.indexUSD * (1 - book.spotHaircut)
        case .delta1:
            let mark = book.linearMark[ref.slot]
            if book.linearInverse[ref.slot] {
                return ref.entry > 0 ? ref.size * (1 / ref.entry - 1 / mark) * book.indexUSD : 0
            }
            return ref.size * (mark - ref.entry)
        case .option:
            return ref.size * book.optionValueUSD(ref.slot)
        }
    }
}

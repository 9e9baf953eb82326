/// Closes all or part of a position at mark, settling into the account's collateral.
///
/// Realized PnL and the penalty settle in the instrument's settlement currency: the coin for
/// inverse contracts, USD(T/C) for linear ones. Closing at mark leaves equity unchanged before the
/// penalty: the uPnL (or option value) moves into collateral.
struct PositionCloser {
    var valuer: PositionValuer

    struct Outcome {
        var quantity: Double
        var price: Double
        var realizedPnlUSD: Double
        var penaltyUSD: Double
        /// Absolute notional closed, USD (the position's notional × the fraction closed).
        var notionalUSD: Double
        /// Collateral change in the settlement currency (realized − penalty, or the option premium).
        var settlementDelta: Double
        var settlementCoin: String
        var settlementPriceUSD: Double
    }

    /// Closes `fraction` (0…1] of position `index`; returns what happened without applying it.
    func outcome(of account: Account, index: Int, fraction: Double, market: MarketState,
                 penaltyRate: Double) throws(MarginError) -> Outcome {
        let position = account.positions[index]
        let value = try valuer.value(position, in: market)
        let instrument = position.instrument
        let closing = position.size * fraction
        let inverse = instrument.settlement == .inverse
        let coinPrice = inverse ? value.indexUSD : 1
        let penaltyUSD = value.notionalUSD * fraction * penaltyRate
        let realizedUSD = value.unrealizedPnlUSD * fraction
        let delta: Double
        if instrument.isOption {
            // Selling a long / buying back a short at mark moves its value into collateral.
            delta = (value.equityContributionUSD * fraction - penaltyUSD) / coinPrice
        } else {
            delta = (realizedUSD - penaltyUSD) / coinPrice
        }
        return Outcome(quantity: closing, price: value.mark, realizedPnlUSD: realizedUSD, penaltyUSD: penaltyUSD,
                       notionalUSD: value.notionalUSD * fraction, settlementDelta: delta, settlementCoin: instrument.settlementCurrency, settlementPriceUSD: coinPrice)
    }

    /// Applies an outcome: the position shrinks (or goes), collateral changes by `delta`.
    static func apply(_ outcome: Outcome, index: Int, fraction: Double, delta: Double, to account: inout Account) {
        if fraction >= 1 {
            account.positions.remove(at: index)
        } else {
            account.positions[index].size -= outcome.quantity
            if let margin = account.positions[index].isolatedMargin {
                account.positions[index].isolatedMargin = margin * (1 - fraction)
            }
        }
        if let slot = account.collateral.firstIndex(where: { $0.coin == outcome.settlementCoin }) {
            account.collateral[slot].amount += delta
        } else {
            account.collateral.append(CollateralBalance(coin: outcome.settlementCoin, amount: delta))
        }
    }
}

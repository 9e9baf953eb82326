import RealModule

/// Deribit's portfolio-margin risk matrix for one currency (DESIGN §5.3).
///
/// Sources: Deribit API `private/pme/simulate` and support article "Portfolio Margin"; vol shock
/// shape from Paradex's docs. PnL is in coin of the currency: inverse futures `q·s/(1+s)` with
/// q = N/mark; inverse options `V(F',σ')/F' − V/F` per contract; linear contracts' USD PnL is
/// converted at the current index.
///
/// - worst_case = max(0, largest loss) over price moves × {vol up, unchanged, down} and the
///   extended moves (vol up, weight min(1, range/|move|), futures clipped to ±range); gains of
///   each instrument count at `pnl_offset`.
/// - roll_shock = Σ |qᵢ|·max(annualised_move_risk·Tᵢ, min_annualised_move) over perps/futures.
/// - delta_shock (our formula; Deribit does not publish one): with D = |net delta|·index (USD),
///   `|net delta| · max_delta_shock · min(1, (D − threshold)/threshold)` when D > threshold, else 0.
/// - contingencies = short_option_contingency × Σ|short option contracts|.
/// - risk_matrix_margin = round(worst_case, 9) + roll + delta + contingencies (Deribit rounds the
///   worst case to 9 decimals before adding); MM = mm_factor × that. Both rounded to 1e-12 coin.
enum DeribitRiskMatrix {
    struct Result: Sendable {
        var report: CurrencyRiskMatrix
        /// Coin PnL per unit of size in the worst scenario (weight applied, offset not), per slot.
        var worstUnitPnLLinear: [Double]
        var worstUnitPnLOption: [Double]
    }

    static func round9(_ value: Double) -> Double { (value * 1e9).rounded() / 1e9 }
    static func round12(_ value: Double) -> Double { (value * 1e12).rounded() / 1e12 }

    /// σ√T per option for vol down, unchanged, up: option o's at `3o`, `3o + 1`, `3o + 2` (one
    /// array per tick). The term factor (a `pow`) depends only on days to expiry: it is computed
    /// once per distinct expiry, not per option.
    static func shockedSigmaRootT(_ book: UnderlyingBook, parameters p: RiskMatrixParameters) -> [Double] {
        let allYears = book.optionYears, vols = book.optionVol
        let n = min(allYears.count, vols.count)
        var shocked = [Double](repeating: 0, count: 3 * n)
        var memo = TermFactorMemo()
        for slot in 0..<n {
            let years = allYears[slot], vol = vols[slot]
            let days = years * 365
            let term = memo.factor(days: days, parameters: p)
            let rootT = years.squareRoot()
            shocked[3 * slot] = p.shockedVol(vol, termFactor: term, direction: -1) * rootT
            shocked[3 * slot + 1] = p.shockedVol(vol, termFactor: term, direction: 0) * rootT
            shocked[3 * slot + 2] = p.shockedVol(vol, termFactor: term, direction: 1) * rootT
        }
        return shocked
    }

    /// Per-unit-size coin PnL of every instrument in one scenario (its `move`, whether extended),
    /// with `prices[o]` option o's Black-76 price (USD per contract) in that scenario.
    static func unitPnL(_ book: UnderlyingBook, move: Double, extended: Bool, range: Double, prices: [Double],
                        linear: inout [Double], option: inout [Double]) {
        let clipped = extended ? min(max(move, -range), range) : move
        let index = book.indexUSD
        for slot in book.linearSize.indices where slot < linear.count {
            linear[slot] = book.linearInverse[slot] ? 1 / book.linearMark[slot] * clipped / (1 + clipped)
                : 1 * book.linearMark[slot] * clipped / index
        }
        let factor = 1 + move
        for slot in book.optionSize.indices where slot < option.count && slot < prices.count {
            let forward = book.optionForward[slot]
            let shifted = forward * factor
            let price = prices[slot]
            let base = book.optionBasePrice[slot]
            option[slot] = book.optionInverse[slot] ? price / shifted - base / forward : (price - base) / index
        }
    }

    /// Σ |q|·max(annualised_move_risk·T, min_annualised_move), q in coin.
    static func rollShock(_ book: UnderlyingBook, parameters p: RiskMatrixParameters) -> Double {
        var total = 0.0
        for slot in book.linearSize.indices {
            let coin = book.linearInverse[slot] ? abs(book.linearSize[slot]) / book.linearMark[slot] : abs(book.linearSize[slot])
            total += coin * max(p.annualisedMoveRisk * book.linearYears[slot], p.minAnnualisedMove)
        }
        return total
    }

    /// Futures coin-equivalent plus options' net transaction delta (Black-76 delta − coin price for
    /// inverse options, as Deribit's `delta_total`).
    static func netDeltaCoin(_ book: UnderlyingBook) -> Double {
        var total = 0.0
        for slot in book.linearSize.indices {
            total += book.linearInverse[slot] ? book.linearSize[slot] / book.linearMark[slot] : book.linearSize[slot]
        }
        for slot in book.optionSize.indices {
            let transaction = book.optionInverse[slot]
                ? book.optionBaseDelta[slot] - book.optionBasePrice[slot] / book.optionForward[slot] : book.optionBaseDelta[slot]
            total += book.optionSize[slot] * transaction
        }
        return total
    }
}

extension DerivePortfolioMargin {
    /// Margins an engine account as one Derive portfolio-margined subaccount.
    ///
    /// Mapping (Derive lists USDC-settled perps and options; one subaccount margins one market):
    /// - the market is the single underlying of the account's positions (more than one → throws:
    ///   Derive would need one subaccount per market);
    /// - USDC (and USD) balances are cash; other coins are collateral valued at their index, with the
    ///   haircuts of `parameters.collaterals` (a coin missing there throws); spot positions count as
    ///   collateral of their coin;
    /// - linear perps and futures: size in coin; inverse (coin-margined) perps and futures are sized
    ///   in USD, so their coin exposure is size / mark. All delta-one positions are summed into the
    ///   one perp Derive holds, at the underlying's perp mark (else index); unrealised PnL at the
    ///   mark (inverse: size·(1/entry − 1/mark)·mark USD) is its unsettled PnL; funding 0;
    /// - options, linear or inverse: 1 contract = 1 coin either way and the USD payoff is the same
    ///   (an inverse option pays max(S−K, 0)/S coin = max(S−K, 0) USD), so both map to a USDC option
    ///   of the same size at the market's implied vol and forward; the rate is 0 (the market state
    ///   has none), so the discount is 1;
    /// - every feed confidence is 1 and USDC is at its index (default 1).
    ///
    /// - Throws: `MarginError.missingIndex`, `.missingVol`, `.invalidPosition` (several markets, an
    ///   unaccepted collateral coin) and everything `margin(portfolio:parameters:)` throws.
    public static func margin(account: Account, market: MarketState,
                              parameters: DeriveMarginParameters) throws(MarginError) -> DeriveMarginResult {
        try margin(portfolio: portfolio(account: account, market: market), parameters: parameters)
    }

    /// The Derive portfolio an account maps to (see `margin(account:market:parameters:)`).
    public static func portfolio(account: Account, market: MarketState) throws(MarginError) -> DerivePortfolio {
        let derivatives = account.positions.filter { $0.instrument.kind != .spot }
        let underlyings = Array(Set(derivatives.map(\.instrument.underlying))).sorted()
        guard underlyings.count <= 1 else {
            throw .invalidPosition(instrument: account.name,
                                   reason: "Derive margins one market per subaccount; this account holds \(underlyings.joined(separator: ", "))")
        }
        let underlying = underlyings.first ?? account.collateral.first { !MarketState.stablecoins.contains($0.coin) }?.coin ?? "USDC"
        let spot = market.index(of: underlying) ?? 0
        if !derivatives.isEmpty, spot <= 0 {
            throw .missingIndex(coin: underlying, neededBy: derivatives[0].instrument.name)
        }
        let stable = market.index(of: "USDC") ?? 1
        var result = DerivePortfolio(market: underlying, stablePriceUSD: stable, spotPriceUSD: spot > 0 ? spot : 1)

        var collateral: [String: Double] = [:]
        var order: [String] = []
        func addCollateral(_ coin: String, _ amount: Double) {
            if coin == "USDC" || coin == "USD" {
                result.cashUSDC += amount
                return
            }
            if collateral[coin] == nil { order.append(coin) }
            collateral[coin, default: 0] += amount
        }
        for balance in account.collateral { addCollateral(balance.coin, balance.amount) }

        var perpSize = 0.0, perpPnL = 0.0
        var perpMark = spot
        var optionsByExpiry: [Int64: [DeriveOptionHolding]] = [:]
        var forwardByExpiry: [Int64: Double] = [:]
        var expiryOrder: [Int64] = []
        for position in account.positions {
            let instrument = position.instrument
            switch instrument.kind {
            case .spot:
                addCollateral(instrument.underlying, position.size)
            case .perpetual, .future:
                let mark = market.marksUSD[instrument.name] ?? spot
                guard mark.isFinite, mark > 0 else { throw .invalidPrice(symbol: instrument.name, value: mark) }
                if instrument.kind == .perpetual { perpMark = mark }
                switch instrument.settlement {
                case .linear:
                    perpSize += position.size
                    perpPnL += position.size * (mark - position.entryPrice)
                case .inverse:
                    perpSize += position.size / mark
                    if position.entryPrice > 0 { perpPnL += position.size * (1 / position.entryPrice - 1 / mark) * mark }
                }
            case .option(let expiry, let strike, let right):
                guard let vol = market.impliedVols[instrument.name] else { throw .missingVol(instrument: instrument.name) }
                guard let forward = market.forward(for: instrument) else {
                    throw .missingIndex(coin: instrument.underlying, neededBy: instrument.name)
                }
                if optionsByExpiry[expiry] == nil {
                    expiryOrder.append(expiry)
                    forwardByExpiry[expiry] = forward
                }
                optionsByExpiry[expiry, default: []].append(
                    DeriveOptionHolding(strikeUSD: strike, right: right, amount: position.size, vol: vol))
            }
        }
        if perpSize != 0 || perpPnL != 0 {
            result.perp = DerivePerpHolding(size: perpSize, markPriceUSD: perpMark, unrealisedPnLUSD: perpPnL)
        }
        for coin in order {
            guard let price = market.index(of: coin) else { throw .missingIndex(coin: coin, neededBy: "collateral") }
            result.collaterals.append(DeriveCollateralHolding(asset: coin, amount: collateral[coin] ?? 0, priceUSD: price))
        }
        for expiry in expiryOrder {
            let seconds = max(0, Double(expiry - market.timestampMicros) / 1_000_000)
            result.expiries.append(DeriveExpiry(secondsToExpiry: seconds, forwardUSD: forwardByExpiry[expiry] ?? spot,
                                                options: optionsByExpiry[expiry] ?? []))
        }
        return result
    }
}

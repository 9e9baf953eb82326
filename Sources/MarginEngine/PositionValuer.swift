/// Values single positions: PnL (DESIGN §3), Black-76 (§4) and the catalogue's schedules (§5.2).
public struct PositionValuer: Sendable {
    public var catalogue: Catalogue

    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    /// Values `position` at `market`.
    public func value(_ position: Position, in market: MarketState) throws(MarginError) -> PositionValuation {
        let instrument = position.instrument
        guard position.size.isFinite, position.entryPrice.isFinite, position.entryPrice >= 0 else {
            throw .invalidPosition(instrument: instrument.name, reason: "size and entry must be finite, entry ≥ 0")
        }
        guard let index = market.index(of: instrument.underlying), index.isFinite, index > 0 else {
            throw .missingIndex(coin: instrument.underlying, neededBy: instrument.name)
        }
        let schedule = try catalogue.schedule(for: instrument)
        switch instrument.kind {
        case .spot:
            return value(position, schedule: schedule, indexUSD: index, markUSD: index, forwardUSD: index, vol: 0, years: 0)
        case .perpetual, .future:
            let mark = market.marksUSD[instrument.name] ?? index
            guard mark.isFinite, mark > 0 else { throw .invalidPrice(symbol: instrument.name, value: mark) }
            let years = instrument.expiryMicros.map { max(0, UTCTime.yearsBetween(market.timestampMicros, $0)) } ?? 0
            return value(position, schedule: schedule, indexUSD: index, markUSD: mark, forwardUSD: mark, vol: 0, years: years)
        case .option(let expiry, _, _):
            guard let vol = market.impliedVols[instrument.name], vol.isFinite, vol >= 0 else {
                throw .missingVol(instrument: instrument.name)
            }
            guard let forward = market.forward(for: instrument), forward.isFinite, forward > 0 else {
                throw .missingIndex(coin: instrument.underlying, neededBy: instrument.name)
            }
            let years = max(0, UTCTime.yearsBetween(market.timestampMicros, expiry))
            return value(position, schedule: schedule, indexUSD: index, markUSD: forward, forwardUSD: forward, vol: vol, years: years)
        }
    }

    /// Values a position from already-resolved inputs (the fast path for replays: no lookups).
    ///
    /// - Parameters: `indexUSD` of the underlying; `markUSD` of a perp/future (ignored otherwise);
    ///   `forwardUSD` and `vol` (fraction) for options; `years` to expiry (ACT/365).
    @inlinable
    public func value(_ position: Position, schedule: MarginSchedule, indexUSD index: Double, markUSD mark: Double,
                      forwardUSD forward: Double, vol: Double, years: Double) -> PositionValuation {
        switch position.instrument.kind {
        case .spot:
            return spot(position, index: index)
        case .perpetual, .future:
            return future(position, mark: mark, index: index, years: years, schedule: schedule)
        case .option(_, let strike, let right):
            return option(position, strike: strike, right: right, forward: forward, index: index, vol: vol,
                          years: years, schedule: schedule)
        }
    }

    @usableFromInline func spot(_ position: Position, index: Double) -> PositionValuation {
        let haircut = catalogue.haircut(for: position.instrument.underlying)
        return PositionValuation(
            mark: index, indexUSD: index, forwardUSD: index, notionalUSD: abs(position.size) * index,
            unrealizedPnlUSD: position.size * (index - position.entryPrice),
            equityContributionUSD: position.size * index * (1 - haircut), deltaCoin: position.size,
            gamma: 0, vegaUSD: 0, thetaUSD: 0, initialMarginUSD: 0, maintenanceMarginUSD: 0, impliedVol: 0,
            yearsToExpiry: 0)
    }

    @usableFromInline func future(_ position: Position, mark: Double, index: Double, years: Double,
                        schedule: MarginSchedule) -> PositionValuation {
        let size = position.size
        let inverse = position.instrument.settlement == .inverse
        let notional = inverse ? abs(size) : abs(size) * mark
        let pnl: Double
        let delta: Double
        if inverse {
            // Coin PnL N·(1/entry − 1/mark), converted at the index.
            let entry = position.entryPrice
            pnl = entry > 0 ? size * (1 / entry - 1 / mark) * index : 0
            delta = size / mark
        } else {
            pnl = size * (mark - position.entryPrice)
            delta = size
        }
        let (im, mm) = futureMargins(position: position, schedule: schedule, notionalUSD: notional, price: mark)
        return PositionValuation(
            mark: mark, indexUSD: index, forwardUSD: mark, notionalUSD: notional, unrealizedPnlUSD: pnl,
            equityContributionUSD: pnl, deltaCoin: delta, gamma: 0, vegaUSD: 0, thetaUSD: 0,
            initialMarginUSD: im, maintenanceMarginUSD: mm, impliedVol: 0, yearsToExpiry: years)
    }

    /// IM and MM in USD of a perpetual/future position of absolute notional `notionalUSD` at `price`.
    public func futureMargins(position: Position, schedule: MarginSchedule, notionalUSD: Double,
                              price: Double) -> (initial: Double, maintenance: Double) {
        switch schedule {
        case .binanceTiers(let tiers):
            let leverage = position.leverage ?? catalogue.defaultLeverage
            return (tiers.initialMarginUSD(notionalUSD: notionalUSD, leverage: leverage),
                    tiers.maintenanceMarginUSD(notionalUSD: notionalUSD))
        case .deribitFuture(let rule):
            let sizeCoin = notionalUSD / price
            return (notionalUSD * rule.initialRate(sizeCoin: sizeCoin), notionalUSD * rule.maintenanceRate(sizeCoin: sizeCoin))
        case .hyperliquid(let tiers):
            let leverage = position.leverage ?? catalogue.defaultLeverage
            return (tiers.initialMarginUSD(notionalUSD: notionalUSD, leverage: leverage),
                    tiers.maintenanceMarginUSD(notionalUSD: notionalUSD))
        case .dydx(let market):
            return (market.initialMarginUSD(notionalUSD: notionalUSD), market.maintenanceMarginUSD(notionalUSD: notionalUSD))
        case .deribitOption, .none:
            return (0, 0)
        }
    }

    @usableFromInline func option(_ position: Position, strike: Double, right: OptionRight, forward: Double, index: Double,
                        vol: Double, years: Double, schedule: MarginSchedule) -> PositionValuation {
        let size = position.size
        let greeks = Black76.evaluate(forward: forward, strike: strike, years: years, vol: vol, right: right)
        let inverse = position.instrument.settlement == .inverse
        // Deribit's coin price = USD price / forward; coin amounts are converted at the index.
        let markCoin = greeks.priceUSD / forward
        let mark = inverse ? markCoin : greeks.priceUSD
        let valueUSD = inverse ? size * markCoin * index : size * greeks.priceUSD
        let pnl = inverse ? size * (markCoin - position.entryPrice) * index : size * (greeks.priceUSD - position.entryPrice)
        var im = 0.0, mm = 0.0
        if size < 0, case .deribitOption(let rule) = schedule {
            // The schedule's "mark" is in coin: Deribit's USD/forward for inverse options, USD/index
            // for linear ones (so that coin × index is the USD price).
            let perContract = rule.marginPerContract(right: right, strikeUSD: strike, indexUSD: index,
                                                     markCoin: inverse ? markCoin : greeks.priceUSD / index)
            im = perContract.initialCoin * abs(size) * index
            mm = perContract.maintenanceCoin * abs(size) * index
        }
        return PositionValuation(
            mark: mark, indexUSD: index, forwardUSD: forward, notionalUSD: abs(size) * index,
            unrealizedPnlUSD: pnl, equityContributionUSD: valueUSD, deltaCoin: size * greeks.delta,
            gamma: size * greeks.gamma, vegaUSD: size * greeks.vega, thetaUSD: size * greeks.theta,
            initialMarginUSD: im, maintenanceMarginUSD: mm, impliedVol: vol, yearsToExpiry: years)
    }
}

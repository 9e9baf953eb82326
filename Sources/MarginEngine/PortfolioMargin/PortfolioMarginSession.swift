/// Portfolio margin of one account (or a cross-margined group of accounts) with incremental
/// recomputation (DESIGN §5.3, §11).
///
/// Build it once for a book, market and history; `tick(underlying:market:)` then re-reads only
/// that underlying's prices and recomputes its risk matrix and ES column; `report()` gives the
/// full report. Portfolio MM = max(risk-matrix MM, ES MM) + liquidity add-on; IM likewise.
///
/// ```swift
/// var session = try PortfolioMarginSession(account: account, market: market, catalogue: catalogue, history: nil)
/// let figures = try session.tick(underlying: "BTC", market: newMarket)   // cheap
/// let report = try session.report()                                      // with lines and attribution
/// ```
public struct PortfolioMarginSession: Sendable {
    public let catalogue: Catalogue
    public let accounts: [Account]
    public let name: String
    public internal(set) var market: MarketState
    public private(set) var scenarios: ScenarioSet
    var book: PortfolioBook
    var engine: ExpectedShortfallEngine
    var riskMatrices: [DeribitRiskMatrix.Result]
    public private(set) var draws: MonteCarloDraws?
    /// Account name of each position of the combined book.
    let positionAccounts: [String]
    /// The session's live daily covariance (`LiveVolatility`), overriding the history's or the
    /// catalogue's; nil: none applied.
    public private(set) var liveCovariance: [[Double]]?
    let history: ReturnHistory?
    public internal(set) var figures: PortfolioMarginFigures
    var tailStatistics: TailStatistics
    /// Liquidity add-on per underlying (USD), recomputed for the underlying that ticks.
    var liquidityByUnderlying: [Double] = []
    /// Per underlying, its risk-matrix scenarios at the current daily vol (`matrixScan(_:)`).
    var matrixScans: [DeribitRiskMatrix.Scan?] = []
    /// True: a tick of an underlying with at least `concurrentOptionCount` options computes its
    /// risk matrix and ES grid values on this thread and a helper thread (`ChunkRunner`), with
    /// the same figures bit for bit. For a front end that owns a second core (the live
    /// dashboard); leave it false where accounts or modes already run on every core.
    public var concurrentTicks = false
    /// Fewest options in a ticking underlying for `concurrentTicks` to split its work.
    public static let concurrentOptionCount = 32

    /// One account alone.
    public init(account: Account, market: MarketState, catalogue: Catalogue, history: ReturnHistory?) throws(MarginError) {
        try self.init(accounts: [account], name: account.name, market: market, catalogue: catalogue, history: history)
    }

    /// Several accounts margined as one group: collateral pooled, positions netted by instrument.
    /// - Parameter draws: Monte Carlo draws from an earlier session to reuse (they are used only
    ///   when they match the seed, count and dimension; otherwise new ones are made).
    public init(accounts: [Account], name: String, market: MarketState, catalogue: Catalogue,
                history: ReturnHistory?, draws reusedDraws: MonteCarloDraws? = nil,
                liveCovariance: [[Double]]? = nil) throws(MarginError) {
        guard !accounts.isEmpty else { throw .noAccounts }
        self.history = history
        self.liveCovariance = liveCovariance
        self.catalogue = catalogue
        self.accounts = accounts
        self.name = name
        self.market = market
        let combined = accounts.count == 1 ? accounts[0] : Portfolio(accounts: accounts).combinedAccount(name: name)
        positionAccounts = accounts.flatMap { account in account.positions.map { _ in account.name } }
        book = try PortfolioBook(account: combined, market: market, catalogue: catalogue)
        for index in book.underlyings.indices { book.underlyings[index].loadDailyVolumes(catalogue.portfolioMargin.liquidity) }
        var draws: MonteCarloDraws? = reusedDraws
        let pm = catalogue.portfolioMargin
        scenarios = ScenarioGenerator.scenarios(underlyings: book.underlyings.map(\.coin).sorted(), history: history,
                                                settings: pm.expectedShortfall, defaults: pm.marketDefaults, draws: &draws,
                                                liveCovariance: liveCovariance)
        self.draws = draws
        engine = ExpectedShortfallEngine(scenarios: scenarios, settings: pm.expectedShortfall)
        riskMatrices = []
        tailStatistics = TailStatistics(valueAtRiskUSD: 0, expectedShortfallUSD: 0, tailIndices: [])
        figures = PortfolioMarginFigures(equityUSD: 0, initialMarginUSD: 0, maintenanceMarginUSD: 0, utilization: 0,
                                         riskMatrixInitialMarginUSD: 0, riskMatrixMaintenanceMarginUSD: 0,
                                         esMaintenanceMarginUSD: 0, esInitialMarginUSD: 0, liquidityAddOnUSD: 0,
                                         varUSD: 0, esUSD: 0, binding: .riskMatrix)
        try recomputeAll()
    }

    /// Replaces the daily covariance of the scenarios' underlyings (rows in `scenarios.underlyings`
    /// order) with the session's live estimate: new ES scenarios and scan ranges, everything
    /// recomputed (the history's filtered returns, when used, are rescaled to the live vols).
    public mutating func updateCovariance(_ dailyCovariance: [[Double]]) throws(MarginError) {
        guard dailyCovariance.count == scenarios.underlyings.count else { return }
        liveCovariance = dailyCovariance
        let pm = catalogue.portfolioMargin
        scenarios = ScenarioGenerator.scenarios(underlyings: scenarios.underlyings, history: history,
                                                settings: pm.expectedShortfall, defaults: pm.marketDefaults, draws: &draws,
                                                liveCovariance: dailyCovariance)
        engine = ExpectedShortfallEngine(scenarios: scenarios, settings: pm.expectedShortfall)
        try recomputeAll()
    }

    /// Replaces the history (new scenarios, e.g. at a day boundary) and recomputes everything.
    public mutating func updateHistory(_ history: ReturnHistory?) throws(MarginError) {
        let pm = catalogue.portfolioMargin
        scenarios = ScenarioGenerator.scenarios(underlyings: scenarios.underlyings, history: history,
                                                settings: pm.expectedShortfall, defaults: pm.marketDefaults, draws: &draws,
                                                liveCovariance: liveCovariance)
        engine = ExpectedShortfallEngine(scenarios: scenarios, settings: pm.expectedShortfall)
        try recomputeAll()
    }

    /// Full recompute at `market` (all underlyings re-read, every risk matrix and ES lane redone).
    /// - Parameter freshTail: true: the ES tail by a pass over every scenario, and new candidates
    ///   chosen; false: from the current candidates when their bound holds (the same figures bit for
    ///   bit, `ExpectedShortfallEngine.tail()`), as a replay's periodic re-read of every underlying
    ///   at the tape's time does.
    public mutating func recompute(market: MarketState, freshTail: Bool = true) throws(MarginError) -> PortfolioMarginFigures {
        self.market = market
        for index in book.underlyings.indices { try book.update(underlying: index, from: market) }
        try recomputeAll(freshTail: freshTail)
        return figures
    }

    /// Incremental tick: `underlying`'s prices (index, marks, forwards, IVs) changed in `market`.
    /// Recomputes that currency's risk matrix and ES column, re-sums, and returns the totals.
    public mutating func tick(underlying coin: String, market: MarketState) throws(MarginError) -> PortfolioMarginFigures {
        self.market = market
        guard let index = book.underlyings.firstIndex(where: { $0.coin == coin }) else {
            figures.equityUSD = try book.equityUSD(market: market)
            figures.utilization = StandardMargin.utilization(maintenance: figures.maintenanceMarginUSD, equity: figures.equityUSD)
            return figures
        }
        try book.update(underlying: index, from: market)
        revalue(underlying: index)
        try finish()
        return figures
    }

    /// Recomputes underlying `index`'s risk matrix, liquidity add-on and ES grid values from its
    /// book — with `concurrentTicks` and a book of at least `concurrentOptionCount` options, the
    /// first and the last as chunks on two cores (`ChunkRunner`), the same bit for bit.
    mutating func revalue(underlying index: Int) {
        let underlying = book.underlyings[index]  // one copy for the readers below
        liquidityByUnderlying[index] = liquidity(for: underlying)
        guard concurrentTicks, underlying.optionSize.count >= Self.concurrentOptionCount,
              let grid = engine.grid(for: underlying) else {
            riskMatrices[index] = riskMatrix(index)
            engine.revalue(underlying)
            return
        }
        var matrix = riskMatrixPlan(index, chunked: true)
        var values = GridValues(zeroedFor: underlying, grid: grid)
        matrix.withChunks { matrixChunks in
            values.withChunks(book: underlying, grid: grid, chunked: true) { gridChunks in
                let split = matrixChunks.count
                ChunkRunner.shared.run(count: split + gridChunks.count) { chunk in
                    if chunk < split { matrixChunks.run(chunk) } else { gridChunks.run(chunk - split) }
                }
            }
        }
        riskMatrices[index] = matrix.result()
        engine.install(values, for: underlying)
    }

    mutating func recomputeAll(freshTail: Bool = true) throws(MarginError) {
        riskMatrices = []
        for index in book.underlyings.indices { riskMatrices.append(riskMatrix(index)) }
        liquidityByUnderlying = book.underlyings.map { liquidity(for: $0) }
        for underlying in book.underlyings { engine.revalue(underlying) }
        if freshTail { engine.invalidateCandidates() }
        try finish()
    }

    /// Underlying `index`'s risk matrix.
    mutating func riskMatrix(_ index: Int) -> DeribitRiskMatrix.Result {
        var plan = riskMatrixPlan(index, chunked: false)
        plan.withChunks { chunks in
            for chunk in 0..<chunks.count { chunks.run(chunk) }
        }
        return plan.result()
    }

    /// Underlying `index`'s risk matrix to compute, with the session's daily vol and scan range.
    mutating func riskMatrixPlan(_ index: Int, chunked: Bool) -> DeribitRiskMatrix.Plan {
        DeribitRiskMatrix.Plan(book.underlyings[index], scan: matrixScan(index), chunked: chunked)
    }

    /// Underlying `index`'s risk-matrix scenarios at the session's daily vol: the cached ones
    /// while that vol is unchanged.
    mutating func matrixScan(_ index: Int) -> DeribitRiskMatrix.Scan {
        let coin = book.underlyings[index].coin
        let sigma = scenarios.dailyVols[coin] ?? 0
        if matrixScans.count != book.underlyings.count { matrixScans = Array(repeating: nil, count: book.underlyings.count) }
        if let cached = matrixScans[index], cached.matches(dailyVol: sigma) { return cached }
        let pm = catalogue.portfolioMargin
        let parameters = pm.riskMatrixParameters(for: coin)
        let scan = DeribitRiskMatrix.Scan(parameters: parameters, dailyVol: sigma,
                                          scanRange: pm.dynamicRange.range(floor: parameters.priceRange, dailyVol: sigma))
        matrixScans[index] = scan
        return scan
    }

    func liquidity(for underlying: UnderlyingBook) -> Double {
        LiquidityAddOn.charges(underlying, settings: catalogue.portfolioMargin.liquidity,
                               dailyVol: scenarios.dailyVols[underlying.coin] ?? 0).reduce(0) { $0 + $1.chargeUSD }
    }

    mutating func finish() throws(MarginError) {
        let settings = catalogue.portfolioMargin.expectedShortfall
        tailStatistics = engine.tail()
        let esMM = max(0, tailStatistics.expectedShortfallUSD) * settings.maintenanceMultiplier
        let esIM = esMM * settings.initialMultiplier
        var rmIM = 0.0, rmMM = 0.0
        for result in riskMatrices {
            rmIM += result.report.riskMatrixMarginUSD
            rmMM += result.report.maintenanceMarginUSD
        }
        let liquidity = liquidityByUnderlying.reduce(0, +)
        let equity = try book.equityUSD(market: market)
        let maintenance = max(rmMM, esMM) + liquidity
        figures = PortfolioMarginFigures(
            equityUSD: equity, initialMarginUSD: max(rmIM, esIM) + liquidity, maintenanceMarginUSD: maintenance,
            utilization: StandardMargin.utilization(maintenance: maintenance, equity: equity),
            riskMatrixInitialMarginUSD: rmIM, riskMatrixMaintenanceMarginUSD: rmMM, esMaintenanceMarginUSD: esMM,
            esInitialMarginUSD: esIM, liquidityAddOnUSD: liquidity, varUSD: tailStatistics.valueAtRiskUSD,
            esUSD: tailStatistics.expectedShortfallUSD, binding: esMM > rmMM ? .expectedShortfall : .riskMatrix)
        let totals = [equity, rmIM, rmMM, esIM, esMM, liquidity, tailStatistics.valueAtRiskUSD]
        if totals.contains(where: { !$0.isFinite }) { throw overflow() }
    }

    /// The error for a book whose margin is not a finite number, naming its largest position.
    func overflow() -> MarginError {
        var largest = name, largestNotional = -1.0
        for ref in book.positions {
            let underlying = book.underlyings[ref.underlying]
            let notional = abs(ref.size) * (ref.kind == .delta1 && underlying.linearInverse[ref.slot] ? 1 : underlying.indexUSD)
            if !(notional <= largestNotional) {
                largestNotional = notional
                let instruments = ref.kind == .option ? underlying.optionInstruments : underlying.linearInstruments
                largest = ref.kind == .spot ? underlying.coin : instruments[ref.slot].name
            }
        }
        return .invalidPosition(instrument: largest, reason: "portfolio margin is not a finite number: size or price too large")
    }
}

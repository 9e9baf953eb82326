import Foundation
import MarginConfig
import MarginEngine
import MarketData

/// One headless replay: reads the tape to the end, feeding every mode, logging events.
struct ReplayRun {
    let document: PortfolioDocument
    let portfolioPath: String
    let reader: TapeFileReader
    let modes: [MarginMode]
    let symbolMap: SymbolMap
    let log: EventLog?
    let history: ReturnHistory?

    init(document: PortfolioDocument, portfolioPath: String, reader: TapeFileReader, modes: [MarginMode],
         symbolMap: SymbolMap, log: EventLog?, history: ReturnHistory?) throws {
        self.history = history
        self.document = document
        self.portfolioPath = portfolioPath
        self.reader = reader
        self.modes = modes
        self.symbolMap = symbolMap
        self.log = log
    }

    func execute() throws -> ReplaySummary {
        guard let first = try reader.nextTapeEvent() else {
            throw CLIError("\(reader.path): the tape has no valid rows (\(reader.issues.totalSkipped) skipped)")
        }
        // The starting market: the portfolio's marks with the tape's first event laid over them.
        var probe = try TapeReplay(accounts: [], market: MarketState(timestampMicros: 0), catalogue: document.catalogue,
                                   modes: [], symbolMap: symbolMap)
        var inputs = document.market
        for update in probe.engineUpdates(for: first) {
            switch update {
            case .index(let coin, let usd): inputs.indexUSD[coin] = usd
            case .mark(let symbol, let usd): inputs.marks[symbol] = usd
            case .impliedVol(let symbol, let vol): inputs.impliedVols[symbol] = vol
            case .forward(let symbol, let usd): inputs.forwardsUSD[symbol] = usd
            }
        }
        let market = try MarketBuilder.build(inputs, for: document.portfolio, at: first.timestampMicros, file: portfolioPath)
        var replay = try TapeReplay(accounts: document.portfolio.accounts, market: market, catalogue: document.catalogue,
                                    modes: modes, symbolMap: symbolMap, history: history)
        var firstMicros = first.timestampMicros
        var lastMicros = first.timestampMicros
        var event: PriceEvent? = first
        while let current = event {
            for produced in try replay.process(current) { try log?.append(produced) }
            lastMicros = current.timestampMicros
            firstMicros = min(firstMicros, current.timestampMicros)
            event = try reader.nextTapeEvent()
        }
        return ReplaySummary(tape: reader.path, format: reader.format, issues: reader.issues,
                             firstMicros: firstMicros, lastMicros: lastMicros, replay: replay)
    }
}

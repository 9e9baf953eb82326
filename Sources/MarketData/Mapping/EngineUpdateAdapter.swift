import MarginEngine

/// Turns a tape's `MarketUpdate`s into the engine's `PriceUpdate`s.
///
/// Options are priced by the engine from implied vol and forward, so an option's own mark on a
/// tape is not used; a per-option forward (`underlying_price`, `futures_price`) becomes the forward
/// of the option's expiry (`BTC-27MAR26-90000-C` → `BTC-27MAR26`). When built with the symbols a
/// book reads, updates no book can use are dropped here, once, instead of in every book.
public struct EngineUpdateAdapter: Sendable {
    /// Per tape instrument: what its mark, vol and forward updates become (decided once).
    struct Plan: Sendable {
        var markSymbol: String?
        var volSymbol: String?
        var forwardSymbol: String?
    }

    private var plans: [String: Plan] = [:]
    private let relevantSymbols: Set<String>?
    private let relevantCoins: Set<String>?

    /// - Parameters: `relevantSymbols` (instrument, expiry and option names) and `relevantCoins`
    ///   (underlyings and collateral coins) the consumer reads; nil passes everything through.
    public init(relevantSymbols: Set<String>? = nil, relevantCoins: Set<String>? = nil) {
        self.relevantSymbols = relevantSymbols
        self.relevantCoins = relevantCoins
    }

    /// The symbols and coins an account's margin depends on.
    public static func relevance(of accounts: [Account]) -> (symbols: Set<String>, coins: Set<String>) {
        var symbols: Set<String> = []
        var coins: Set<String> = []
        for account in accounts {
            for position in account.positions {
                symbols.insert(position.instrument.name)
                if let forward = position.instrument.forwardSymbol { symbols.insert(forward) }
                coins.insert(position.instrument.underlying)
            }
            for balance in account.collateral { coins.insert(balance.coin) }
        }
        return (symbols, coins)
    }

    /// Appends the engine updates for `updates` to `output`.
    public mutating func append(_ updates: [MarketUpdate], to output: inout [PriceUpdate]) {
        for update in updates {
            switch update {
            case .index(let underlying, let usd):
                if relevantCoins?.contains(underlying) ?? true { output.append(.index(coin: underlying, usd: usd)) }
            case .mark(let instrument, let usd):
                if let symbol = plan(for: instrument).markSymbol { output.append(.mark(symbol: symbol, usd: usd)) }
            case .iv(let instrument, let fraction):
                if let symbol = plan(for: instrument).volSymbol { output.append(.impliedVol(symbol: symbol, vol: fraction)) }
            case .forward(let instrument, let usd):
                if let symbol = plan(for: instrument).forwardSymbol { output.append(.forward(symbol: symbol, usd: usd)) }
            }
        }
    }

    mutating func plan(for instrument: String) -> Plan {
        if let cached = plans[instrument] { return cached }
        let isOption = instrument.hasSuffix("-C") || instrument.hasSuffix("-P")
        func keep(_ symbol: String?) -> String? {
            guard let symbol else { return nil }
            return relevantSymbols?.contains(symbol) ?? true ? symbol : nil
        }
        let forward = isOption ? (try? InstrumentParser.parse(instrument))?.forwardSymbol : nil
        let plan = Plan(markSymbol: isOption ? nil : keep(instrument), volSymbol: isOption ? keep(instrument) : nil,
                        forwardSymbol: keep(forward))
        plans[instrument] = plan
        return plan
    }
}

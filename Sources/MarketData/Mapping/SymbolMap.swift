import MarginEngine

/// How tape symbols become the engine's `PriceUpdate`s.
///
/// Rules, applied in this order to each `PriceEvent`:
/// 1. **Overrides first.** `instrumentOverrides["XBTUSD"] = "BTC-PERPETUAL"` renames a tape symbol
///    to a book instrument (then rules 3–6 apply to the new name);
///    `indexOverrides["BTCINDEX"] = "BTC"` declares a tape symbol to be an underlying's index.
/// 2. **Index symbols.** `BTC-USD`, `BTC_USD`, `BTC-USDT`, `.BTC` style names or a bare underlying
///    (`BTC`, listed in `knownUnderlyings`) give `.index(coin, price)` with price =
///    index ?? mark ?? last.
/// 3. **Options** (`…-C` / `…-P`): `.impliedVol` (iv), `.forward` of the option's expiry
///    (underlyingPrice; `BTC-27MAR26-90000-C` → `BTC-27MAR26`), and `.index` when the row carries
///    an index. An option's own mark is not used: the engine prices options from IV and forward.
/// 4. **Perpetuals and dated futures** (`BTC-PERPETUAL`, `BTC_USDC-PERPETUAL`, `BTC-27MAR26`):
///    `.mark` (mark ?? last) and `.index` (index; for a perpetual without an index on the row, its
///    mark is used as the index when `perpetualMarkAsIndexFallback`, default true).
/// 5. **Binance-style linear symbols** (`BTCUSDT`, `ETHUSDC`, `SOLBUSD`): `.mark` (mark ?? last —
///    a kline close or a trade price) and also `.index(coin, same price)` when
///    `linearPriceAsIndex` (default true): the USDT price stands in for `BTC-USD`.
/// 6. **Anything else**: `.mark(symbol, mark ?? last)`; an index on the row is ignored.
/// The underlying of a symbol is its leading letters before `-`, `_` or a quote currency suffix.
/// Prices are USD and vols fractions, exactly as on the row (no value is transformed).
///
/// ```swift
/// SymbolMap().updates(for: PriceEvent(timestampMicros: 0, symbol: "BTCUSDT", last: 95_000))
/// // [.mark(symbol: "BTCUSDT", usd: 95_000), .index(coin: "BTC", usd: 95_000)]
/// ```
public struct SymbolMap: Sendable, Hashable {
    /// Tape symbol → book instrument name.
    public var instrumentOverrides: [String: String]
    /// Tape symbol → underlying whose index it is.
    public var indexOverrides: [String: String]
    /// Bare underlyings recognised as index symbols.
    public var knownUnderlyings: Set<String>
    /// Use a perpetual's mark as the index when the row has none.
    public var perpetualMarkAsIndexFallback: Bool
    /// Use a Binance linear symbol's price as its underlying's index too.
    public var linearPriceAsIndex: Bool

    /// Quote currencies recognised in Binance-style concatenated symbols, longest first.
    public static let linearQuoteCurrencies = ["FDUSD", "USDT", "USDC", "BUSD"]

    public init(instrumentOverrides: [String: String] = [:], indexOverrides: [String: String] = [:],
                knownUnderlyings: Set<String> = ["BTC", "ETH", "SOL", "XRP", "BNB", "DOGE", "AVAX", "MATIC", "ADA", "LTC"],
                perpetualMarkAsIndexFallback: Bool = true, linearPriceAsIndex: Bool = true) {
        self.instrumentOverrides = instrumentOverrides
        self.indexOverrides = indexOverrides
        self.knownUnderlyings = knownUnderlyings
        self.perpetualMarkAsIndexFallback = perpetualMarkAsIndexFallback
        self.linearPriceAsIndex = linearPriceAsIndex
    }

    /// The conventional index symbol of an underlying: `"BTC"` → `"BTC-USD"`.
    public static func indexSymbol(forUnderlying underlying: String) -> String { underlying + "-USD" }

    /// How one tape symbol is interpreted (cache it per symbol on hot paths).
    public func resolve(_ tapeSymbol: String) -> ResolvedSymbol {
        if let underlying = indexOverrides[tapeSymbol] { return ResolvedSymbol(role: .index, instrument: tapeSymbol, underlying: underlying) }
        let name = instrumentOverrides[tapeSymbol] ?? tapeSymbol
        if knownUnderlyings.contains(name.trimmingPrefixDot) {
            return ResolvedSymbol(role: .index, instrument: name, underlying: name.trimmingPrefixDot)
        }
        for separator in ["-", "_"] {
            for quote in ["USD", "USDT", "USDC"] where name.hasSuffix(separator + quote) {
                let base = String(name.dropLast(quote.count + 1))
                if !base.contains("-") { return ResolvedSymbol(role: .index, instrument: name, underlying: base.trimmingPrefixDot) }
            }
        }
        let underlying = Self.underlying(of: name)
        if name.hasSuffix("-C") || name.hasSuffix("-P") {
            let forward = (try? InstrumentParser.parse(name))?.forwardSymbol
            return ResolvedSymbol(role: .option, instrument: name, underlying: underlying, forwardSymbol: forward)
        }
        if name.hasSuffix("-PERPETUAL") { return ResolvedSymbol(role: .perpetual, instrument: name, underlying: underlying) }
        if name.contains("-") { return ResolvedSymbol(role: .future, instrument: name, underlying: underlying) }
        if let quote = Self.linearQuoteCurrencies.first(where: { name.hasSuffix($0) && name.count > $0.count }) {
            return ResolvedSymbol(role: .linearPerpetual, instrument: name, underlying: String(name.dropLast(quote.count)))
        }
        return ResolvedSymbol(role: .other, instrument: name, underlying: underlying)
    }

    /// Leading part before `-`/`_` (`BTC_USDC-PERPETUAL` → `BTC`, `ETH-27MAR26` → `ETH`).
    static func underlying(of name: String) -> String {
        let head = name.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? name
        return head.trimmingPrefixDot
    }

    /// Appends the updates implied by `event` to `updates` (no allocation when it has capacity).
    public func appendUpdates(for event: PriceEvent, resolved: ResolvedSymbol, to updates: inout [PriceUpdate]) {
        let instrument = resolved.instrument
        let coin = resolved.underlying
        switch resolved.role {
        case .index:
            if let price = event.index ?? event.mark ?? event.last { updates.append(.index(coin: coin, usd: price)) }
        case .option:
            if let iv = event.iv { updates.append(.impliedVol(symbol: instrument, vol: iv)) }
            if let forward = event.underlyingPrice, let expiry = resolved.forwardSymbol {
                updates.append(.forward(symbol: expiry, usd: forward))
            }
            if let index = event.index { updates.append(.index(coin: coin, usd: index)) }
        case .perpetual, .future:
            let mark = event.mark ?? event.last
            if let mark { updates.append(.mark(symbol: instrument, usd: mark)) }
            if let index = event.index {
                updates.append(.index(coin: coin, usd: index))
            } else if resolved.role == .perpetual, perpetualMarkAsIndexFallback, let mark {
                updates.append(.index(coin: coin, usd: mark))
            }
        case .linearPerpetual:
            guard let price = event.mark ?? event.last else { return }
            updates.append(.mark(symbol: instrument, usd: price))
            if let index = event.index {
                updates.append(.index(coin: coin, usd: index))
            } else if linearPriceAsIndex {
                updates.append(.index(coin: coin, usd: price))
            }
        case .other:
            if let price = event.mark ?? event.last { updates.append(.mark(symbol: instrument, usd: price)) }
        }
    }

    /// The updates implied by `event`, unfiltered (convenience; resolves and allocates).
    public func updates(for event: PriceEvent) -> [PriceUpdate] {
        var updates: [PriceUpdate] = []
        appendUpdates(for: event, resolved: resolve(event.symbol), to: &updates)
        return updates
    }
}

/// What a tape symbol is, after applying a `SymbolMap`.
public struct ResolvedSymbol: Sendable, Hashable {
    public enum Role: Sendable, Hashable { case index, option, perpetual, future, linearPerpetual, other }
    public var role: Role
    /// Book instrument name (after overrides).
    public var instrument: String
    /// Underlying currency (`"BTC"`).
    public var underlying: String
    /// For an option, the expiry symbol its forward is quoted under (`"BTC-27MAR26"`); nil for
    /// other roles and for option names the instrument parser does not accept.
    public var forwardSymbol: String? = nil
}

/// Caches `SymbolMap.resolve` per tape symbol for replay loops.
public struct SymbolResolver: Sendable {
    public let map: SymbolMap
    private var cache: [String: ResolvedSymbol] = [:]

    public init(map: SymbolMap = SymbolMap()) { self.map = map }

    /// Appends the updates for `event`, resolving its symbol once per distinct symbol.
    public mutating func appendUpdates(for event: PriceEvent, to updates: inout [PriceUpdate]) {
        let resolved: ResolvedSymbol
        if let cached = cache[event.symbol] {
            resolved = cached
        } else {
            resolved = map.resolve(event.symbol)
            cache[event.symbol] = resolved
        }
        map.appendUpdates(for: event, resolved: resolved, to: &updates)
    }
}

extension String {
    fileprivate var trimmingPrefixDot: String { hasPrefix(".") ? String(dropFirst()) : self }
}

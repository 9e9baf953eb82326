import MarginEngine

/// Bybit API v5 (bybit-exchange.github.io/docs/v5): `GET /v5/position/list` and
/// `GET /v5/account/wallet-balance`.
///
/// - position list: `result.category` + `symbol` mapped by ``VenueSymbolMap``; `size` unsigned
///   (coin for linear, USD for inverse), signed by `side` (`Buy` +, `Sell` −; an empty side or zero
///   size is no position); `avgPrice` the entry; `markPrice` the mark; `leverage`; `tradeMode` 1
///   (isolated): `positionBalance` is the isolated margin (settle coin: USDT, or the coin for
///   inverse). The response's `time` (ms) is the valuation time.
/// - wallet balance: `result.list[].coin[].walletBalance` per `coin` is the collateral (`equity`
///   adds uPnL).
enum BybitExport {
    static func positions(_ result: JSONCursor, into part: inout ExportPart, catalogue: Catalogue) throws(ConfigError) {
        let category = try result.string("category")
        for item in try result.required("list").elements() {
            let sizeField = try item.required("size")
            let size = try sizeField.number()
            let side = try item.optionalString("side") ?? ""
            if size == 0 || side.isEmpty || side == "None" { continue }
            let sign: Double
            switch side {
            case "Buy": sign = 1
            case "Sell": sign = -1
            default: throw ConfigError(file: item.file, location: item.childPath("side"), message: "expected Buy or Sell")
            }
            let symbolField = try item.required("symbol")
            let name: String
            switch VenueSymbolMap.bybit(category: category, symbol: try symbolField.string()) {
            case .success(let value): name = value
            case .failure(let failure): throw symbolField.error(failure.message)
            }
            let entryField = try item.required("avgPrice")
            let markField = item.optional("markPrice")
            let mark = try item.optionalNumber("markPrice")
            var isolated: Double?
            if try item.optionalNumber("tradeMode") == 1 { isolated = try item.optionalNumber("positionBalance") }
            try part.addPosition(instrument: name, at: symbolField, size: sign * abs(size), sizeField: sizeField,
                                 entry: try entryField.number(), entryField: entryField,
                                 leverage: try item.optionalNumber("leverage"),
                                 isolatedMargin: isolated, isolatedField: item.optional("positionBalance"),
                                 mark: mark, markField: mark == nil ? nil : markField, catalogue: catalogue)
        }
    }

    static func walletBalance(_ result: JSONCursor, into part: inout ExportPart) throws(ConfigError) {
        for account in try result.required("list").elements() {
            for coin in try account.required("coin").elements() {
                let coinField = try coin.required("coin")
                let balanceField = try coin.required("walletBalance")
                try part.addBalance(coin: try coinField.string(), at: coinField, amount: try balanceField.number(), amountField: balanceField)
            }
        }
    }

    /// The response's `time` (ms since the epoch) as µs to the whole second (what `as_of` keeps),
    /// when stated and plausible (2000–2100).
    static func time(_ root: JSONCursor) throws(ConfigError) -> Int64? {
        guard let millis = try root.optionalNumber("time") else { return nil }
        guard millis >= 946_684_800_000, millis <= 4_102_444_800_000 else {
            throw ConfigError(file: root.file, location: root.childPath("time"), message: "not a time in ms between 2000 and 2100")
        }
        return Int64(millis / 1000) * 1_000_000
    }
}

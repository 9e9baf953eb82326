import MarginEngine

/// Binance USDⓈ-M futures (developers.binance.com): `GET /fapi/v2|v3/positionRisk` and
/// `GET /fapi/v2|v3/account`.
///
/// - positionRisk: `symbol` (`BTCUSDT`, a catalogue name); `positionAmt` signed, coin (zero
///   rows — Binance lists every symbol — are skipped); `entryPrice` USD; `markPrice` the mark;
///   `leverage` (v2); isolated when `marginType` is `isolated` (v2) or, where no `marginType` is
///   given (v3), when `isolatedWallet` > 0: the isolated margin is `isolatedWallet` (USD, the
///   wallet without uPnL — the engine adds the uPnL itself).
/// - account: `assets[].walletBalance` per `asset` is the collateral (not `marginBalance`, which
///   adds uPnL). Its `positions` state no entry price and are not imported: use positionRisk.
enum BinanceExport {
    static func positionRisk(_ list: JSONCursor, into part: inout ExportPart, catalogue: Catalogue) throws(ConfigError) {
        for item in try list.elements() {
            let amountField = try item.required("positionAmt")
            let amount = try amountField.number()
            if amount == 0 { continue }
            let symbolField = try item.required("symbol")
            let entryField = try item.required("entryPrice")
            let markField = item.optional("markPrice")
            let marginType = try item.optionalString("marginType")
            let walletField = item.optional("isolatedWallet")
            let wallet = try walletField?.number()
            var isolated: Double?
            if marginType == "isolated" {
                isolated = try item.required("isolatedWallet").number()
            } else if marginType == nil, let wallet, wallet > 0 {
                isolated = wallet
            }
            try part.addPosition(instrument: try symbolField.string(), at: symbolField, size: amount, sizeField: amountField,
                                 entry: try entryField.number(), entryField: entryField,
                                 leverage: try item.optionalNumber("leverage"),
                                 isolatedMargin: isolated, isolatedField: walletField,
                                 mark: try markField?.number(), markField: markField, catalogue: catalogue)
        }
    }

    static func account(_ root: JSONCursor, into part: inout ExportPart) throws(ConfigError) {
        for asset in try root.required("assets").elements() {
            let coinField = try asset.required("asset")
            let balanceField = try asset.required("walletBalance")
            try part.addBalance(coin: try coinField.string(), at: coinField,
                                amount: try balanceField.number(), amountField: balanceField)
        }
        let open = try root.optional("positions")?.elements().filter { (try? $0.optionalNumber("positionAmt")).flatMap { $0 } ?? 0 != 0 } ?? []
        if !open.isEmpty {
            part.notes.append("\(part.file): \(open.count) position(s) in the account response are not imported "
                              + "(it states no entry price); import the positionRisk response for them")
        }
    }
}

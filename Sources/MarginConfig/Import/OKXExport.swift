import MarginEngine

/// OKX API v5 (okx.com/docs-v5): `GET /api/v5/account/positions` and `GET /api/v5/account/balance`.
///
/// - positions: `instType` + `instId` mapped by ``VenueSymbolMap``; `pos` in contracts × `ctVal`
///   (coin for MARGIN), signed by `posSide` (`long` +, `short` −, `net` as signed; zero skipped);
///   `avgPx` the entry; `markPx` the mark; `idxPx` the coin's index; `lever` the leverage;
///   `mgnMode` `isolated`: `margin` is the isolated margin, in `ccy` (USDT for linear swaps, the coin
///   for inverse ones; a MARGIN position's coin margin is turned into USD at `markPx`).
/// - balance: `details[].cashBal` per `ccy` is the collateral (`eq` adds uPnL).
enum OKXExport {
    static func positions(_ list: JSONCursor, into part: inout ExportPart, catalogue: Catalogue) throws(ConfigError) {
        for item in try list.elements() {
            let posField = try item.required("pos")
            let pos = try posField.number()
            if pos == 0 { continue }
            let typeField = try item.required("instType")
            let instType = try typeField.string()
            let idField = try item.required("instId")
            let mapped: (name: String, sizeFactor: Double)
            switch VenueSymbolMap.okx(instType: instType, instId: try idField.string(), posCcy: try item.optionalString("posCcy")) {
            case .success(let value): mapped = value
            case .failure(let failure): throw idField.error(failure.message)
            }
            let side = try item.optionalString("posSide") ?? "net"
            let signed: Double
            switch side {
            case "long": signed = abs(pos)
            case "short": signed = -abs(pos)
            case "net": signed = pos
            default: throw ConfigError(file: item.file, location: item.childPath("posSide"), message: "expected long, short or net")
            }
            let entryField = try item.required("avgPx")
            let markField = item.optional("markPx")
            let mark = try item.optionalNumber("markPx")
            var isolated: Double?
            var isolatedField: JSONCursor?
            if try item.optionalString("mgnMode") == "isolated", let marginField = item.optional("margin"),
               let margin = try item.optionalNumber("margin") {
                isolatedField = marginField
                isolated = instType == "MARGIN" ? margin * (mark ?? 0) : margin
            }
            try part.addPosition(instrument: mapped.name, at: idField, size: signed * mapped.sizeFactor, sizeField: posField,
                                 entry: try entryField.number(), entryField: entryField,
                                 leverage: try item.optionalNumber("lever"), isolatedMargin: isolated, isolatedField: isolatedField,
                                 mark: mark, markField: mark == nil ? nil : markField, catalogue: catalogue)
            if let index = try item.optionalNumber("idxPx"), let field = item.optional("idxPx"),
               let instrument = part.positions.last?.instrument {
                try part.addIndex(coin: instrument.underlying, price: index, at: field)
            }
        }
    }

    static func balance(_ list: JSONCursor, into part: inout ExportPart) throws(ConfigError) {
        for account in try list.elements() {
            for detail in try account.required("details").elements() {
                let coinField = try detail.required("ccy")
                let cashField = try detail.required("cashBal")
                try part.addBalance(coin: try coinField.string(), at: coinField, amount: try cashField.number(), amountField: cashField)
            }
        }
    }
}

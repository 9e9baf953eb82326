import MarginEngine

/// Deribit API v2 (docs.deribit.com): `private/get_positions` and `private/get_account_summary`
/// / `private/get_account_summaries`, with or without the JSON-RPC envelope.
///
/// - positions: `instrument_name` (already a catalogue name); `size` signed by `direction`
///   (`buy` long, `sell` short, `zero` skipped) — USD for inverse futures and perpetuals, coin for
///   linear (USDC) ones and for options, as the engine's sizes are; `average_price` the entry (USD,
///   inverse options in coin); `mark_price` the mark (same unit); `index_price` the coin's index.
///   Deribit's `leverage` is the leverage still available, not a chosen one, so it is not imported.
/// - account summaries: `balance` per `currency` is the collateral (the cash balance; `equity`
///   adds the session's unrealized PnL, which the engine computes itself from the positions).
enum DeribitExport {
    static func positions(_ list: JSONCursor, into part: inout ExportPart, catalogue: Catalogue) throws(ConfigError) {
        for item in try list.elements() {
            let nameField = try item.required("instrument_name")
            let name = try nameField.string()
            let direction = try item.optionalString("direction")
            let sizeField = try item.required("size")
            let stated = try sizeField.number()
            if stated == 0 || direction == "zero" { continue }
            if let kind = try item.optionalString("kind"), kind.hasSuffix("combo") {
                throw nameField.error("combination positions (\(kind)) are not supported: import their legs")
            }
            let size: Double
            switch direction {
            case "buy": size = abs(stated)
            case "sell": size = -abs(stated)
            case nil: size = stated
            default: throw ConfigError(file: item.file, location: item.childPath("direction"),
                                       message: "expected buy, sell or zero")
            }
            let entryField = try item.required("average_price")
            let markField = item.optional("mark_price")
            try part.addPosition(instrument: name, at: nameField, size: size, sizeField: sizeField,
                                 entry: try entryField.number(), entryField: entryField,
                                 mark: try markField?.number(), markField: markField, catalogue: catalogue)
            if let indexField = item.optional("index_price"), let instrument = part.positions.last?.instrument {
                try part.addIndex(coin: instrument.underlying, price: try indexField.number(), at: indexField)
            }
        }
    }

    static func summaries(_ list: [JSONCursor], into part: inout ExportPart) throws(ConfigError) {
        for summary in list {
            let coinField = try summary.required("currency")
            let balanceField = try summary.required("balance")
            try part.addBalance(coin: try coinField.string().uppercased(), at: coinField,
                                amount: try balanceField.number(), amountField: balanceField)
        }
    }
}

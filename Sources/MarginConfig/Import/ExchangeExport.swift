import MarginEngine

/// The kinds of exchange export xmargin reads, told apart by their content (never by file name):
///
/// - a JSON-RPC envelope `{"jsonrpc": "2.0", "result": …}`, or its bare `result`: Deribit — an
///   array of objects with `instrument_name` is `get_positions`; an object with `currency` and
///   `balance` is `get_account_summary`; an object with `summaries` is `get_account_summaries`;
/// - an array of objects with `positionAmt`: Binance `positionRisk`; an object with `assets`:
///   Binance `account`;
/// - `{"code": "0", "data": […]}`: OKX — elements with `instType`/`posSide`: positions; with
///   `details`: balance;
/// - `{"retCode": 0, "result": {"list": […]}}`: Bybit — `result.category` or elements with `side`:
///   position list; elements with `coin`: wallet balance.
///
/// Error responses (`error`, a non-zero `code` or `retCode`) are errors quoting the venue's message.
enum ExchangeExport {
    static let supported = "Deribit get_positions / get_account_summary, Binance positionRisk / account, "
        + "OKX account/positions / account/balance, Bybit position/list / account/wallet-balance"

    /// Reads one export into what it contributes to its venue's account.
    static func read(_ root: JSONCursor, catalogue: Catalogue) throws(ConfigError) -> ExportPart {
        if root.has("jsonrpc") || (root.has("result") && root.has("usIn")) {
            if let failure = root.optional("error") { throw root.error("the file is a Deribit error response: \(message(failure))") }
            return try deribit(try root.required("result"), catalogue: catalogue)
        }
        if root.has("retCode") {
            let code = try root.number("retCode")
            guard code == 0 else { throw root.error("the file is a Bybit error response (retCode \(Int(code))): \(message(root.optional("retMsg")))") }
            return try bybit(root, catalogue: catalogue)
        }
        if root.has("code"), root.has("data") {
            let code = try root.required("code")
            guard (try? code.number()) == 0 else { throw root.error("the file is an OKX error response (code \(message(code))): \(message(root.optional("msg")))") }
            return try okx(try root.required("data"), catalogue: catalogue)
        }
        if case .array(let items) = root.value {
            if items.isEmpty { throw root.error("an empty array: nothing to import, and no way to tell the venue") }
            let first = try root.elements()[0]
            if first.has("positionAmt") {
                var part = ExportPart(venue: .binance, file: root.file)
                try BinanceExport.positionRisk(root, into: &part, catalogue: catalogue)
                return part
            }
            if first.has("instrument_name") { return try deribit(root, catalogue: catalogue) }
        }
        if root.has("assets") {
            var part = ExportPart(venue: .binance, file: root.file)
            try BinanceExport.account(root, into: &part)
            return part
        }
        if root.has("summaries") || (root.has("currency") && root.has("balance")) { return try deribit(root, catalogue: catalogue) }
        throw root.error("not an exchange export xmargin knows (\(supported))")
    }

    static func deribit(_ result: JSONCursor, catalogue: Catalogue) throws(ConfigError) -> ExportPart {
        var part = ExportPart(venue: .deribit, file: result.file)
        switch result.value {
        case .array: try DeribitExport.positions(result, into: &part, catalogue: catalogue)
        case .object where result.has("summaries"): try DeribitExport.summaries(try result.required("summaries").elements(), into: &part)
        case .object where result.has("currency"): try DeribitExport.summaries([result], into: &part)
        default: throw result.error("expected get_positions' array or get_account_summary's object, got \(result.value.kindDescription)")
        }
        return part
    }

    static func okx(_ data: JSONCursor, catalogue: Catalogue) throws(ConfigError) -> ExportPart {
        var part = ExportPart(venue: .okx, file: data.file)
        guard let first = try data.elements().first else { return part }
        if first.has("details") {
            try OKXExport.balance(data, into: &part)
        } else if first.has("instType") || first.has("posSide") {
            try OKXExport.positions(data, into: &part, catalogue: catalogue)
        } else {
            throw first.error("neither a position (instType, posSide) nor a balance (details)")
        }
        return part
    }

    static func bybit(_ root: JSONCursor, catalogue: Catalogue) throws(ConfigError) -> ExportPart {
        var part = ExportPart(venue: .bybit, file: root.file)
        let result = try root.required("result")
        let list = try result.required("list").elements()
        if result.has("category") || list.first?.has("side") == true {
            try BybitExport.positions(result, into: &part, catalogue: catalogue)
        } else if list.isEmpty || list.first?.has("coin") == true {
            try BybitExport.walletBalance(result, into: &part)
        } else {
            throw list[0].error("neither a position (side) nor a wallet (coin)")
        }
        part.asOfMicros = try BybitExport.time(root)
        return part
    }

    /// A venue's error text, printable ASCII, at most 80 characters.
    static func message(_ field: JSONCursor?) -> String {
        let text: String
        switch field?.value {
        case .string(let value)?: text = value
        case .number(let value)?: text = value
        case .object?: text = (try? field?.optionalString("message")).flatMap { $0 } ?? "(no message)"
        default: text = "(no message)"
        }
        return String(String.UnicodeScalarView(text.unicodeScalars.prefix(80).map { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F ? $0 : "?" }))
    }
}

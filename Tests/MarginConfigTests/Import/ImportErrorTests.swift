import Testing
@testable import MarginConfig
import MarginEngine

/// Missing or malformed fields are errors naming the file and the JSON path; unknown fields and
/// unmappable instruments never pass silently.
struct ImportErrorTests {
    func error(_ text: String) -> ConfigError? {
        do { _ = try ExchangeImport.parse(text: text, file: "x.json"); return nil } catch { return error }
    }

    @Test func missingFieldsNameThePath() {
        #expect(error(#"{"jsonrpc": "2.0", "result": [{"instrument_name": "BTC-PERPETUAL", "average_price": 1}]}"#)
            == ConfigError(file: "x.json", location: "result[0].size", message: "missing"))
        #expect(error(#"{"code": "0", "data": [{"details": [{"ccy": "USDT"}]}]}"#)
            == ConfigError(file: "x.json", location: "data[0].details[0].cashBal", message: "missing"))
        #expect(error(#"[{"symbol": "BTCUSDT", "positionAmt": "1", "entryPrice": ""}]"#)
            == ConfigError(file: "x.json", location: "[0].entryPrice", message: "missing (empty)"))
        #expect(error(#"{"retCode": 0, "result": {"category": "linear", "list": [{"symbol": "BTCUSDT", "side": "Buy", "size": "x"}]}}"#)
            == ConfigError(file: "x.json", location: "result.list[0].size", message: "not a number"))
    }

    @Test func unknownFieldsAreIgnored() throws {
        let text = #"[{"symbol": "BTCUSDT", "positionAmt": "1", "entryPrice": "100", "somethingNew": {"deep": [1, 2]}}]"#
        #expect(try ExchangeImport.parse(text: text, file: "x.json").portfolio.accounts[0].positions.count == 1)
    }

    @Test func unmappableInstrumentsAreErrors() {
        let okx = error(#"{"code": "0", "data": [{"instType": "OPTION", "instId": "BTC-USD-240329-60000-C", "pos": "1", "avgPx": "0.01"}]}"#)
        #expect(okx?.location == "data[0].instId")
        let contract = error(#"{"code": "0", "data": [{"instType": "SWAP", "instId": "DOGE-USDT-SWAP", "pos": "1", "avgPx": "0.1"}]}"#)
        #expect(contract?.message.contains("contract value") == true)
        let bybit = error(#"{"retCode": 0, "result": {"category": "inverse", "list": [{"symbol": "BTCUSDH24", "side": "Buy", "size": "1", "avgPrice": "1"}]}}"#)
        #expect(bybit?.location == "result.list[0].symbol")
        let deribit = error(#"{"jsonrpc": "2.0", "result": [{"instrument_name": "BTC-XYZ", "size": 1, "average_price": 1}]}"#)
        #expect(deribit?.location == "result[0].instrument_name")
    }

    @Test func malformedJSONNamesLineAndColumn() {
        let failure = error("{\n  \"code\": \"0\",\n  \"data\": [1,]\n}")
        #expect(failure?.location == "line 3, column 14")
        #expect(failure?.message.hasPrefix("malformed JSON") == true)
        #expect(error(#"{"a": 1, "a": 2}"#)?.message.contains("duplicate key") == true)
        #expect(error(String(repeating: "[", count: 500))?.message.contains("nested deeper") == true)
    }

    @Test func errorResponsesAndUnknownShapes() {
        #expect(error(#"{"jsonrpc": "2.0", "error": {"code": 13009, "message": "unauthorized"}}"#)?.message.contains("unauthorized") == true)
        #expect(error(#"{"code": "51000", "msg": "Parameter error", "data": []}"#)?.message.contains("Parameter error") == true)
        #expect(error(#"{"retCode": 10003, "retMsg": "API key is invalid."}"#)?.message.contains("10003") == true)
        #expect(error(#"{"hello": "world"}"#)?.message.contains("not an exchange export") == true)
        #expect(error("[]")?.message.contains("empty array") == true)
    }

    @Test func boundsApply() {
        let huge = error(#"[{"symbol": "BTCUSDT", "positionAmt": "1e13", "entryPrice": "100"}]"#)
        #expect(huge?.location == "[0].positionAmt")
        let nan = error(#"[{"symbol": "BTCUSDT", "positionAmt": "NaN", "entryPrice": "100"}]"#)
        #expect(nan?.message == "not a number")
        let negative = error(#"[{"symbol": "BTCUSDT", "positionAmt": "1", "entryPrice": "-5"}]"#)
        #expect(negative?.location == "[0].entryPrice")
    }

    @Test func aBalanceTwiceInOneAccountIsAnError() throws {
        let summary = #"{"currency": "BTC", "balance": 1}"#
        #expect(throws: ConfigError.self) {
            _ = try ExchangeImport.parse([(nil, "a.json", summary), (nil, "b.json", summary)])
        }
        let split = try ExchangeImport.parse([("main", "a.json", summary), ("sub", "b.json", summary)])
        #expect(split.portfolio.accounts.map(\.name) == ["main", "sub"])
    }

    @Test func jsonIsToldFromTOML() {
        #expect(ExchangeImport.looksLikeJSON(" {\"code\": \"0\"}"))
        #expect(ExchangeImport.looksLikeJSON("[\n  {\"symbol\": \"BTCUSDT\"}]"))
        #expect(!ExchangeImport.looksLikeJSON("[[accounts]]\nname = \"a\""))
        #expect(!ExchangeImport.looksLikeJSON("[marks]\n"))
        #expect(!ExchangeImport.looksLikeJSON("as_of = 2026-01-01T00:00:00Z"))
    }

    @Test func accountNamesFromArguments() {
        let named = ExchangeImport.Source(argument: "desk-2=pos.json") { _ in false }
        #expect(named == ExchangeImport.Source(account: "desk-2", path: "pos.json"))
        let file = ExchangeImport.Source(argument: "odd=name.json") { _ in true }
        #expect(file.account == nil)
    }
}

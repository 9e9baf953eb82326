import MarginEngine

/// OKX and Bybit instrument names → the catalogue's (Deribit and Binance names, DESIGN §3), with
/// the factor that turns the venue's position size into the engine's size unit.
///
/// | venue | name | catalogue name | size |
/// |---|---|---|---|
/// | OKX `SWAP` | `BTC-USDT-SWAP` | `BTCUSDT` (linear USDT perpetual) | contracts × ctVal (BTC 0.01, ETH 0.1 coin) |
/// | OKX `SWAP` | `BTC-USD-SWAP` | `BTC-PERPETUAL` (inverse) | contracts × ctVal (BTC 100, ETH 10 USD) |
/// | OKX `FUTURES` | `BTC-USD-240329` | `BTC-29MAR24` (inverse) | contracts × ctVal (BTC 100, ETH 10 USD) |
/// | OKX `MARGIN` | `BTC-USDT` (long: `posCcy` = BTC) | `BTCUSDT` (a borrowed-USDT long is a linear long) | coin as stated |
/// | Bybit `linear` | `BTCUSDT` | `BTCUSDT` | coin as stated |
/// | Bybit `linear` | `BTCPERP` (USDC perpetual) | `BTC_USDC-PERPETUAL` | coin as stated |
/// | Bybit `inverse` | `BTCUSD` | `BTC-PERPETUAL` | USD as stated (1 contract = 1 USD) |
///
/// Contract values are OKX's (`GET /api/v5/public/instruments`, `ctVal`); a coin not in the table,
/// other OKX types (`OPTION`, short `MARGIN`) and other Bybit symbols are errors naming the field.
enum VenueSymbolMap {
    /// OKX contract values: linear (USDT-margined) in coin, inverse (coin-margined) in USD.
    static let okxLinearContractCoin: [String: Double] = ["BTC": 0.01, "ETH": 0.1]
    static let okxInverseContractUSD: [String: Double] = ["BTC": 100, "ETH": 10]

    /// The catalogue name of an OKX instrument and the factor from `pos` to the engine's size.
    static func okx(instType: String, instId: String, posCcy: String?) -> Result<(name: String, sizeFactor: Double), MappingError> {
        let parts = instId.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        switch (instType, parts.count) {
        case ("SWAP", 3) where parts[2] == "SWAP":
            let (coin, quote) = (parts[0], parts[1])
            if quote == "USDT" {
                guard let value = okxLinearContractCoin[coin] else { return .failure(.unknownContractValue(instId)) }
                return .success((coin + "USDT", value))
            }
            if quote == "USD" {
                guard let value = okxInverseContractUSD[coin] else { return .failure(.unknownContractValue(instId)) }
                return .success((coin + "-PERPETUAL", value))
            }
        case ("FUTURES", 3) where parts[1] == "USD":
            guard let value = okxInverseContractUSD[parts[0]] else { return .failure(.unknownContractValue(instId)) }
            guard let code = expiryCode(yymmdd: parts[2]) else { return .failure(.unsupported(instId)) }
            return .success((parts[0] + "-" + code, value))
        case ("MARGIN", 2) where parts[1] == "USDT":
            guard posCcy == parts[0] else { return .failure(.shortMargin(instId)) }
            return .success((parts[0] + "USDT", 1))
        default: break
        }
        return .failure(.unsupported(instId))
    }

    /// The catalogue name of a Bybit v5 symbol in `category` (sizes need no factor).
    static func bybit(category: String, symbol: String) -> Result<String, MappingError> {
        switch category {
        case "linear" where symbol.hasSuffix("USDT"): return .success(symbol)
        case "linear" where symbol.hasSuffix("PERP") && symbol.count > 4: return .success(symbol.dropLast(4) + "_USDC-PERPETUAL")
        case "inverse" where symbol.hasSuffix("USD") && symbol.count > 3: return .success(symbol.dropLast(3) + "-PERPETUAL")
        default: return .failure(.unsupported(symbol))
        }
    }

    /// `240329` → `29MAR24`.
    static func expiryCode(yymmdd: String) -> String? {
        let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
        let digits = Array(yymmdd)
        guard digits.count == 6, digits.allSatisfy(\.isASCII), let month = Int(String(digits[2...3])),
              let day = Int(String(digits[4...5])), (1...12).contains(month) else { return nil }
        return "\(day)\(months[month - 1])\(String(digits[0...1]))"
    }

    enum MappingError: Error {
        case unsupported(String), unknownContractValue(String), shortMargin(String)

        var message: String {
            switch self {
            case .unsupported(let name): return "'\(name.prefix(40))' has no equivalent in the catalogue (supported: see README, Importing exchange exports)"
            case .unknownContractValue(let name): return "contract value of '\(name.prefix(40))' is not in xmargin's table (BTC, ETH)"
            case .shortMargin(let name): return "short spot-margin positions ('\(name.prefix(40))' with posCcy the quote currency) are not supported"
            }
        }
    }
}

/// An instrument name that is not one of the supported forms.
public struct InstrumentNameError: Error, Sendable, Equatable, CustomStringConvertible {
    public let name: String
    public let reason: String
    public var description: String { "unknown instrument '\(name)': \(reason)" }
}

/// Parses exchange instrument names (DESIGN §3).
///
/// Supported forms:
/// - Deribit inverse: `BTC-PERPETUAL`, `BTC-27MAR26`, `BTC-27MAR26-90000-C` / `-P`
/// - Deribit linear: `BTC_USDC-PERPETUAL`, `BTC_USDC-27MAR26`, `BTC_USDC-27MAR26-90000-C`
/// - Binance USDⓈ-M perpetuals: `BTCUSDT`, `ETHUSDC` (base + USDT/USDC, no separator)
/// - Spot balances: a bare coin, `BTC`, `ETH`, `USDT`
public enum InstrumentParser {
    private static let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                 "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

    /// Parses a name; throws `InstrumentNameError` with the reason when it is malformed.
    public static func parse(_ name: String) throws(InstrumentNameError) -> Instrument {
        func fail(_ reason: String) -> InstrumentNameError { InstrumentNameError(name: name, reason: reason) }
        guard !name.isEmpty, name.count <= 64 else { throw fail("empty or too long") }
        guard name.unicodeScalars.allSatisfy({ isUpperAlnum($0) || $0 == "-" || $0 == "_" || $0 == "." }) else {
            throw fail("only A–Z, 0–9, '-', '_' and '.' are allowed")
        }
        let parts = name.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if parts.contains(where: \.isEmpty) { throw fail("empty part between '-'") }
        if parts.count == 1 { return try parseUndashed(name, fail: fail) }

        // Base: BTC or BTC_USDC.
        let base = parts[0].split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(base.count), isCoin(base[0]) else { throw fail("bad underlying '\(parts[0])'") }
        let underlying = base[0]
        let linearQuote: String? = base.count == 2 ? base[1] : nil
        if let quote = linearQuote, !["USDC", "USDT", "USD"].contains(quote) {
            throw fail("settlement currency '\(quote)' is not USDC, USDT or USD")
        }
        let settlement: Settlement = linearQuote == nil ? .inverse : .linear
        let currency = linearQuote ?? underlying
        let prefix = settlement == .inverse ? "inverse" : "linear"

        if parts.count == 2 {
            if parts[1] == "PERPETUAL" {
                return Instrument(name: name, underlying: underlying, settlementCurrency: currency, kind: .perpetual,
                                  settlement: settlement, family: "\(prefix)_perpetual", expiryCode: nil)
            }
            if underlying == "USD" || parts[1] == "USD" {
                throw fail("'\(name)' looks like an index symbol, not an instrument")
            }
            guard let expiry = parseExpiry(parts[1]) else { throw fail("bad expiry '\(parts[1])' (expected e.g. 27MAR26)") }
            return Instrument(name: name, underlying: underlying, settlementCurrency: currency,
                              kind: .future(expiryMicros: expiry), settlement: settlement,
                              family: "\(prefix)_future", expiryCode: parts[1])
        }
        guard parts.count == 4 else { throw fail("expected UNDERLYING-EXPIRY-STRIKE-C|P") }
        guard let expiry = parseExpiry(parts[1]) else { throw fail("bad expiry '\(parts[1])' (expected e.g. 27MAR26)") }
        guard let strike = Double(parts[2]), strike.isFinite, strike > 0 else { throw fail("bad strike '\(parts[2])'") }
        let right: OptionRight
        switch parts[3] {
        case "C": right = .call
        case "P": right = .put
        default: throw fail("option type must be C or P, not '\(parts[3])'")
        }
        return Instrument(name: name, underlying: underlying, settlementCurrency: currency,
                          kind: .option(expiryMicros: expiry, strikeUSD: strike, right: right),
                          settlement: settlement, family: "\(prefix)_option", expiryCode: parts[1])
    }

    /// `BTCUSDT`/`ETHUSDC` (Binance linear perpetual) or a bare coin (spot balance).
    private static func parseUndashed(_ name: String, fail: (String) -> InstrumentNameError) throws(InstrumentNameError) -> Instrument {
        for quote in ["USDT", "USDC"] where name.hasSuffix(quote) && name.count > quote.count {
            let base = String(name.dropLast(quote.count))
            guard isCoin(base) else { throw fail("bad base coin '\(base)'") }
            return Instrument(name: name, underlying: base, settlementCurrency: quote, kind: .perpetual,
                              settlement: .linear, family: "usdt_perpetual", expiryCode: nil)
        }
        guard isCoin(name), name.count <= 10 else { throw fail("not a coin, a Deribit name or a Binance USDT perpetual") }
        return Instrument(name: name, underlying: name, settlementCurrency: name, kind: .spot,
                          settlement: .linear, family: "spot", expiryCode: nil)
    }

    /// `27MAR26` → 08:00 UTC on 2026-03-27; also `7MAR26`.
    public static func parseExpiry(_ code: String) -> Int64? {
        let chars = Array(code)
        guard chars.count == 6 || chars.count == 7 else { return nil }
        let dayDigits = chars.count - 5
        guard let day = Int(String(chars[0..<dayDigits])),
              let monthIndex = months.firstIndex(of: String(chars[dayDigits..<dayDigits + 3])),
              let yy = Int(String(chars[(dayDigits + 3)...])) else { return nil }
        let year = 2000 + yy
        guard UTCTime.isValidDate(year: year, month: monthIndex + 1, day: day) else { return nil }
        return UTCTime.micros(year: year, month: monthIndex + 1, day: day, hour: 8)
    }

    private static func isUpperAlnum(_ s: Unicode.Scalar) -> Bool {
        (s >= "A" && s <= "Z") || (s >= "0" && s <= "9")
    }

    private static func isCoin(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 12 && text.unicodeScalars.allSatisfy(isUpperAlnum)
            && text.unicodeScalars.contains { $0 >= "A" && $0 <= "Z" }
    }
}

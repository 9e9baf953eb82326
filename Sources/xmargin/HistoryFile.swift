import Foundation
import MarginConfig
import MarginEngine

/// A minimal reader of price history for `--history` (until the MarketData tape readers land):
/// - `FILE`: a native CSV tape with a header naming `timestamp_us` (or `timestamp`, µs) and
///   `symbol`, and a price column `index`, `mark` or `price`. Index symbols `BTC-USD` give BTC;
///   other symbols count only for coins with no index rows (perpetual marks, by underlying).
/// - `COIN=FILE`: a Binance kline CSV (with or without header; ms or µs open times; close price).
/// Daily closes are aligned across coins into `ReturnHistory`. Errors name the file and line.
enum HistoryFile {
    static func load(_ arguments: [String]) throws -> ReturnHistory {
        var prices: [String: [(micros: Int64, price: Double)]] = [:]
        var fromMarks: [String: [(micros: Int64, price: Double)]] = [:]
        for argument in arguments {
            if let equals = argument.firstIndex(of: "="), !argument.hasPrefix("/"), !argument.hasPrefix(".") {
                let coin = String(argument[..<equals])
                let path = String(argument[argument.index(after: equals)...])
                guard (try? InstrumentParser.parse(coin))?.kind == .spot else {
                    throw ConfigError(file: path, location: "", message: "'\(coin)' in --history \(argument) is not a coin such as BTC")
                }
                prices[coin, default: []] += try kline(path)
            } else {
                try native(argument, index: &prices, marks: &fromMarks)
            }
        }
        for (coin, observations) in fromMarks where prices[coin] == nil { prices[coin] = observations }
        guard !prices.isEmpty else {
            throw ConfigError(file: arguments.joined(separator: ", "), location: "", message: "no prices found in the history")
        }
        return ReturnHistory(prices: prices)
    }

    static func lines(_ path: String) throws -> [Substring] {
        try PortfolioFile.readText(path).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    static func native(_ path: String, index: inout [String: [(micros: Int64, price: Double)]],
                       marks: inout [String: [(micros: Int64, price: Double)]]) throws {
        let rows = try lines(path)
        guard let header = rows.first?.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) else {
            throw ConfigError(file: path, location: "line 1", message: "empty file")
        }
        guard let time = header.firstIndex(of: "timestamp_us") ?? header.firstIndex(of: "timestamp"),
              let symbol = header.firstIndex(of: "symbol"),
              let price = header.firstIndex(of: "index") ?? header.firstIndex(of: "mark") ?? header.firstIndex(of: "price") else {
            throw ConfigError(file: path, location: "line 1", message:
                "not a native tape: the header needs timestamp_us, symbol and index/mark/price columns (or use COIN=FILE for Binance klines)")
        }
        for (number, row) in rows.enumerated().dropFirst() where !row.isEmpty {
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count > max(time, symbol, price), let micros = Int64(fields[time]) else {
                throw ConfigError(file: path, location: "line \(number + 1)", message: "malformed row")
            }
            guard let value = Double(fields[price]) else { continue }  // an event without this field
            guard value.isFinite, value > 0 else {
                throw ConfigError(file: path, location: "line \(number + 1)", message: "price must be a positive number, got \(fields[price])")
            }
            let name = String(fields[symbol])
            if name.hasSuffix("-USD") {
                index[String(name.dropLast(4)), default: []].append((micros, value))
            } else if let instrument = try? InstrumentParser.parse(name), instrument.kind == .perpetual {
                marks[instrument.underlying, default: []].append((micros, value))
            }
        }
    }

    static func kline(_ path: String) throws -> [(micros: Int64, price: Double)] {
        var result: [(micros: Int64, price: Double)] = []
        for (number, row) in try lines(path).enumerated() where !row.isEmpty {
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            if number == 0, fields.first.map({ Int64($0) == nil }) ?? false { continue }  // header
            guard fields.count >= 5, let open = Int64(fields[0]), let close = Double(fields[4]), close.isFinite, close > 0 else {
                throw ConfigError(file: path, location: "line \(number + 1)", message: "not a Binance kline row (open_time,open,high,low,close,…)")
            }
            let micros = open >= 100_000_000_000_000 ? open : open * 1000
            result.append((micros, close))
        }
        return result
    }
}

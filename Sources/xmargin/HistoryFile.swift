import Foundation
import MarginConfig
import MarginEngine
import MarketData

/// Reads price history for `--history` with the market-data readers (any tape format they take,
/// streamed: only the last price of each UTC day per coin is kept):
/// - `FILE`: any tape; index prices (`BTC-USD`, or the index a symbol implies under the default
///   symbol map, e.g. a BTCUSDT close) give each coin's series;
/// - `COIN=FILE`: a tape whose rows carry no usable symbol (Binance klines), read as `COINUSDT`.
/// Daily closes are then aligned across coins by `ReturnHistory`.
enum HistoryFile {
    static func load(_ arguments: [String]) throws -> ReturnHistory {
        var daily: [String: [Int64: (micros: Int64, price: Double)]] = [:]
        for argument in arguments {
            var path = argument
            var symbol: String?
            if let equals = argument.firstIndex(of: "="), !argument.hasPrefix("/"), !argument.hasPrefix(".") {
                let coin = String(argument[..<equals])
                path = String(argument[argument.index(after: equals)...])
                guard (try? InstrumentParser.parse(coin))?.kind == .spot else {
                    throw ConfigError(file: path, location: "", message: "'\(coin)' in --history \(argument) is not a coin such as BTC")
                }
                symbol = coin + "USDT"
            }
            let reader = try TapeFileReader(path: path, options: TapeReaderOptions(symbolOverride: symbol))
            var mapper = PriceUpdateMapper(relevantTo: nil)
            var updates: [PriceUpdate] = []
            while let event = try reader.nextTapeEvent() {
                updates.removeAll(keepingCapacity: true)
                mapper.append(event, to: &updates)
                for update in updates {
                    guard case .index(let coin, let usd) = update else { continue }
                    // A bar ending exactly at midnight closes the previous day.
                    let day = (event.timestampMicros - 1) / UTCTime.microsPerDay
                    daily[coin, default: [:]][day] = (event.timestampMicros, usd)
                }
            }
        }
        guard !daily.isEmpty else {
            throw ConfigError(file: arguments.joined(separator: ", "), location: "", message: "no index prices found in the history")
        }
        var prices: [String: [(micros: Int64, price: Double)]] = [:]
        for (coin, days) in daily { prices[coin] = days.keys.sorted().compactMap { days[$0] } }
        return ReturnHistory(prices: prices)
    }
}

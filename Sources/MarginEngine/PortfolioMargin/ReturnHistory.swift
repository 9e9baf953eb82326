import RealModule

/// Aligned daily log returns per underlying: the history that FHS and the EWMA covariance use.
///
/// Element t of every series is the return over the same day (dates aligned across assets, so
/// correlation comes from the data). Built from raw price observations with `init(prices:)`, or
/// given directly.
public struct ReturnHistory: Sendable, Equatable {
    /// Daily log returns per coin, all the same length.
    public var returns: [String: [Double]]
    /// End-of-day timestamps (µs UTC) of each return, same length as the series.
    public var dayEndsMicros: [Int64]

    public init(returns: [String: [Double]], dayEndsMicros: [Int64] = []) {
        self.returns = returns
        self.dayEndsMicros = dayEndsMicros
    }

    /// Number of aligned returns (the shortest series).
    public var length: Int { returns.values.map(\.count).min() ?? 0 }

    /// From price observations per coin `(timestamp µs, price USD)` in any order: the last price of
    /// each UTC day is that day's close; only days where every coin has a close are kept, and a
    /// return is taken only between consecutive calendar days (gaps break the chain, not bridged).
    public init(prices: [String: [(micros: Int64, price: Double)]]) {
        var closes: [String: [Int64: (Int64, Double)]] = [:]
        for (coin, observations) in prices {
            var byDay: [Int64: (Int64, Double)] = [:]
            for (micros, price) in observations where price.isFinite && price > 0 {
                let day = micros >= 0 ? micros / UTCTime.microsPerDay : (micros + 1) / UTCTime.microsPerDay - 1
                if let existing = byDay[day], existing.0 > micros { continue }
                byDay[day] = (micros, price)
            }
            closes[coin] = byDay
        }
        let coins = closes.keys.sorted()
        var common: Set<Int64>? = nil
        for coin in coins {
            let days = Set(closes[coin]?.keys.map { $0 } ?? [])
            common = common.map { $0.intersection(days) } ?? days
        }
        let days = (common ?? []).sorted()
        var returns: [String: [Double]] = [:]
        for coin in coins { returns[coin] = [] }
        var ends: [Int64] = []
        if days.count > 1 {
            for index in 1..<days.count where days[index] == days[index - 1] + 1 {
                for coin in coins {
                    guard let today = closes[coin]?[days[index]]?.1, let before = closes[coin]?[days[index - 1]]?.1 else { continue }
                    returns[coin, default: []].append(Double.log(today / before))
                }
                ends.append((days[index] + 1) * UTCTime.microsPerDay)
            }
        }
        self.init(returns: returns, dayEndsMicros: ends)
    }
}

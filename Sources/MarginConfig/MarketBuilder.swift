import MarginEngine

/// Turns `MarketInputs` into the engine's `MarketState` for a portfolio: options given by mark get
/// their implied vol solved (Black-76 on the forward; inverse marks are coin, × forward for USD).
public enum MarketBuilder {
    /// Builds the market at `timestampMicros`; `file` names the input in errors.
    public static func build(_ inputs: MarketInputs, for portfolio: Portfolio, at timestampMicros: Int64,
                             file: String) throws(ConfigError) -> MarketState {
        var market = MarketState(timestampMicros: timestampMicros, indexUSD: inputs.indexUSD, marksUSD: [:],
                                 impliedVols: inputs.impliedVols, forwardsUSD: inputs.forwardsUSD)
        var optionMarks: [String: Double] = [:]
        for (symbol, price) in inputs.marks {
            if let instrument = try? InstrumentParser.parse(symbol), instrument.isOption {
                optionMarks[symbol] = price
            } else {
                market.marksUSD[symbol] = price
            }
        }
        let instruments = portfolio.accounts.flatMap { $0.positions.map(\.instrument) }
        for instrument in instruments {
            guard market.index(of: instrument.underlying) != nil else {
                throw ConfigError(file: file, location: "marks", message:
                    "no index price for \(instrument.underlying) (needed by \(instrument.name)): add \"\(instrument.underlying)-USD\" = PRICE")
            }
            guard case .option(let expiry, let strike, let right) = instrument.kind,
                  market.impliedVols[instrument.name] == nil else { continue }
            guard let mark = optionMarks[instrument.name] else {
                throw ConfigError(file: file, location: "iv", message:
                    "option '\(instrument.name)' needs an implied vol in [iv] or a mark in [marks]")
            }
            guard let forward = market.forward(for: instrument) else { continue }
            let priceUSD = instrument.settlement == .inverse ? mark * forward : mark
            let years = UTCTime.yearsBetween(timestampMicros, expiry)
            guard years > 0 else {
                market.impliedVols[instrument.name] = 0
                continue
            }
            guard let vol = Black76.impliedVol(priceUSD: priceUSD, forward: forward, strike: strike, years: years, right: right) else {
                throw ConfigError(file: file, location: "marks.\"\(instrument.name)\"", message:
                    "mark \(mark) is outside the option's no-arbitrage bounds; cannot solve an implied vol")
            }
            market.impliedVols[instrument.name] = vol
        }
        for account in portfolio.accounts {
            for balance in account.collateral where market.index(of: balance.coin) == nil && balance.amount != 0 {
                throw ConfigError(file: file, location: "marks", message:
                    "no index price for collateral \(balance.coin): add \"\(balance.coin)-USD\" = PRICE")
            }
        }
        return market
    }
}

import RealModule

/// One instrument's liquidity (concentration) charge.
public struct LiquidityCharge: Sendable, Equatable, Encodable {
    public var instrument: String
    /// Net notional across the book (or group), USD: |N| for inverse perps/futures, |q|·mark for
    /// linear ones, |contracts|·index for options.
    public var notionalUSD: Double
    public var dailyVolumeUSD: Double
    /// notional ÷ daily volume, a fraction.
    public var participation: Double
    public var chargeUSD: Double

    enum CodingKeys: String, CodingKey {
        case instrument, participation
        case notionalUSD = "notional_usd", dailyVolumeUSD = "daily_volume_usd", chargeUSD = "charge_usd"
    }
}

/// The liquidity add-on: its own line in the report, added to portfolio IM and MM.
public struct LiquidityAddOnReport: Sendable, Equatable, Encodable {
    public var totalUSD: Double
    /// Charged instruments only.
    public var charges: [LiquidityCharge]

    enum CodingKeys: String, CodingKey {
        case charges
        case totalUSD = "total_usd"
    }
}

/// Computes the add-on of `LiquiditySettings` (square-root impact beyond a participation threshold).
enum LiquidityAddOn {
    static func compute(_ books: [UnderlyingBook], settings: LiquiditySettings, dailyVols: [String: Double]) -> LiquidityAddOnReport {
        var charges: [LiquidityCharge] = []
        for book in books {
            let sigma = dailyVols[book.coin] ?? 0
            var items: [(Instrument, Double)] = []
            for slot in book.linearSize.indices {
                let size = abs(book.linearSize[slot])
                items.append((book.linearInstruments[slot], book.linearInverse[slot] ? size : size * book.linearMark[slot]))
            }
            for slot in book.optionSize.indices {
                items.append((book.optionInstruments[slot], abs(book.optionSize[slot]) * book.indexUSD))
            }
            for (instrument, notional) in items where notional > 0 {
                guard let volume = settings.volume(for: instrument), volume > 0 else { continue }
                let participation = notional / volume
                guard participation > settings.participationThreshold else { continue }
                let charge = notional * settings.impactCoefficient * sigma
                    * (participation.squareRoot() - settings.participationThreshold.squareRoot())
                charges.append(LiquidityCharge(instrument: instrument.name, notionalUSD: notional, dailyVolumeUSD: volume,
                                               participation: participation, chargeUSD: charge))
            }
        }
        return LiquidityAddOnReport(totalUSD: charges.reduce(0) { $0 + $1.chargeUSD }, charges: charges)
    }
}

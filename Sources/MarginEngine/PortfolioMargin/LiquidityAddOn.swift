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
    /// Charges of one underlying's instruments; volumes come from `UnderlyingBook.loadDailyVolumes`.
    static func charges(_ book: UnderlyingBook, settings: LiquiditySettings, dailyVol sigma: Double) -> [LiquidityCharge] {
        var charges: [LiquidityCharge] = []
        func charge(_ instrument: Instrument, notional: Double, volume: Double) {
            guard notional > 0, volume > 0 else { return }
            let participation = notional / volume
            guard participation > settings.participationThreshold else { return }
            let amount = notional * settings.impactCoefficient * sigma
                * (participation.squareRoot() - settings.participationThreshold.squareRoot())
            charges.append(LiquidityCharge(instrument: instrument.name, notionalUSD: notional, dailyVolumeUSD: volume,
                                           participation: participation, chargeUSD: amount))
        }
        for slot in book.linearSize.indices where slot < book.linearDailyVolumeUSD.count {
            let size = abs(book.linearSize[slot])
            charge(book.linearInstruments[slot], notional: book.linearInverse[slot] ? size : size * book.linearMark[slot],
                   volume: book.linearDailyVolumeUSD[slot])
        }
        for slot in book.optionSize.indices where slot < book.optionDailyVolumeUSD.count {
            charge(book.optionInstruments[slot], notional: abs(book.optionSize[slot]) * book.indexUSD,
                   volume: book.optionDailyVolumeUSD[slot])
        }
        return charges
    }

    static func report(_ books: [UnderlyingBook], settings: LiquiditySettings, dailyVols: [String: Double]) -> LiquidityAddOnReport {
        let all = books.flatMap { Self.charges($0, settings: settings, dailyVol: dailyVols[$0.coin] ?? 0) }
        return LiquidityAddOnReport(totalUSD: all.reduce(0) { $0 + $1.chargeUSD }, charges: all)
    }
}

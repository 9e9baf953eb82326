/// Deribit's size-scaled margin for perpetuals and futures (DESIGN §5.2).
///
/// Source: Deribit knowledge base, "Margin requirements for futures/perpetuals": IM = 2% + 0.005%
/// per BTC of position size, MM = 1% + 0.005% per BTC (published for its linear perpetual and used as
/// the default for the inverse ones). Rates are fractions of notional; size in coin.
/// Worked example: 25 BTC at 100,000 → IM rate 2.125% (53,125 USD), MM rate 1.125% (28,125 USD).
public struct DeribitFutureSchedule: Sendable, Equatable {
    /// Base initial margin rate, fraction (0.02).
    public var initialBaseRate: Double
    /// Extra initial margin rate per coin of size, fraction (0.00005).
    public var initialRatePerCoin: Double
    /// Base maintenance margin rate, fraction (0.01).
    public var maintenanceBaseRate: Double
    /// Extra maintenance margin rate per coin of size, fraction (0.00005).
    public var maintenanceRatePerCoin: Double

    public init(initialBaseRate: Double, initialRatePerCoin: Double, maintenanceBaseRate: Double, maintenanceRatePerCoin: Double) {
        self.initialBaseRate = initialBaseRate
        self.initialRatePerCoin = initialRatePerCoin
        self.maintenanceBaseRate = maintenanceBaseRate
        self.maintenanceRatePerCoin = maintenanceRatePerCoin
    }

    /// Initial margin rate (fraction of notional) for a position of `sizeCoin` coins (absolute).
    public func initialRate(sizeCoin: Double) -> Double { initialBaseRate + initialRatePerCoin * sizeCoin }

    /// Maintenance margin rate (fraction of notional) for a position of `sizeCoin` coins (absolute).
    public func maintenanceRate(sizeCoin: Double) -> Double { maintenanceBaseRate + maintenanceRatePerCoin * sizeCoin }
}

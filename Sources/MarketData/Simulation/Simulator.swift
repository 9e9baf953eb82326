import MarginEngine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Seeded multi-asset market simulator: correlated GBM (Cholesky of `correlation`) with Merton
/// jumps and a two-state (calm / stressed) volatility regime; per asset an index `BTC-USD`, a
/// perpetual `BTC-PERPETUAL` around the index with a mean-reverting basis, dated futures
/// `BTC-27MAR26` at `index·exp(basis·T)`, and OTM options `BTC-27MAR26-110000-C` priced with
/// Black-76 off an IV surface (ATM level following realized vol + skew + term decay).
///
/// Each step (every `stepMicros`) emits, per asset in configuration order: index, perpetual,
/// each future, each option. Same configuration → same events → same bytes when written:
/// prices are rounded to 0.01 USD (options at least 0.01), IV to 1e-4.
///
/// ```swift
/// var simulator = try Simulator(configuration: SimulatorConfiguration(seed: 7))
/// while let event = simulator.nextEvent() { … }
/// ```
public struct Simulator: RewindablePriceEventStream, Sendable {
    public let configuration: SimulatorConfiguration
    private let choleskyRows: [[Double]]
    private let expiries: [[SimulatedExpiry]]
    private var random: SeededRandom
    private var stepIndex: Int64 = 0
    private var isStressed = false
    private var indexPrices: [Double]
    private var perpetualBasis: [Double]
    private var realizedVariance: [Double]
    private var pending: [PriceEvent] = []
    private var pendingPosition = 0

    public init(configuration: SimulatorConfiguration = SimulatorConfiguration()) throws(SimulatorConfigurationError) {
        let count = configuration.assets.count
        guard configuration.correlation.count == count else {
            throw .correlationShapeMismatch(assets: count, rows: configuration.correlation.count)
        }
        guard let factor = Cholesky.lowerIfPositiveDefinite(configuration.correlation) else { throw .correlationNotPositiveDefinite }
        guard configuration.stepMicros > 0 else { throw .invalidParameter("stepMicros must be > 0") }
        for asset in configuration.assets where !(asset.initialPriceUSD > 0 && asset.annualVolatility > 0 && asset.strikeStepUSD > 0) {
            throw .invalidParameter("asset \(asset.name.sanitizedForDisplay) needs positive price, volatility and strike step")
        }
        self.configuration = configuration
        choleskyRows = factor
        random = SeededRandom(seed: configuration.seed)
        indexPrices = configuration.assets.map(\.initialPriceUSD)
        perpetualBasis = Array(repeating: 0, count: count)
        realizedVariance = configuration.assets.map { $0.annualVolatility * $0.annualVolatility }
        let startDay = Int(configuration.startMicros / 86_400_000_000)
        expiries = configuration.assets.map { asset in
            configuration.futureExpiryDays.map { days in
                let code = deribitExpiryCode(daysSinceEpoch: startDay + days)
                let expiryMicros = Int64(startDay + days) * 86_400_000_000 + 8 * 3_600_000_000
                let options = configuration.optionMoneyness.map { moneyness in
                    let strike = max(asset.strikeStepUSD, (asset.initialPriceUSD * moneyness).rounded(toStep: asset.strikeStepUSD))
                    let isCall = moneyness >= 1
                    let strikeText = strike == strike.rounded() ? String(Int64(strike)) : strike.description
                    return (symbol: "\(asset.name)-\(code)-\(strikeText)-\(isCall ? "C" : "P")", strike: strike, isCall: isCall)
                }
                return SimulatedExpiry(code: code, expiryMicros: expiryMicros, options: options)
            }
        }
    }

    /// Current simulated time, µs (the timestamp of the last generated step).
    public var currentMicros: Int64 { configuration.startMicros + (stepIndex - 1) * configuration.stepMicros }

    /// True while the volatility regime is stressed.
    public var isInStressedRegime: Bool { isStressed }

    public mutating func nextEvent() -> PriceEvent? {
        if pendingPosition >= pending.count {
            guard generateStep() else { return nil }
        }
        defer { pendingPosition += 1 }
        return pending[pendingPosition]
    }

    public mutating func rewind() {
        if let fresh = try? Simulator(configuration: configuration) { self = fresh }
    }

    /// Generates the next step's events into `pending`; false when the duration is over.
    private mutating func generateStep() -> Bool {
        let timestamp = configuration.startMicros + stepIndex * configuration.stepMicros
        if let duration = configuration.durationMicros, timestamp - configuration.startMicros > duration { return false }
        pending.removeAll(keepingCapacity: true)
        pendingPosition = 0
        if stepIndex > 0 { advancePrices() }
        stepIndex += 1
        for (assetIndex, asset) in configuration.assets.enumerated() {
            emitEvents(for: asset, assetIndex: assetIndex, timestamp: timestamp)
        }
        return true
    }

    private mutating func advancePrices() {
        let stepSeconds = Double(configuration.stepMicros) / 1_000_000
        let years = stepSeconds / (365 * 86_400)
        let switchProbability = stepSeconds / (isStressed ? configuration.meanStressedDurationSeconds : configuration.meanCalmDurationSeconds)
        if random.unitInterval() < switchProbability { isStressed.toggle() }
        let independent = configuration.assets.map { _ in random.normalFromUnitInterval() }
        let decay = pow(0.5, stepSeconds / configuration.realizedVolatilityHalfLifeSeconds)
        for (assetIndex, asset) in configuration.assets.enumerated() {
            var shock = 0.0
            for k in 0...assetIndex { shock += choleskyRows[assetIndex][k] * independent[k] }
            let volatility = asset.annualVolatility * (isStressed ? configuration.stressedVolatilityMultiplier : 1)
            let jumpCompensator = asset.jumpsPerYear * (exp(asset.jumpLogMean + 0.5 * asset.jumpLogStandardDeviation * asset.jumpLogStandardDeviation) - 1)
            var logReturn = (asset.annualDrift - 0.5 * volatility * volatility - jumpCompensator) * years + volatility * years.squareRoot() * shock
            let jumps = random.poisson(mean: asset.jumpsPerYear * years)
            for _ in 0..<jumps { logReturn += asset.jumpLogMean + asset.jumpLogStandardDeviation * random.normalFromUnitInterval() }
            indexPrices[assetIndex] *= exp(logReturn)
            realizedVariance[assetIndex] = decay * realizedVariance[assetIndex] + (1 - decay) * logReturn * logReturn / years
            let basisNoise = configuration.perpetualBasisVolatility * years.squareRoot() * random.normalFromUnitInterval()
            perpetualBasis[assetIndex] += -configuration.perpetualBasisMeanReversionPerYear * perpetualBasis[assetIndex] * years + basisNoise
        }
    }

    private mutating func emitEvents(for asset: SimulatedAsset, assetIndex: Int, timestamp: Int64) {
        let index = indexPrices[assetIndex].rounded(toStep: 0.01)
        pending.append(PriceEvent(timestampMicros: timestamp, symbol: "\(asset.name)-USD", index: index))
        let perpetualMark = (indexPrices[assetIndex] * (1 + perpetualBasis[assetIndex])).rounded(toStep: 0.01)
        pending.append(PriceEvent(timestampMicros: timestamp, symbol: "\(asset.name)-PERPETUAL", mark: perpetualMark, index: index))
        let realizedVolatility = realizedVariance[assetIndex].squareRoot()
        let shortDatedATM = max(0.05, asset.baseImpliedVolatility + configuration.impliedVolatilityBeta * (realizedVolatility - asset.annualVolatility))
        for expiry in expiries[assetIndex] where expiry.expiryMicros > timestamp {
            let years = Double(expiry.expiryMicros - timestamp) / (365 * 86_400_000_000)
            let forward = indexPrices[assetIndex] * exp(configuration.futuresAnnualBasis * years)
            let forwardRounded = forward.rounded(toStep: 0.01)
            pending.append(PriceEvent(timestampMicros: timestamp, symbol: "\(asset.name)-\(expiry.code)", mark: forwardRounded, index: index))
            // Term structure: the realized-vol shock decays towards the base level with a 3-month scale.
            let termWeight = exp(-years / 0.25)
            let atm = asset.baseImpliedVolatility + (shortDatedATM - asset.baseImpliedVolatility) * termWeight
            for option in expiry.options {
                let logMoneyness = log(option.strike / forward)
                let iv = min(5, max(0.05, atm + asset.skewPerLogMoneyness * logMoneyness + 0.3 * logMoneyness * logMoneyness)).rounded(toStep: 0.0001)
                let price = Black76.price(forward: forward, strike: option.strike, years: years, vol: iv, right: option.isCall ? .call : .put)
                pending.append(PriceEvent(timestampMicros: timestamp, symbol: option.symbol, mark: max(0.01, price.rounded(toStep: 0.01)),
                                          index: index, iv: iv, underlyingPrice: forwardRounded))
            }
        }
    }
}

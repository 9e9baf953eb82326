/// Parameters of one simulated underlying. Rates and vols are annualised fractions.
public struct SimulatedAsset: Sendable, Hashable {
    /// Underlying name (`"BTC"`); instruments are `BTC-USD` (index), `BTC-PERPETUAL`, `BTC-<expiry>`, options.
    public var name: String
    /// Index price at the start, USD.
    public var initialPriceUSD: Double
    /// Diffusive volatility in the calm regime, fraction per year.
    public var annualVolatility: Double
    /// Drift, fraction per year.
    public var annualDrift: Double
    /// Merton jumps per year, and the mean and standard deviation of the log jump size.
    public var jumpsPerYear: Double
    public var jumpLogMean: Double
    public var jumpLogStandardDeviation: Double
    /// Strike grid for simulated options, USD.
    public var strikeStepUSD: Double
    /// ATM implied vol when realized vol equals `annualVolatility`, fraction.
    public var baseImpliedVolatility: Double
    /// IV change per unit of log-moneyness (negative = put skew).
    public var skewPerLogMoneyness: Double

    public init(name: String, initialPriceUSD: Double, annualVolatility: Double, annualDrift: Double = 0,
                jumpsPerYear: Double = 12, jumpLogMean: Double = -0.02, jumpLogStandardDeviation: Double = 0.03,
                strikeStepUSD: Double, baseImpliedVolatility: Double, skewPerLogMoneyness: Double = -0.25) {
        self.name = name
        self.initialPriceUSD = initialPriceUSD
        self.annualVolatility = annualVolatility
        self.annualDrift = annualDrift
        self.jumpsPerYear = jumpsPerYear
        self.jumpLogMean = jumpLogMean
        self.jumpLogStandardDeviation = jumpLogStandardDeviation
        self.strikeStepUSD = strikeStepUSD
        self.baseImpliedVolatility = baseImpliedVolatility
        self.skewPerLogMoneyness = skewPerLogMoneyness
    }

    public static let bitcoin = SimulatedAsset(name: "BTC", initialPriceUSD: 95_000, annualVolatility: 0.50,
                                               strikeStepUSD: 1_000, baseImpliedVolatility: 0.52)
    public static let ether = SimulatedAsset(name: "ETH", initialPriceUSD: 3_200, annualVolatility: 0.65,
                                             strikeStepUSD: 50, baseImpliedVolatility: 0.66)
    public static let solana = SimulatedAsset(name: "SOL", initialPriceUSD: 150, annualVolatility: 0.80,
                                              strikeStepUSD: 5, baseImpliedVolatility: 0.82)
}

/// Everything the `Simulator` needs. Same configuration (including `seed`) → same events.
public struct SimulatorConfiguration: Sendable, Hashable {
    public var seed: UInt64
    public var assets: [SimulatedAsset]
    /// Correlation of the assets' diffusive shocks (symmetric, positive definite, 1 on the diagonal).
    public var correlation: [[Double]]
    /// Start of the tape, µs since epoch. Default 2026-01-05T00:00:00Z (fixed, not the wall clock).
    public var startMicros: Int64
    /// Time between steps, µs (default 1 s).
    public var stepMicros: Int64
    /// Length of the tape, µs; nil = endless.
    public var durationMicros: Int64?
    /// Stressed regime: vol multiplier and mean regime durations, seconds.
    public var stressedVolatilityMultiplier: Double
    public var meanCalmDurationSeconds: Double
    public var meanStressedDurationSeconds: Double
    /// Perp basis (mark/index − 1): mean-reversion speed per year and noise per √year.
    public var perpetualBasisMeanReversionPerYear: Double
    public var perpetualBasisVolatility: Double
    /// Annualised basis of dated futures over the index (carry), fraction per year.
    public var futuresAnnualBasis: Double
    /// Days from the start to each dated future's expiry (08:00 UTC); options are listed on these.
    /// By default the first Fridays on or after 30 and 90 days (Deribit's futures and monthly
    /// options expire on Fridays); a book-shaped feed passes the book's own expiries.
    public var futureExpiryDays: [Int]
    /// Option strikes as multiples of the initial price (rounded to the strike grid); OTM side only.
    public var optionMoneyness: [Double]
    /// Half-life of the realized-vol EWMA that drives the IV surface, seconds.
    public var realizedVolatilityHalfLifeSeconds: Double
    /// How much ATM IV follows realized vol: IV = base + beta × (realized − calm vol).
    public var impliedVolatilityBeta: Double

    /// Days from `startMicros`'s UTC day to the first Friday on or after `days` days later. Day 0 of
    /// the epoch, 1970-01-01, was a Thursday, so a day number d falls on weekday (d + 4) mod 7
    /// (0 = Sunday, 5 = Friday).
    public static func daysToFriday(from startMicros: Int64, onOrAfter days: Int) -> Int {
        let (startDay, remainder) = startMicros.quotientAndRemainder(dividingBy: 86_400_000_000)
        let day = Int(startDay) - (remainder < 0 ? 1 : 0) + days
        let weekday = ((day + 4) % 7 + 7) % 7
        return days + (5 - weekday + 7) % 7
    }

    public init(seed: UInt64 = 42, assets: [SimulatedAsset] = [.bitcoin, .ether, .solana],
                correlation: [[Double]]? = nil,
                startMicros: Int64 = SimulatorConfiguration.defaultStartMicros,
                stepMicros: Int64 = 1_000_000, durationMicros: Int64? = 3_600_000_000,
                stressedVolatilityMultiplier: Double = 2.5, meanCalmDurationSeconds: Double = 6 * 3600,
                meanStressedDurationSeconds: Double = 3600, perpetualBasisMeanReversionPerYear: Double = 2000,
                perpetualBasisVolatility: Double = 0.05, futuresAnnualBasis: Double = 0.06,
                futureExpiryDays: [Int]? = nil, optionMoneyness: [Double] = [0.8, 0.9, 1.0, 1.1, 1.2],
                realizedVolatilityHalfLifeSeconds: Double = 3600, impliedVolatilityBeta: Double = 0.6) {
        self.seed = seed
        self.assets = assets
        self.correlation = correlation ?? Self.defaultCorrelation(count: assets.count)
        self.startMicros = startMicros
        self.stepMicros = stepMicros
        self.durationMicros = durationMicros
        self.stressedVolatilityMultiplier = stressedVolatilityMultiplier
        self.meanCalmDurationSeconds = meanCalmDurationSeconds
        self.meanStressedDurationSeconds = meanStressedDurationSeconds
        self.perpetualBasisMeanReversionPerYear = perpetualBasisMeanReversionPerYear
        self.perpetualBasisVolatility = perpetualBasisVolatility
        self.futuresAnnualBasis = futuresAnnualBasis
        self.futureExpiryDays = futureExpiryDays ?? [30, 90].map { Self.daysToFriday(from: startMicros, onOrAfter: $0) }
        self.optionMoneyness = optionMoneyness
        self.realizedVolatilityHalfLifeSeconds = realizedVolatilityHalfLifeSeconds
        self.impliedVolatilityBeta = impliedVolatilityBeta
    }

    /// 2026-01-05T00:00:00Z in µs: the fixed default start (never the wall clock).
    public static let defaultStartMicros: Int64 = 1_767_571_200_000_000

    /// BTC/ETH 0.8, BTC/SOL 0.7, ETH/SOL 0.75 for the default three; 0.6 between any others.
    public static func defaultCorrelation(count: Int) -> [[Double]] {
        let known: [[Double]] = [[1, 0.8, 0.7], [0.8, 1, 0.75], [0.7, 0.75, 1]]
        var matrix = [[Double]](repeating: [Double](repeating: 0.6, count: count), count: count)
        for row in 0..<count {
            for column in 0..<count {
                if row == column {
                    matrix[row][column] = 1
                } else if row < 3, column < 3 {
                    matrix[row][column] = known[row][column]
                }
            }
        }
        return matrix
    }
}

/// Why a `SimulatorConfiguration` was refused.
public enum SimulatorConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    case correlationNotPositiveDefinite
    case correlationShapeMismatch(assets: Int, rows: Int)
    case invalidParameter(String)

    public var description: String {
        switch self {
        case .correlationNotPositiveDefinite: return "correlation matrix is not symmetric positive definite"
        case let .correlationShapeMismatch(assets, rows): return "\(assets) assets but a \(rows)-row correlation matrix"
        case let .invalidParameter(text): return "invalid simulator parameter: \(text)"
        }
    }
}

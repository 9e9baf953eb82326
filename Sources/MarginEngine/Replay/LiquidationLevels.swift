/// Where a book is liquidated — the one definition (DESIGN §6) every front end shows and the
/// replay obeys.
///
/// For an underlying U, a level is the price of U (its index, the marks and forwards of every
/// instrument on U and collateral in U all moving together by the same factor; other underlyings
/// held; every schedule re-evaluated there, so a Binance bracket changes as notional falls) at which
/// the position (isolated) or the account (cross, portfolio) reaches its maintenance margin.
/// Levels are stored as factors (price ÷ current price); multiply by a current price to get the
/// level in that price (index USD, or an instrument's own mark).
public struct LiquidationLevels: Sendable, Equatable {
    /// Which way the price moves to reach a level.
    public enum Side: String, Sendable, Equatable {
        case down, up
    }

    /// One underlying's levels.
    public struct Underlying: Sendable, Equatable {
        public var underlying: String
        /// Index now, USD.
        public var indexUSD: Double
        /// Factor of the level a falling price reaches (above 1 once past it); nil where none.
        public var down: Double?
        /// Factor of the level a rising price reaches (below 1 once past it); nil where none.
        public var up: Double?

        public init(underlying: String, indexUSD: Double, down: Double?, up: Double?) {
            self.underlying = underlying
            self.indexUSD = indexUSD
            self.down = down
            self.up = up
        }

        /// The down level in index USD; nil where none.
        public var downUSD: Double? { down.map { $0 * indexUSD } }
        /// The up level in index USD; nil where none.
        public var upUSD: Double? { up.map { $0 * indexUSD } }

        /// The level the price reaches first (the smaller move in log terms; a level already
        /// passed before one ahead); nil when neither exists.
        public var nearest: PositionLevel? {
            let candidates = [down.map { PositionLevel(factor: $0, side: .down) }, up.map { PositionLevel(factor: $0, side: .up) }]
                .compactMap { $0 }
            return candidates.min { $0.distance < $1.distance }
        }
    }

    /// A position's level: the factor and the side it is reached from.
    public struct PositionLevel: Sendable, Equatable {
        public var factor: Double
        public var side: Side

        public init(factor: Double, side: Side) {
            self.factor = factor
            self.side = side
        }

        /// Signed distance (fraction of the current price) the price must move to reach the level:
        /// positive while ahead, negative once past it.
        public var distance: Double { LiquidationLevels.distance(to: factor, from: 1, side: side) }
    }

    /// Per underlying (first appearance in the book; isolated: the first level reached by any of
    /// its positions each way).
    public var underlyings: [Underlying]
    /// Per position in book order; nil where none can exist (spot, size 0, a long option in
    /// isolated mode) or none lies in the scanned range (see `LiquidationPriceSolver`).
    public var positions: [PositionLevel?]

    public init(underlyings: [Underlying], positions: [PositionLevel?]) {
        self.underlyings = underlyings
        self.positions = positions
    }

    /// Whether a position can have a liquidation level at all: not spot, not size 0, and in
    /// isolated mode not a long option (its loss is capped at the premium its margin covers).
    public static func canExist(for position: Position, isolated: Bool) -> Bool {
        if position.instrument.kind == .spot || position.size == 0 { return false }
        if isolated, position.instrument.isOption, position.size > 0 { return false }
        return true
    }

    /// Signed distance, fraction of `current`, from `current` to a level at `price` reached from
    /// `side`: positive while ahead (above a down level, below an up level), negative once past.
    public static func distance(to price: Double, from current: Double, side: Side) -> Double {
        side == .down ? 1 - price / current : price / current - 1
    }

    /// The levels of `underlying`, if the book holds it.
    public func levels(of underlying: String) -> Underlying? { underlyings.first { $0.underlying == underlying } }
}

/// An account compiled for fast repeated margining during replays (DESIGN §11).
///
/// Schedules are resolved once; every price the book depends on has a slot in a flat array;
/// positions are grouped by underlying, and an update recomputes only the underlying it moves.
/// Equity, IM and MM are then sums of per-underlying partials. Years to expiry are refreshed by
/// `setTime(_:)` on a tape-time cadence, not on every tick. A mark or forward the feed has never
/// priced moves with its underlying's index, keeping its basis (a Binance kline tape moves a
/// book's inverse perp and the forwards of its options along with BTCUSDT).
public struct CompiledBook: Sendable {
    public internal(set) var account: Account
    /// The market mirrored as dictionaries, for the slow paths (liquidation rounds, reports).
    public internal(set) var market: MarketState
    let valuer: PositionValuer
    var schedules: [MarginSchedule] = []
    /// Slots by kind of price: index by coin, marks and forwards by symbol, vols by option.
    var indexSlots: [String: Int] = [:]
    var markSlots: [String: Int] = [:]
    var volSlots: [String: Int] = [:]
    var forwardSlots: [String: Int] = [:]
    var prices: [Double] = []
    /// Which underlying group each slot feeds (-1: none).
    var slotGroup: [Int] = []
    var groups: [Group] = []
    /// `groups`' underlyings in order: `takeMovedUnderlyings()` when every group moved (no allocation).
    var groupUnderlyings: [String] = []
    var collateral: [(amount: Double, haircut: Double, indexSlot: Int)] = []
    /// Per position: the slots it reads and its cached valuation.
    var inputs: [Inputs] = []
    public internal(set) var valuations: [PositionValuation] = []
    var dirty: [Bool] = []
    /// Per group: one of its prices moved since the last `takeMovedUnderlyings()` or revaluation
    /// (`refresh`) — the underlyings a portfolio session ticks. Unlike `dirty`, a time move
    /// (`setTime`) does not set it.
    var moved: [Bool] = []
    /// Per index slot: the mark and forward slots that follow it until the feed prices them itself
    /// (indexed by slot; empty for every other slot).
    var followers: [[Int]] = []
    /// The slot each update of the last moments resolved to, by its position in the moment's update
    /// list: a tape repeats its symbols in the same order every step, so the next moment's i-th
    /// update usually names the same price and skips the dictionary (`SlotPrediction`).
    var predictedSlots: [SlotPrediction] = []
    var slotKinds: [SlotKind] = []
    var slotKeys: [String] = []
    /// Mark/forward symbols the feed has priced (kept across recompiles).
    var fedSymbols: Set<String> = []
    /// Per slot: whether its key is in `fedSymbols` (the hot path reads this, not the set).
    var fedSlots: [Bool] = []
    /// Slots whose price changed since `market` was last written (see `syncMarket`).
    var staleSlots: [Int] = []
    var staleSlot: [Bool] = []

    enum SlotKind: Hashable, Sendable { case index, mark, vol, forward }

    /// A remembered resolution of one update: its kind, key, and the slot it maps to (nil: a price
    /// the book does not read).
    struct SlotPrediction {
        var kind: SlotKind
        var key: String
        var slot: Int?
    }

    struct Group {
        var underlying: String
        var positions: [Int]
        var equity = 0.0
        var initial = 0.0
        var maintenance = 0.0
    }

    struct Inputs {
        var indexSlot: Int
        var markSlot: Int
        var forwardSlots: [Int]
        var volSlot: Int
        var years: Double
        var group: Int
    }

    public init(account: Account, market: MarketState, catalogue: Catalogue) throws(MarginError) {
        self.account = account
        self.market = market
        self.valuer = PositionValuer(catalogue: catalogue)
        try compile()
    }
}

/// One observation of one symbol at one instant, as read from a tape, a tailed file or the simulator.
///
/// Every price is optional: a source fills only what it knows (a trade fills `last`, a ticker fills
/// `mark`/`index`/`last`, an option chain fills `mark`, `iv`, `underlyingPrice`, …).
///
/// Units:
/// - `timestampMicros`: microseconds since 1970-01-01T00:00:00Z (UTC).
/// - `mark`, `index`, `last`, `bid`, `ask`, `underlyingPrice`: USD per unit of the instrument.
///   Sources that quote inverse options in coin (Deribit, Tardis `options_chain`) are converted to
///   USD by multiplying by the row's underlying (forward) price — Deribit's convention
///   `coin price = USD price ÷ forward`, so `mark / underlyingPrice` gives the coin mark back.
/// - `iv`: implied volatility as a fraction per year (0.55 = 55 %).
/// - `underlyingPrice`: the forward / underlying future price the option is priced on (USD).
///
/// ```swift
/// let tick = PriceEvent(timestampMicros: 1_700_000_000_000_000, symbol: "BTC-PERPETUAL",
///                       mark: 36_512.5, index: 36_498.1)
/// ```
public struct PriceEvent: Sendable {
    /// Event time, microseconds since the Unix epoch (UTC).
    public var timestampMicros: Int64
    /// Exchange symbol as it appears in the source (validated: no control characters, valid UTF-8).
    public var symbol: String
    /// The seven prices (`PriceFields`: unboxed, one presence bit each). A plain value with no
    /// references, so a tape reader decodes and validates a row's prices without touching the
    /// symbol's reference count, and sets the symbol once, last.
    var prices = PriceFields()

    /// Mark price, USD.
    public var mark: Double? { get { field(at: 0) } set { setField(at: 0, to: newValue) } }
    /// Index (spot reference) price of the underlying, USD.
    public var index: Double? { get { field(at: 1) } set { setField(at: 1, to: newValue) } }
    /// Last traded price, USD.
    public var last: Double? { get { field(at: 2) } set { setField(at: 2, to: newValue) } }
    /// Implied volatility, fraction per year (0.55 = 55 %).
    public var iv: Double? { get { field(at: 3) } set { setField(at: 3, to: newValue) } }
    /// Best bid, USD.
    public var bid: Double? { get { field(at: 4) } set { setField(at: 4, to: newValue) } }
    /// Best ask, USD.
    public var ask: Double? { get { field(at: 5) } set { setField(at: 5, to: newValue) } }
    /// Underlying / forward price used to price an option, USD.
    public var underlyingPrice: Double? { get { field(at: 6) } set { setField(at: 6, to: newValue) } }

    public init(
        timestampMicros: Int64, symbol: String,
        mark: Double? = nil, index: Double? = nil, last: Double? = nil, iv: Double? = nil,
        bid: Double? = nil, ask: Double? = nil, underlyingPrice: Double? = nil
    ) {
        self.timestampMicros = timestampMicros
        self.symbol = symbol
        if let mark { setField(at: 0, to: mark) }
        if let index { setField(at: 1, to: index) }
        if let last { setField(at: 2, to: last) }
        if let iv { setField(at: 3, to: iv) }
        if let bid { setField(at: 4, to: bid) }
        if let ask { setField(at: 5, to: ask) }
        if let underlyingPrice { setField(at: 6, to: underlyingPrice) }
    }

    /// An event of `prices` (the tape readers' row path).
    init(timestampMicros: Int64, symbol: String, prices: PriceFields) {
        self.timestampMicros = timestampMicros
        self.symbol = symbol
        self.prices = prices
    }

    /// Bit `position` set for each present price field (see `field(at:)`).
    var presentFields: UInt8 { prices.present }

    /// Price field `position` (0 mark, 1 index, 2 last, 3 iv, 4 bid, 5 ask, 6 underlying); nil when absent.
    @inline(__always)
    func field(at position: Int) -> Double? { prices.field(at: position) }

    /// Sets (or, with nil, clears) price field `position`.
    @inline(__always)
    mutating func setField(at position: Int, to value: Double?) { prices.setField(at: position, to: value) }
}

/// The seven optional prices of a `PriceEvent`, stored unboxed with one bit per field saying it
/// is present: 64 bytes instead of 112 with `Double?` fields (each padded to 16), which every
/// tape row, queue and batch copies. Absent fields hold 0 so the stored form is canonical.
/// Positions: 0 mark, 1 index, 2 last, 3 iv, 4 bid, 5 ask, 6 underlying (units as on `PriceEvent`).
struct PriceFields: Hashable, Sendable {
    /// By position; an absent field holds 0.
    private var values: (Double, Double, Double, Double, Double, Double, Double) = (0, 0, 0, 0, 0, 0, 0)
    /// Bit `position` set for each present field.
    private(set) var present: UInt8 = 0

    /// Field `position`; nil when absent.
    @inline(__always)
    func field(at position: Int) -> Double? {
        guard present & (1 << UInt8(truncatingIfNeeded: position)) != 0 else { return nil }
        return storedValue(at: position)
    }

    /// The stored value of field `position` (0 when absent), read at its offset: no switch, no
    /// optional (the validator's loops over present fields). A position above 6 reads field 6.
    @inline(__always)
    func storedValue(at position: Int) -> Double {
        let index = position < 6 ? max(position, 0) : 6
        return withUnsafeBytes(of: values) { $0.load(fromByteOffset: index &* 8, as: Double.self) }
    }

    /// Calls `body` with the seven stored values (0 where absent) in one buffer, by position:
    /// one copy for a loop over the fields, where `storedValue(at:)` would copy them per read.
    @inline(__always)
    func withStoredValues<Result, Failure: Error>(
        _ body: (UnsafeBufferPointer<Double>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        var copy = values
        return try withUnsafeMutablePointer(to: &copy) { (tuple) throws(Failure) -> Result in
            try tuple.withMemoryRebound(to: Double.self, capacity: 7) { (first) throws(Failure) -> Result in
                try body(UnsafeBufferPointer(start: first, count: 7))
            }
        }
    }

    /// Sets (or, with nil, clears) field `position` (0…6; above 6 sets field 6).
    @inline(__always)
    mutating func setField(at position: Int, to value: Double?) {
        let index = position < 6 ? max(position, 0) : 6
        let bit: UInt8 = 1 << UInt8(truncatingIfNeeded: index)
        if value != nil {
            present |= bit
        } else {
            present &= ~bit
        }
        withUnsafeMutableBytes(of: &values) { $0.storeBytes(of: value ?? 0, toByteOffset: index &* 8, as: Double.self) }
    }

    static func == (left: PriceFields, right: PriceFields) -> Bool {
        left.present == right.present && (0..<7).allSatisfy { left.storedValue(at: $0) == right.storedValue(at: $0) }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(present)
        for position in 0..<7 { hasher.combine(storedValue(at: position)) }
    }
}

// Equal when the same fields are present with the same values (absent fields are stored as 0,
// so the synthesized member-wise comparison is exactly that).
extension PriceEvent: Hashable {}

extension PriceEvent {
    /// The price fields in a fixed order, used by the validator and the native writer.
    /// Indices: 0 mark, 1 index, 2 last, 3 iv, 4 bid, 5 ask, 6 underlying.
    static let fieldNames: [String] = ["mark", "index", "last", "iv", "bid", "ask", "underlying"]
}

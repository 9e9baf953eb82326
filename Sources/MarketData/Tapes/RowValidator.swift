/// Data-quality rules applied to every decoded row, in order:
/// 1. every present field is finite and > 0 (prices, IV, underlying) — except that an option's
///    premium (mark/last/bid/ask of a `-C`/`-P` symbol) may be exactly 0: Deribit marks a worthless
///    option at 0 (the real 2026-01-05 snapshot has one such row);
/// 2. IV ≤ `maximumImpliedVolatility`;
/// 3. the timestamp lies in `TapeTimeRange` (1970-01-01 … 2200-01-01) and is not earlier than
///    the previous accepted row's (equal is fine);
/// 4. mark/index/last/underlying did not jump more than `maximumRelativeJump` versus the same
///    symbol's previous accepted value (an option's premiums exempt: only its index and
///    underlying prices are checked — an underlying of 1e308 on an option row is a bad row);
/// 5. a value with no accepted predecessor is within `referencePrices.maximumRatio` of the book's
///    price of it, when the caller gives `referencePrices` (options: index and underlying only).
/// Only accepted rows update the reference timestamp and prices.
struct RowValidator {
    let options: TapeReaderOptions
    private(set) var previousTimestamp: Int64?
    /// Per symbol id, 4 slots: mark, index, last, underlying (NaN = none yet).
    private var previousPrices: [Double] = []
    /// Per symbol id, the book's reference for the 4 jump-checked slots (NaN = none), filled
    /// from `options.referencePrices` when the symbol is first validated.
    private var bookPrices: [Double] = []
    private var hasBookPrices: [Bool] = []
    /// The event field position of each of the four jump-checked slots: mark, index, last, underlying.
    @inline(__always) private static func jumpCheckedPosition(_ slot: Int) -> Int { slot == 3 ? 6 : slot }
    /// Slots (of the four above) checked per row, one bit each: all, or an option's index and
    /// underlying only (slots 1 and 3). A bit set, so the row path needs no array or iterator.
    @inline(__always) private static func checkedSlots(isOption: Bool) -> UInt8 {
        isOption ? 0b1010 : 0b1111
    }

    /// `options.referencePrices?.maximumRatio`, read once (the row path never copies the references).
    private let referenceRatio: Double?

    /// `options.maximumRelativeJump` and `options.maximumImpliedVolatility`, read once.
    private let jumpLimit: Double?
    private let ivLimit: Double

    init(options: TapeReaderOptions) {
        self.options = options
        referenceRatio = options.referencePrices?.maximumRatio
        jumpLimit = options.maximumRelativeJump
        ivLimit = options.maximumImpliedVolatility
    }

    /// Checks one row: its prices, its time, and its symbol (`symbolID` in `symbols`, whose
    /// symbol names the book's reference prices the first time it is seen). Takes the prices
    /// apart from the event so the row path validates before the symbol string is attached.
    mutating func validate(_ event: PriceFields, timestampMicros: Int64, symbolID: Int, isOption: Bool,
                           symbols: borrowing SymbolTable) throws(TapeIssue) {
        // The present fields in position order (lowest bit first), as a loop over 0..<7 would visit them.
        // An option's premiums (mark, last, bid, ask: positions 0, 2, 4, 5) may be exactly 0.
        let zeroAllowed: UInt8 = isOption ? 0b0011_0101 : 0
        try event.withStoredValues { (values) throws(TapeIssue) in
            var present = event.present
            while present != 0 {
                let position = present.trailingZeroBitCount
                present &= present &- 1
                let value = values[position]
                guard value.isFinite else { throw .notFinite(field: PriceEvent.fieldNames[position], value: value) }
                guard value > 0 || (zeroAllowed & (1 << UInt8(truncatingIfNeeded: position)) != 0 && value == 0) else {
                    throw .nonPositive(field: PriceEvent.fieldNames[position], value: value)
                }
            }
        }
        if let iv = event.field(at: 3), iv > ivLimit {
            throw .outOfRange(field: "iv", value: iv, limit: ivLimit)
        }
        guard TapeTimeRange.contains(timestampMicros) else { throw .timestampOutOfRange(micros: timestampMicros) }
        if let previous = previousTimestamp, timestampMicros < previous {
            throw .outOfOrder(previousMicros: previous, currentMicros: timestampMicros)
        }
        let base = symbolID * 4
        if previousPrices.count < base + 4 {
            previousPrices.append(contentsOf: repeatElement(Double.nan, count: base + 4 - previousPrices.count))
        }
        let slots = Self.checkedSlots(isOption: isOption)
        if let maximumRatio = referenceRatio {
            try checkAgainstBook(event, symbolID: symbolID, maximumRatio: maximumRatio, slots: slots, symbols: symbols)
        }
        let jumpLimit = jumpLimit
        try event.withStoredValues { (values) throws(TapeIssue) in
            try previousPrices.withUnsafeMutableBufferPointer { (prices) throws(TapeIssue) in
                // `base + 3 < prices.count`: the array was grown to `base + 4` above.
                if let limit = jumpLimit {
                    var remaining = slots
                    while remaining != 0 {
                        let slot = remaining.trailingZeroBitCount
                        remaining &= remaining &- 1
                        let position = Self.jumpCheckedPosition(slot)
                        guard event.present & (1 << UInt8(truncatingIfNeeded: position)) != 0 else { continue }
                        let value = values[position]
                        let previous = prices[base + slot]
                        if !previous.isNaN, abs(value / previous - 1) > limit {
                            throw .absurdJump(field: PriceEvent.fieldNames[position], previous: previous, current: value,
                                              limitFraction: limit)
                        }
                    }
                }
                var present = event.present & 0b0100_0111  // mark, index, last, underlying
                while present != 0 {
                    let position = present.trailingZeroBitCount
                    present &= present &- 1
                    prices[base + (position == 6 ? 3 : position)] = values[position]
                }
            }
        }
        previousTimestamp = timestampMicros
    }

    /// A value with no accepted predecessor is checked against the book's price of it: more than
    /// `references.maximumRatio` times away (either way) is a bad row, not a move.
    private mutating func checkAgainstBook(_ event: PriceFields, symbolID: Int, maximumRatio: Double,
                                           slots: UInt8, symbols: borrowing SymbolTable) throws(TapeIssue) {
        let base = symbolID * 4
        if hasBookPrices.count <= symbolID {
            hasBookPrices.append(contentsOf: repeatElement(false, count: symbolID + 1 - hasBookPrices.count))
            bookPrices.append(contentsOf: repeatElement(Double.nan, count: base + 4 - bookPrices.count))
        }
        if !hasBookPrices[symbolID] {
            hasBookPrices[symbolID] = true
            for (slot, reference) in (options.referencePrices?.slots(for: symbols.entries[symbolID].symbol) ?? []).enumerated() {
                bookPrices[base + slot] = reference ?? .nan
            }
        }
        var remaining = slots
        while remaining != 0 {
            let slot = remaining.trailingZeroBitCount
            remaining &= remaining &- 1
            let position = Self.jumpCheckedPosition(slot)
            guard let value = event.field(at: position), previousPrices[base + slot].isNaN else { continue }
            let reference = bookPrices[base + slot]
            guard !reference.isNaN else { continue }
            let ratio = value > reference ? value / reference : reference / value
            if !(ratio <= maximumRatio) {
                throw .farFromBook(field: PriceEvent.fieldNames[position], reference: reference, current: value,
                                   maximumRatio: maximumRatio)
            }
        }
    }
}

/// Data-quality rules applied to every decoded row, in order:
/// 1. every present field is finite and > 0 (prices, IV, underlying) — except that an option's
///    premium (mark/last/bid/ask of a `-C`/`-P` symbol) may be exactly 0: Deribit marks a worthless
///    option at 0 (the real 2026-01-05 snapshot has one such row);
/// 2. IV ≤ `maximumImpliedVolatility`;
/// 3. the timestamp is not earlier than the previous accepted row's (equal is fine);
/// 4. mark/index/last/underlying did not jump more than `maximumRelativeJump` versus the same
///    symbol's previous accepted value (options exempt).
/// Only accepted rows update the reference timestamp and prices.
struct RowValidator {
    let options: TapeReaderOptions
    private(set) var previousTimestamp: Int64?
    /// Per symbol id, 4 slots: mark, index, last, underlying (NaN = none yet).
    private var previousPrices: [Double] = []
    private static let jumpCheckedPositions = [0, 1, 2, 6]

    init(options: TapeReaderOptions) { self.options = options }

    mutating func validate(_ event: PriceEvent, symbolID: Int, isOption: Bool) throws(TapeIssue) {
        for position in 0..<7 {
            guard let value = event.field(at: position) else { continue }
            let name = PriceEvent.fieldNames[position]
            guard value.isFinite else { throw .notFinite(field: name, value: value) }
            let isOptionPremium = isOption && position != 3 && position != 1 && position != 6
            guard value > 0 || (isOptionPremium && value == 0) else { throw .nonPositive(field: name, value: value) }
        }
        if let iv = event.iv, iv > options.maximumImpliedVolatility {
            throw .outOfRange(field: "iv", value: iv, limit: options.maximumImpliedVolatility)
        }
        if let previous = previousTimestamp, event.timestampMicros < previous {
            throw .outOfOrder(previousMicros: previous, currentMicros: event.timestampMicros)
        }
        let base = symbolID * 4
        if previousPrices.count < base + 4 {
            previousPrices.append(contentsOf: repeatElement(Double.nan, count: base + 4 - previousPrices.count))
        }
        if let limit = options.maximumRelativeJump, !isOption {
            for (slot, position) in Self.jumpCheckedPositions.enumerated() {
                guard let value = event.field(at: position) else { continue }
                let previous = previousPrices[base + slot]
                if !previous.isNaN, abs(value / previous - 1) > limit {
                    throw .absurdJump(field: PriceEvent.fieldNames[position], previous: previous, current: value, limitFraction: limit)
                }
            }
        }
        for (slot, position) in Self.jumpCheckedPositions.enumerated() {
            if let value = event.field(at: position) { previousPrices[base + slot] = value }
        }
        previousTimestamp = event.timestampMicros
    }
}

/// Decodes a well-formed row of a simple CSV layout (integer-microsecond timestamp, a symbol
/// column, unscaled prices — the native format) in one pass over its bytes: each number is parsed
/// where it starts and its end found by the parser, so the line is never split into fields first.
///
/// It only ever accepts: any irregularity — a space or tab next to a field boundary, a signed or
/// 19-digit timestamp, a number outside the exact fast path, a wrong column count, no price, a
/// new symbol that is invalid or over the table's limit — returns nil, and the caller decodes the
/// line with `CSVRowDecoder`, which then gives the same event or the exact error. Accepted rows
/// give exactly the event `CSVRowDecoder` would. The symbol is interned only once the whole row
/// has been accepted, so a rejected row leaves the symbol table as the general decoder would.
///
/// Each number column remembers its last field (`NumberMemo`): a field with the same bytes and
/// then a delimiter has the same value, so it is not parsed again. In a tape most rows of a
/// moment repeat its timestamp, their underlying's index and their expiry's forward.
struct SinglePassRowDecoder {
    /// Per column: `ignored`, `timestamp`, `symbol`, or `firstPrice + fieldPosition`.
    private let actions: [UInt8]
    /// Per column, its last number (unused for the symbol and ignored columns).
    private var memos: [NumberMemo]
    private static let ignored: UInt8 = 0
    private static let timestamp: UInt8 = 1
    private static let symbol: UInt8 = 2
    private static let firstPrice: UInt8 = 3

    /// nil when `layout` is not one this decoder handles (timestamps not integer microseconds, a
    /// fixed symbol, scaled prices, or columns that overlap).
    init?(layout: ColumnLayout) {
        guard case .micros = layout.timestampEncoding, let symbolColumn = layout.symbolColumn, layout.fixedSymbol == nil,
              layout.expectedColumnCount > 0 else { return nil }
        var actions = [UInt8](repeating: Self.ignored, count: layout.expectedColumnCount)
        var usedPositions = Set<Int>()
        func claim(_ column: Int, _ action: UInt8) -> Bool {
            guard actions.indices.contains(column), actions[column] == Self.ignored else { return false }
            actions[column] = action
            return true
        }
        guard claim(layout.timestampColumn, Self.timestamp), claim(symbolColumn, Self.symbol) else { return nil }
        for price in layout.priceColumns {
            guard case .none = price.scaling, (0..<7).contains(price.fieldPosition),
                  usedPositions.insert(price.fieldPosition).inserted,
                  claim(price.column, Self.firstPrice + UInt8(price.fieldPosition)) else { return nil }
        }
        self.actions = actions
        memos = Array(repeating: NumberMemo(), count: actions.count)
    }

    /// The prices, timestamp (µs), interned symbol id and whether the symbol is an option, of
    /// `rawLine` (a trailing `\r` allowed); nil when the row must go through the general decoder.
    /// The event's symbol is left to the caller (`symbols.entries[id].symbol`), to attach once
    /// the row has been validated.
    @inline(__always)
    mutating func decode(_ rawLine: ByteSpan, symbols: inout SymbolTable) -> (PriceFields, Int64, Int, Bool)? {
        let actions = actions
        return memos.withUnsafeMutableBufferPointer { memos in
            Self.decode(rawLine, actions: actions, memos: memos, symbols: &symbols)
        }
    }

    @inline(__always)
    private static func decode(_ rawLine: ByteSpan, actions: [UInt8], memos: UnsafeMutableBufferPointer<NumberMemo>,
                               symbols: inout SymbolTable) -> (PriceFields, Int64, Int, Bool)? {
        var end = rawLine.count
        if end > 0, rawLine[end - 1] == 0x0D { end -= 1 }
        let base = rawLine.start
        var timestamp: Int64 = 0
        var symbolStart = 0
        var symbolEnd = 0
        var prices = PriceFields()
        var anyPrice = false
        var position = 0
        for column in 0..<actions.count {
            if column > 0 {
                guard position < end, base[position] == UInt8(ascii: ",") else { return nil }
                position += 1
            }
            let action = actions[column]
            if action >= Self.firstPrice {
                if position == end || base[position] == UInt8(ascii: ",") { continue }  // absent
                let value: Double
                let awake = memos[column].isAwake()
                if awake, let (bits, next) = memos[column].recall(base, at: position, end: end) {
                    value = Double(bitPattern: bits)
                    position = next
                } else {
                    guard let (scanned, next) = FastNumberScanner.scanDouble(base, from: position, limit: end) else { return nil }
                    if awake { memos[column].remember(base, from: position, to: next, end: end, bits: scanned.bitPattern) }
                    value = scanned
                    position = next
                }
                prices.setField(at: Int(action &- Self.firstPrice), to: value)
                anyPrice = true
            } else if action == Self.timestamp {
                let awake = memos[column].isAwake()
                if awake, let (bits, next) = memos[column].recall(base, at: position, end: end) {
                    timestamp = Int64(bitPattern: bits)
                    position = next
                } else {
                    guard let (value, next) = FastNumberScanner.scanInt64(base, from: position, limit: end) else { return nil }
                    if awake { memos[column].remember(base, from: position, to: next, end: end, bits: UInt64(bitPattern: value)) }
                    timestamp = value
                    position = next
                }
            } else {
                let start = position
                position = Self.nextComma(base, from: position, end: end)
                if action == Self.symbol {
                    // Surrounding blanks are trimmed by the general decoder: leave those rows to it.
                    guard position > start, !Self.isBlank(base[start]), !Self.isBlank(base[position - 1]) else { return nil }
                    symbolStart = start
                    symbolEnd = position
                }
            }
        }
        guard position == end, anyPrice,
              let id = symbols.intern(ByteSpan(start: base + symbolStart, count: symbolEnd - symbolStart)) else { return nil }
        guard symbols.isValid(id) else { return nil }
        return (prices, timestamp, id, symbols.isOption(id))
    }

    /// The index of the first `,` in `base[position..<end]`, or `end`: eight bytes at a time while
    /// eight remain (unaligned loads, all inside `base[0..<end]`), then byte by byte.
    @inline(__always)
    static func nextComma(_ base: UnsafePointer<UInt8>, from position: Int, end: Int) -> Int {
        let raw = UnsafeRawPointer(base)
        var position = position
        while end - position >= 8 {
            // Byte k (in memory order) of `word` is base[position + k] on any byte order.
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            let diff = word ^ 0x2C2C_2C2C_2C2C_2C2C  // a zero byte where there is a comma
            // The lowest set 0x80 bit marks the first zero byte exactly (a borrow can only
            // mark bytes above a true zero).
            let zeroes = (diff &- 0x0101_0101_0101_0101) & ~diff & 0x8080_8080_8080_8080
            if zeroes != 0 { return position + zeroes.trailingZeroBitCount / 8 }
            position += 8
        }
        while position < end, base[position] != UInt8(ascii: ",") { position += 1 }
        return position
    }

    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }
}

/// The bytes (at most 16) and parsed value of the last number field read in one column. A field
/// of the same bytes followed by a delimiter (`,` or the end of the line) has the same value and
/// end — the scanners read exactly the field's bytes and stop at the delimiter — so `recall`
/// returns them without parsing. Only accepted numbers are remembered. A memo that keeps
/// missing rests for a while (`isAwake`); it only ever saves work, never changes a value.
struct NumberMemo {
    /// The field's first eight bytes and the next up-to-eight, as `FastNumberScanner.word` loads
    /// them, masked to the field's length.
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// The masks of the two words (0 where the field has no bytes).
    private var lowMask: UInt64 = 0
    private var highMask: UInt64 = 0
    /// The field's length in bytes; 0 = nothing remembered.
    private var length = 0
    /// The value: a `Double`'s or an `Int64`'s bit pattern.
    private var bits: UInt64 = 0
    /// Misses in a row, and how many more fields to read without the memo: a column whose
    /// values never repeat (a mark, an IV) stops paying for comparisons it always loses, and is
    /// tried again every `retryAfter + missLimit` fields.
    private var misses = 0
    private var resting = 0
    private static let missLimit = 8
    private static let retryAfter = 56

    /// Whether to consult the memo for this field (false while resting: the caller parses and
    /// neither recalls nor remembers).
    @inline(__always)
    mutating func isAwake() -> Bool {
        if resting == 0 { return true }
        resting -= 1
        return false
    }

    /// The remembered value and the index past the field, when `base[position...]` starts with the
    /// remembered bytes and a delimiter (or the line's `end`) follows them.
    @inline(__always)
    mutating func recall(_ base: UnsafePointer<UInt8>, at position: Int, end: Int) -> (bits: UInt64, end: Int)? {
        if matches(base, at: position, end: end) {
            misses = 0
            return (bits, position + length)
        }
        misses += 1
        if misses >= Self.missLimit {
            misses = 0
            resting = Self.retryAfter
        }
        return nil
    }

    @inline(__always)
    private func matches(_ base: UnsafePointer<UInt8>, at position: Int, end: Int) -> Bool {
        let next = position + length
        guard length > 0, next <= end, next == end || base[next] == UInt8(ascii: ","),
              let first = FastNumberScanner.word(base, at: position, limit: end), first & lowMask == low else { return false }
        if highMask != 0 {
            guard let second = FastNumberScanner.word(base, at: position + 8, limit: end), second & highMask == high else { return false }
        }
        return true
    }

    /// Remembers `base[start..<next]` (forgets, when longer than 16 bytes) and its value.
    @inline(__always)
    mutating func remember(_ base: UnsafePointer<UInt8>, from start: Int, to next: Int, end: Int, bits: UInt64) {
        let count = next - start
        guard count > 0, count <= 16, let first = FastNumberScanner.word(base, at: start, limit: end) else {
            length = 0
            return
        }
        lowMask = count >= 8 ? ~0 : (1 << UInt64(8 * count)) &- 1
        low = first & lowMask
        if count > 8, let second = FastNumberScanner.word(base, at: start + 8, limit: end) {
            highMask = count == 16 ? ~0 : (1 << UInt64(8 * (count - 8))) &- 1
            high = second & highMask
        } else if count > 8 {
            length = 0
            return
        } else {
            highMask = 0
            high = 0
        }
        length = count
        self.bits = bits
    }
}

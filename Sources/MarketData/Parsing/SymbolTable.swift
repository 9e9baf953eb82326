import MarginEngine

/// Interns symbols by their bytes so a row costs a hash and a compare, not a `String` allocation,
/// and validates each distinct symbol once. Invalid symbols (empty, bad UTF-8, control or CSV
/// special characters) are remembered as invalid, with a display-safe rendering for the message.
struct SymbolTable {
    struct Entry {
        let bytes: [UInt8]
        let symbol: String
        let isValid: Bool
        /// Ends in `-C` or `-P` (an option: exempt from the jump check).
        let isOption: Bool
    }

    private(set) var entries: [Entry] = []
    private var slots: [Int32] = Array(repeating: -1, count: 64)
    let maximumCount: Int

    init(maximumCount: Int) { self.maximumCount = maximumCount }

    /// The id of `bytes`, inserting it if new; nil when the table is full.
    mutating func intern(_ bytes: ByteSpan) -> Int? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for offset in 0..<bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0x100_0000_01b3
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if matches(entries[Int(id)].bytes, bytes) { return Int(id) }
            slot = (slot + 1) & mask
        }
        guard entries.count < maximumCount else { return nil }
        let id = entries.count
        entries.append(Self.makeEntry(bytes))
        slots[slot] = Int32(id)
        if entries.count * 2 > slots.count { rehash() }
        return id
    }

    private func matches(_ stored: [UInt8], _ bytes: ByteSpan) -> Bool {
        guard stored.count == bytes.count else { return false }
        return stored.withUnsafeBufferPointer { storedBytes in
            for offset in 0..<bytes.count where storedBytes[offset] != bytes[offset] { return false }
            return true
        }
    }

    private mutating func rehash() {
        var newSlots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = newSlots.count - 1
        for (id, entry) in entries.enumerated() {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in entry.bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while newSlots[slot] >= 0 { slot = (slot + 1) & mask }
            newSlots[slot] = Int32(id)
        }
        slots = newSlots
    }

    private static func makeEntry(_ span: ByteSpan) -> Entry {
        let bytes = Array(UnsafeBufferPointer(start: span.start, count: span.count))
        let symbol = span.string()
        let valid = SymbolValidation.isValid(bytes: bytes)
        let isOption = bytes.count > 2 && bytes[bytes.count - 2] == UInt8(ascii: "-")
            && (bytes[bytes.count - 1] == UInt8(ascii: "C") || bytes[bytes.count - 1] == UInt8(ascii: "P"))
        return Entry(bytes: bytes, symbol: valid ? symbol : symbol.sanitizedForDisplay, isValid: valid, isOption: isOption)
    }
}

/// Rules for what a tape symbol may contain.
public enum SymbolValidation {
    /// Longest accepted symbol, bytes.
    public static let maximumLengthBytes = 128

    /// A symbol is valid when it is 1…128 bytes of well-formed UTF-8 containing no control
    /// characters (C0, DEL, C1), no bidi controls, no spaces, commas or double quotes.
    public static func isValid(_ symbol: String) -> Bool { isValid(bytes: Array(symbol.utf8)) }

    static func isValid(bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty, bytes.count <= maximumLengthBytes else { return false }
        var asciiOnly = true
        for byte in bytes {
            if byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") { return false }
            if byte >= 0x80 { asciiOnly = false }
        }
        if asciiOnly { return true }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar.isUnsafeForDisplay { return false }
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}

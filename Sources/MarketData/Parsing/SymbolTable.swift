import MarginEngine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// Per id, `isValid` (bit 0) and `isOption` (bit 1) of its entry: what the row path reads,
    /// without copying (retaining) the entry.
    private(set) var flags: [UInt8] = []
    /// Every entry's bytes, one after another (id `i` at `byteStarts[i]..<byteStarts[i + 1]`):
    /// the probe compares against these in place instead of retaining an entry's array.
    private var storedBytes: [UInt8] = []
    private var byteStarts: [Int] = [0]
    private var slots: [Int32] = Array(repeating: -1, count: 64)
    /// Per id, the id interned right after it last time (-1: none yet). A tape lists its
    /// symbols in the same order every moment, so the next symbol is usually the previous one's
    /// successor: one comparison instead of a hash and a probe (the comparison the probe ends
    /// with, so the same answer).
    private var successors: [Int32] = []
    /// The id returned last (-1: none).
    private var lastID = -1
    let maximumCount: Int

    init(maximumCount: Int) { self.maximumCount = maximumCount }

    /// The id of `bytes`, inserting it if new; nil when the table is full.
    mutating func intern(_ bytes: ByteSpan) -> Int? {
        let previous = lastID
        if previous >= 0 {
            let guess = Int(successors[previous])
            if guess >= 0, matches(guess, bytes) {
                lastID = guess
                return guess
            }
        }
        guard let id = lookUpOrInsert(bytes) else { return nil }
        if previous >= 0 { successors[previous] = Int32(id) }
        lastID = id
        return id
    }

    /// `intern` by hash: the id of `bytes`, inserting it if new; nil when the table is full.
    private mutating func lookUpOrInsert(_ bytes: ByteSpan) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(bytes.start, count: bytes.count)) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if matches(Int(id), bytes) { return Int(id) }
            slot = (slot + 1) & mask
        }
        guard entries.count < maximumCount else { return nil }
        let id = entries.count
        let entry = Self.makeEntry(bytes)
        entries.append(entry)
        successors.append(-1)
        flags.append((entry.isValid ? 1 : 0) | (entry.isOption ? 2 : 0))
        storedBytes.append(contentsOf: UnsafeBufferPointer(start: bytes.start, count: bytes.count))
        byteStarts.append(storedBytes.count)
        slots[slot] = Int32(id)
        if entries.count * 2 > slots.count { rehash() }
        return id
    }

    /// A hash of `count` bytes at `start`, eight at a time (unaligned loads, all within the
    /// `count` bytes), then the tail; finished with a mix so the low bits used for the slot
    /// depend on every byte.
    @inline(__always)
    private static func hash(_ start: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let raw = UnsafeRawPointer(start)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(truncatingIfNeeded: count)
        var offset = 0
        if count >= 8 {
            while offset + 8 <= count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                offset += 8
            }
            if offset < count {
                // The last 8 bytes (overlapping the previous word): still inside the `count` bytes.
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            }
        } else {
            while offset < count {
                hash = (hash ^ UInt64(start[offset])) &* 0x100_0000_01b3
                offset += 1
            }
        }
        hash ^= hash >> 32
        hash &*= 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 29)
    }

    /// Whether entry `id` has exactly `bytes`: eight bytes at a time (the last word overlapping
    /// the one before when the count is not a multiple of 8), short symbols byte by byte.
    @inline(__always)
    private func matches(_ id: Int, _ bytes: ByteSpan) -> Bool {
        let start = byteStarts[id]
        let count = bytes.count
        guard byteStarts[id + 1] - start == count else { return false }
        return storedBytes.withUnsafeBufferPointer { stored in
            guard let storedBase = stored.baseAddress else { return count == 0 }
            let left = UnsafeRawPointer(storedBase + start)
            let right = UnsafeRawPointer(bytes.start)
            if count < 8 {
                for offset in 0..<count where storedBase[start + offset] != bytes.start[offset] { return false }
                return true
            }
            var offset = 0
            while offset + 8 <= count {
                if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
                offset += 8
            }
            return offset == count
                || left.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                    == right.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        }
    }

    /// `entries[id].isValid`, without copying the entry.
    @inline(__always) func isValid(_ id: Int) -> Bool { flags[id] & 1 != 0 }
    /// `entries[id].isOption`, without copying the entry.
    @inline(__always) func isOption(_ id: Int) -> Bool { flags[id] & 2 != 0 }

    private mutating func rehash() {
        var newSlots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = newSlots.count - 1
        for (id, entry) in entries.enumerated() {
            let hash = entry.bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { Self.hash($0, count: buffer.count) } ?? Self.emptyHash
            }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while newSlots[slot] >= 0 { slot = (slot + 1) & mask }
            newSlots[slot] = Int32(id)
        }
        slots = newSlots
    }

    /// The hash of no bytes (an empty array may have no base address).
    private static let emptyHash: UInt64 = {
        var byte: UInt8 = 0
        return withUnsafePointer(to: &byte) { hash($0, count: 0) }
    }()

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

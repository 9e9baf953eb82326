import MarginEngine

/// A borrowed view of bytes inside a reader's buffer. Valid only while that buffer is pinned
/// (inside the closure that produced it); never stored.
struct ByteSpan {
    let start: UnsafePointer<UInt8>
    let count: Int

    var isEmpty: Bool { count == 0 }

    subscript(offset: Int) -> UInt8 { start[offset] }

    func slice(from lower: Int, to upper: Int) -> ByteSpan {
        ByteSpan(start: start + lower, count: upper - lower)
    }

    /// The bytes without surrounding ASCII spaces, tabs and a trailing carriage return.
    func trimmed() -> ByteSpan {
        var lower = 0
        var upper = count
        while lower < upper, start[lower] == 0x20 || start[lower] == 0x09 { lower += 1 }
        while upper > lower, start[upper - 1] == 0x20 || start[upper - 1] == 0x09 || start[upper - 1] == 0x0D {
            upper -= 1
        }
        return slice(from: lower, to: upper)
    }

    /// Decodes as UTF-8, repairing invalid sequences with U+FFFD.
    func string() -> String {
        String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }

    /// A short, display-safe excerpt for error messages.
    func excerpt(limit: Int = 40) -> String {
        let shown = count > limit ? slice(from: 0, to: limit) : self
        return shown.string().sanitizedForDisplay + (count > limit ? "…" : "")
    }

    func equals(_ ascii: StaticString) -> Bool {
        guard ascii.utf8CodeUnitCount == count else { return false }
        let other = ascii.utf8Start
        for offset in 0..<count where start[offset] != other[offset] { return false }
        return true
    }

    func hasPrefix(_ ascii: StaticString) -> Bool {
        guard ascii.utf8CodeUnitCount <= count else { return false }
        let other = ascii.utf8Start
        for offset in 0..<ascii.utf8CodeUnitCount where start[offset] != other[offset] { return false }
        return true
    }
}

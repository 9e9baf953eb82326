/// Splits one CSV line into field bounds. Fields are never quoted in any supported format
/// (a `"` in a symbol makes it invalid), so splitting is a single scan for commas.
struct CSVFieldSplitter {
    /// `bounds[2*i]` and `bounds[2*i+1]` are the start and end offsets of field `i` in the line;
    /// entries past `2 * fieldCount` are stale. Sized ahead (grown when a line has more fields),
    /// so the scan writes through a pointer with no per-field append.
    private var bounds: [Int] = Array(repeating: 0, count: 128)
    /// Fields of the last line split.
    private(set) var fieldCount = 0

    init() {}

    /// Splits `rawLine` (a trailing `\r` is dropped) and returns the line the bounds refer to.
    @discardableResult
    mutating func split(_ rawLine: ByteSpan) -> ByteSpan {
        var end = rawLine.count
        if end > 0, rawLine[end - 1] == 0x0D { end -= 1 }
        let line = ByteSpan(start: rawLine.start, count: end)
        let base = line.start
        while true {
            let written = bounds.withUnsafeMutableBufferPointer { out -> Int? in
                let last = out.count - 2
                var next = 0
                var fieldStart = 0
                for position in 0..<end where base[position] == 0x2C {
                    if next >= last { return nil }
                    out[next] = fieldStart
                    out[next + 1] = position
                    next += 2
                    fieldStart = position + 1
                }
                out[next] = fieldStart
                out[next + 1] = end
                return next + 2
            }
            if let written {
                fieldCount = written / 2
                return line
            }
            bounds.append(contentsOf: repeatElement(0, count: bounds.count))
        }
    }

    /// Field `index` with surrounding spaces removed.
    func field(_ index: Int, of line: ByteSpan) -> ByteSpan {
        line.slice(from: bounds[2 * index], to: bounds[2 * index + 1]).trimmed()
    }

    /// All fields decoded as strings (header lines only).
    func allFieldStrings(of line: ByteSpan) -> [String] {
        (0..<fieldCount).map { field($0, of: line).string() }
    }
}

/// Splits one CSV line into field bounds. Fields are never quoted in any supported format
/// (a `"` in a symbol makes it invalid), so splitting is a single scan for commas.
struct CSVFieldSplitter {
    /// `bounds[2*i]` and `bounds[2*i+1]` are the start and end offsets of field `i` in the line.
    private(set) var bounds: [Int] = []

    init() { bounds.reserveCapacity(64) }

    var fieldCount: Int { bounds.count / 2 }

    /// Splits `rawLine` (a trailing `\r` is dropped) and returns the line the bounds refer to.
    @discardableResult
    mutating func split(_ rawLine: ByteSpan) -> ByteSpan {
        var end = rawLine.count
        if end > 0, rawLine[end - 1] == 0x0D { end -= 1 }
        let line = ByteSpan(start: rawLine.start, count: end)
        bounds.removeAll(keepingCapacity: true)
        var fieldStart = 0
        var position = 0
        let base = line.start
        while position < end {
            if base[position] == 0x2C {
                bounds.append(fieldStart)
                bounds.append(position)
                fieldStart = position + 1
            }
            position += 1
        }
        bounds.append(fieldStart)
        bounds.append(end)
        return line
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

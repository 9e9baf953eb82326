/// How a table of rows (options) by columns (scenarios or grid nodes) is cut into column ranges,
/// one `ChunkRunner` chunk each, and where its cells lie: range by range, one block of the
/// range's width per row, so that each chunk writes memory of its own (a cache line written by
/// both cores would bounce between them once per row). With one range this is row-major,
/// `row · columns + column`.
struct ChunkLayout: Sendable {
    /// The column ranges, in order, covering `0..<columns`.
    let ranges: [Range<Int>]

    /// One range of every column.
    init(columns: Int) {
        ranges = [0..<max(0, columns)]
    }

    /// Ranges of `width` columns (the last one shorter); one range when `columns` ≤ `width`.
    init(columns: Int, width: Int) {
        let count = max(0, columns)
        ranges = width > 0 && count > width
            ? stride(from: 0, to: count, by: width).map { $0..<min($0 + width, count) } : [0..<count]
    }

    /// The cell of `row` and `column` in a table of `rows` rows.
    func index(row: Int, column: Int, rows: Int) -> Int {
        let range = ranges.first { $0.contains(column) } ?? 0..<0
        return range.lowerBound * rows + row * range.count + (column - range.lowerBound)
    }

    /// `index(row:column:rows:)` = `offsets[column] + row · strides[column]`, for loops over many
    /// rows.
    func columnOffsets(rows: Int) -> (offsets: [Int], strides: [Int]) {
        var offsets: [Int] = [], strides: [Int] = []
        for range in ranges {
            for column in range {
                offsets.append(range.lowerBound * rows + (column - range.lowerBound))
                strides.append(range.count)
            }
        }
        return (offsets, strides)
    }
}

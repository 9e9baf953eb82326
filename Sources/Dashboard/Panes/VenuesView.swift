/// The risk pane's venues view (`v`): the session's book under each venue's rules side by side —
/// IM, MM, utilization, positions the venue does not list — the cheapest marked `*` (DESIGN §13).
/// Drawn in the risk pane's rectangle from the view model alone.
struct VenuesView {
    /// nil while not computed yet.
    let rows: [VenueRow]?

    func draw(into screen: inout Screen, in rect: Rect) {
        screen.box(rect, title: "Risk · venues (v: back)")
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        guard inner.height >= 2, inner.width >= 24 else { return }
        guard let rows else {
            screen.text("venues: computing…", x: inner.x, y: inner.y, maxWidth: inner.width, style: Style(foreground: .dim))
            return
        }
        let widths = [2, 12, 6, 6, 7, max(0, inner.width - 33)]
        let short = widths[5] < 24
        let header = Style(foreground: .gridHeader, bold: true)
        draw(["", "Venue", "IM", "MM", "Util", short ? " Missing" : " Not listed"], widths: widths,
             styles: Array(repeating: header, count: 6),
             into: &screen, x: inner.x, y: inner.y, maxX: inner.maxX)
        var y = inner.y + 1
        for row in rows where y < inner.maxY {
            let level = row.utilization.map { RiskLevel(utilization: $0) }
            let cells = [row.isCheapest ? "*" : "", row.name,
                         row.initialMarginUSD.map { NumberFormat.compact($0) } ?? "—",
                         row.maintenanceMarginUSD.map { NumberFormat.compact($0) } ?? "—",
                         row.utilization.map { NumberFormat.percent($0) } ?? "—",
                         " " + Self.unlisted(row, short: short)]
            let name = row.isCheapest ? Style(foreground: .gain, bold: true) : Style.plain
            let styles = [Style(foreground: .gain, bold: true), name, .plain, .plain,
                          level.map { Style(foreground: $0.role) } ?? Style(foreground: .dim),
                          Style(foreground: row.unlistedCount > 0 ? .warning : .dim)]
            draw(cells, widths: widths, styles: styles, into: &screen, x: inner.x, y: y, maxX: inner.maxX)
            y += 1
        }
        guard y + 1 < inner.maxY else { return }
        let legend = rows.contains(where: \.isCheapest)
            ? (inner.width >= 64 ? "* cheapest: lowest IM of the venues that list the whole book" : "* cheapest complete venue (lowest IM)")
            : "no venue lists the whole book: none is cheapest"
        screen.text(legend, x: inner.x, y: y + 1, maxWidth: inner.width, style: Style(foreground: .dim))
        if y + 2 < inner.maxY {
            let note = inner.width >= 64 ? "cross book on each venue; levels: xmargin margin --venue all" : "levels: xmargin margin --venue all"
            screen.text(note, x: inner.x, y: y + 2, maxWidth: inner.width, style: Style(foreground: .dim))
        }
    }

    /// `—`, `2 · 184k: incomplete` (`short`: `2 missing`), or the row's note.
    static func unlisted(_ row: VenueRow, short: Bool = false) -> String {
        if let note = row.note, row.unlistedCount == 0 { return note }
        guard row.unlistedCount > 0 else { return "—" }
        if short { return "\(row.unlistedCount) missing" }
        return "\(row.unlistedCount) · \(NumberFormat.compact(row.unlistedNotionalUSD)): incomplete"
    }

    private func draw(_ cells: [String], widths: [Int], styles: [Style], into screen: inout Screen, x: Int, y: Int, maxX: Int) {
        var column = x
        for (index, cell) in cells.enumerated() where column < maxX {
            let width = min(widths[index], maxX - column)
            screen.text(cell, x: column, y: y, maxWidth: width, style: styles[index], align: index >= 2 && index <= 4 ? .right : .left)
            column += widths[index]
        }
    }
}

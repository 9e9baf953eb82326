/// The positions grid: one row per (filtered, sorted) position, columns dropped by priority on narrow
/// terminals, the cursor row highlighted, scrolled to keep the cursor visible.
struct PositionsPane {
    let rows: [PositionRow]
    let state: DashboardState
    let totalCount: Int

    func draw(into screen: inout Screen, in rect: Rect) {
        screen.box(rect, title: "Positions · \(state.mode.title.lowercased())")
        let inner = rect.inner
        guard inner.height >= 2, inner.width > 10 else { return }
        let columns = PositionColumn.layout(inWidth: inner.width)
        drawHeading(columns, into: &screen, x: inner.x, y: inner.y)
        let capacity = inner.height - 1
        let offset = Self.scrollOffset(cursor: state.cursor, count: rows.count, capacity: capacity)
        if rows.isEmpty {
            let message = state.filter.isEmpty && state.filterDraft == nil ? "no positions" : "no positions match the filter"
            screen.text(message, x: inner.x + 1, y: inner.y + 1, maxWidth: inner.width - 1, style: Style(foreground: .dim))
        }
        for (line, index) in (offset..<min(rows.count, offset + capacity)).enumerated() {
            let y = inner.y + 1 + line
            drawRow(rows[index], columns: columns, into: &screen, x: inner.x, y: y)
            if index == state.cursor {
                screen.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1)) { style in
                    var selected = style
                    selected.background = .selection
                    if selected.foreground == .dim || selected.foreground == .background { selected.foreground = .text }
                    return selected
                }
            }
        }
        screen.boxFooter(rect, footerLabel(offset: offset, capacity: capacity, shown: Set(columns.map(\.column))))
    }

    /// `sort: Vega desc (hidden)` says when the sort column is not shown at this width.
    /// The first row shown: the grid scrolls just enough to keep the cursor visible.
    static func scrollOffset(cursor: Int, count: Int, capacity: Int) -> Int {
        max(0, min(cursor - capacity + 1, count - capacity))
    }

    private func footerLabel(offset: Int, capacity: Int, shown: Set<PositionColumn>) -> String {
        var parts: [String] = []
        if !state.filter.isEmpty { parts.append("filter: \(state.filter)") }
        if let column = state.sortColumn {
            let hidden = shown.contains(column) ? "" : " (hidden)"
            parts.append("sort: \(column.title(in: state.mode))\(state.sortDescending ? " desc" : "")\(hidden)")
        }
        let position = rows.isEmpty ? 0 : state.cursor + 1
        parts.append(rows.count == totalCount ? "\(position)/\(rows.count)" : "\(position)/\(rows.count) of \(totalCount)")
        if rows.count > capacity { parts.append(offset + capacity < rows.count ? "more below" : "end") }
        return parts.joined(separator: "  ")
    }

    private func drawHeading(_ columns: [(column: PositionColumn, width: Int)], into screen: inout Screen, x: Int, y: Int) {
        var column = x
        let style = Style(foreground: .gridHeader, bold: true)
        for (item, width) in columns {
            var title = item.title(in: state.mode)
            if item == state.sortColumn {
                title += String(state.sortDescending ? screen.glyphs.sortDescending : screen.glyphs.sortAscending)
            }
            screen.text(title, x: column, y: y, maxWidth: width, style: style,
                        align: item == .instrument || item == .utilization ? .left : .right)
            column += width + 1
        }
    }

    private func drawRow(_ row: PositionRow, columns: [(column: PositionColumn, width: Int)], into screen: inout Screen, x: Int, y: Int) {
        var column = x
        let margin = row.margin[state.mode]
        for (item, width) in columns {
            switch item {
            case .utilization:
                if let utilization = margin.utilization {
                    let barWidth = width - 5
                    screen.hbar(x: column, y: y, width: barWidth, fraction: utilization) { position in
                        position < 0.5 ? .barStart : position < 0.85 ? .barMid : .barEnd
                    }
                    let level = RiskLevel(utilization: utilization)
                    screen.text(NumberFormat.percent(utilization, decimals: 0), x: column + barWidth, y: y,
                                maxWidth: 5, style: Style(foreground: level.role), align: .right)
                }
            default:
                let (text, style) = cell(item, width: width, row: row, margin: margin)
                screen.text(text, x: column, y: y, maxWidth: width, style: style,
                            align: item == .instrument ? .left : .right)
            }
            column += width + 1
        }
    }

    private func cell(_ item: PositionColumn, width: Int, row: PositionRow, margin: PositionMarginFigures) -> (String, Style) {
        let plain = Style.plain
        if row.isClosed, item != .instrument, item != .size, item != .entry { return ("-", Style(foreground: .dim)) }
        if margin.isPending, state.mode == .portfolio ? (item == .initialMargin || item == .maintenanceMargin)
            : (item == .liquidationPrice || item == .distance) {
            return ("…", Style(foreground: .dim))
        }
        switch item {
        case .instrument: return (row.instrument, plain)
        case .size:
            if row.isClosed { return ("closed", Style(foreground: .dim)) }
            return (NumberFormat.compact(row.size, fitting: width), Style(foreground: row.size < 0 ? .loss : .text))
        case .entry: return (row.entryPrice.map(NumberFormat.price) ?? "-", Style(foreground: .dim))
        case .mark: return (NumberFormat.price(row.markPrice), plain)
        case .unrealizedPnl:
            let role: ColorRole = row.unrealizedPnlUSD > 0 ? .gain : row.unrealizedPnlUSD < 0 ? .loss : .dim
            return (NumberFormat.compact(row.unrealizedPnlUSD, signed: true, fitting: width), Style(foreground: role))
        case .notional: return (NumberFormat.compact(row.notionalUSD, fitting: width), plain)
        case .delta: return (NumberFormat.compact(row.greeks.delta, signed: true, fitting: width), plain)
        case .gamma: return (NumberFormat.compact(row.greeks.gamma, signed: true, fitting: width), Style(foreground: .dim))
        case .vega: return (NumberFormat.compact(row.greeks.vega, signed: true, fitting: width), Style(foreground: .dim))
        case .theta: return (NumberFormat.compact(row.greeks.theta, signed: true, fitting: width), Style(foreground: .dim))
        case .initialMargin: return (NumberFormat.compact(margin.initialMarginUSD, fitting: width), plain)
        case .maintenanceMargin: return (NumberFormat.compact(margin.maintenanceMarginUSD, fitting: width), plain)
        case .liquidationPrice: return (margin.liquidationPrice.map(NumberFormat.price) ?? "-", Style(foreground: .dim))
        case .distance:
            guard let distance = margin.distanceToLiquidation else { return ("-", Style(foreground: .dim)) }
            let role: ColorRole = distance < 0.05 ? .danger : distance < 0.10 ? .warning : distance < 0.20 ? .notice : .text
            return (NumberFormat.percent(distance), Style(foreground: role, bold: distance < 0.05))
        case .utilization: return ("", plain)
        }
    }
}

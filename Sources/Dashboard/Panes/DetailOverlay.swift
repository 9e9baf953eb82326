import Foundation
import MarginEngine
/// Enter: one position in full: size, prices, greeks, margin in each mode, its margin schedule.
struct DetailOverlay {
    let row: PositionRow
    let mode: MarginMode
    /// Each mode's liquidation levels per underlying (nil: not computed yet).
    var levels: PerMode<[LiquidationLevels.Underlying]?> = PerMode(isolated: nil, cross: nil, portfolio: nil)

    /// Rows the content needs, including the border.
    var preferredHeight: Int { 21 + min(row.scheduleLines.count, 4) }

    func draw(into screen: inout Screen, in rect: Rect) {
        screen.box(rect, title: "\(row.instrument) · Esc to close")
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        guard inner.width >= 30 else { return }
        var y = inner.y
        let half = inner.width / 2
        let facts: [(String, String)] = [
            ("Kind", "\(row.kindLabel) on \(row.underlying)"),
            ("Size", "\(NumberFormat.compact(row.size, signed: true)) \(row.sizeUnit)"),
            ("Entry", row.entryPrice.map(NumberFormat.price) ?? "-"),
            ("Mark", NumberFormat.price(row.markPrice)),
            ("Notional", NumberFormat.compact(row.notionalUSD) + " USD"),
            ("uPnL", NumberFormat.compact(row.unrealizedPnlUSD, signed: true) + " USD"),
        ]
        for (index, fact) in facts.enumerated() {
            let x = inner.x + (index % 2) * half
            let row = y + index / 2
            screen.text(fact.0, x: x, y: row, maxWidth: 10, style: Style(foreground: .dim))
            let role: ColorRole = fact.0 == "uPnL" ? (self.row.unrealizedPnlUSD >= 0 ? .gain : .loss) : .text
            screen.text(fact.1, x: x + 10, y: row, maxWidth: half - 11, style: Style(foreground: role, bold: true))
        }
        y += 4
        let greeks = row.greeks
        // Each greek with its own unit: delta in coin, gamma in coin per USD of the underlying
        // (tiny, so shown with two significant digits), vega in USD per vol point, theta in USD per day.
        let coin = row.underlying.isEmpty ? "coin" : row.underlying
        let gamma = greeks.gamma != 0 && abs(greeks.gamma) < 0.01 && greeks.gamma.isFinite
            ? String(format: "%+.1e", greeks.gamma) : NumberFormat.compact(greeks.gamma, signed: true)
        let first = "delta \(NumberFormat.compact(greeks.delta, signed: true)) \(coin)     gamma \(gamma) \(coin) per USD"
        let second = "vega \(NumberFormat.compact(greeks.vega, signed: true)) USD per vol point     "
            + "theta \(NumberFormat.compact(greeks.theta, signed: true)) USD per day"
        screen.text("Greeks", x: inner.x, y: y, maxWidth: inner.width, style: Style(foreground: .accent, bold: true))
        screen.text(first, x: inner.x, y: y + 1, maxWidth: inner.width)
        screen.text(second, x: inner.x, y: y + 2, maxWidth: inner.width)
        y += 4
        y = drawMargins(into: &screen, in: inner, y: y)
        y = drawLevels(into: &screen, in: inner, y: y + 1)
        guard !row.scheduleLines.isEmpty, y + 1 < inner.maxY else { return }
        screen.text("Margin schedule", x: inner.x, y: y + 1, maxWidth: inner.width, style: Style(foreground: .accent, bold: true))
        for (offset, line) in row.scheduleLines.enumerated() where y + 2 + offset < inner.maxY {
            screen.text(line, x: inner.x + 2, y: y + 2 + offset, maxWidth: inner.width - 2, style: Style(foreground: .dim))
        }
    }

    /// `Liquidation levels of BTC (index USD)`, one line per mode: down and up with signed distance.
    private func drawLevels(into screen: inout Screen, in inner: Rect, y: Int) -> Int {
        guard y + 4 < inner.maxY else { return y - 1 }
        screen.text("Liquidation levels of \(row.underlying) (index USD)", x: inner.x, y: y, maxWidth: inner.width,
                    style: Style(foreground: .accent, bold: true))
        for (offset, each) in MarginMode.allCases.enumerated() {
            let line = y + 1 + offset
            var x = inner.x
            x += screen.text(each.title.lowercased(), x: x, y: line, maxWidth: 12,
                             style: each == mode ? Style(foreground: .accent, bold: true) : .plain)
            x = inner.x + 12
            guard let computed = levels[each] else {
                screen.text("computing…", x: x, y: line, maxWidth: inner.maxX - x, style: Style(foreground: .dim))
                continue
            }
            guard let level = computed.first(where: { $0.underlying == row.underlying }) else {
                screen.text("—", x: x, y: line, maxWidth: inner.maxX - x, style: Style(foreground: .dim))
                continue
            }
            for (label, price, side) in [("down ", level.downUSD, LiquidationLevels.Side.down), ("up ", level.upUSD, .up)] where x < inner.maxX {
                x += screen.text(label, x: x, y: line, maxWidth: inner.maxX - x, style: Style(foreground: .dim))
                let text: String
                if let price, level.indexUSD > 0 {
                    let distance = LiquidationLevels.distance(to: price, from: level.indexUSD, side: side)
                    text = NumberFormat.price(price) + " (" + NumberFormat.percent(distance, signed: true) + ")"
                } else {
                    text = "—"
                }
                x += screen.text(text.padding(toLength: max(text.count, 22), withPad: " ", startingAt: 0), x: x, y: line,
                                 maxWidth: inner.maxX - x)
            }
        }
        return y + 4
    }

    private func drawMargins(into screen: inout Screen, in inner: Rect, y: Int) -> Int {
        let widths = [12, 9, 9, 10, 8, 7]
        let heading = ["Mode", "IM", "MM", "Liq price", "Dist", "Util"]
        func line(_ cells: [String], y: Int, styles: [Style]) {
            var x = inner.x
            for (index, cell) in cells.enumerated() where x < inner.maxX {
                screen.text(cell, x: x, y: y, maxWidth: min(widths[index], inner.maxX - x), style: styles[index],
                            align: index == 0 ? .left : .right)
                x += widths[index]
            }
        }
        line(heading, y: y, styles: Array(repeating: Style(foreground: .gridHeader, bold: true), count: heading.count))
        for (offset, each) in MarginMode.allCases.enumerated() {
            let margin = row.margin[each]
            let cells = [each.title.lowercased(), NumberFormat.compact(margin.initialMarginUSD),
                         NumberFormat.compact(margin.maintenanceMarginUSD),
                         margin.liquidationPrice.map(NumberFormat.price) ?? "-",
                         margin.distanceToLiquidation.map { NumberFormat.percent($0) } ?? "-",
                         margin.utilization.map { NumberFormat.percent($0) } ?? "-"]
            let nameStyle = each == mode ? Style(foreground: .accent, bold: true) : Style.plain
            let utilizationRole = margin.utilization.map { RiskLevel(utilization: $0).role } ?? .dim
            line(cells, y: y + 1 + offset, styles: [nameStyle, .plain, .plain, .plain, .plain, Style(foreground: utilizationRole)])
        }
        return y + 4
    }
}

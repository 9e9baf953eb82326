import MarginEngine
/// The risk pane: stress heatmap of the selected underlying, VaR/ES and what binds, the three modes
/// side by side with capital saved vs isolated, and the top ES contributors. Sections are dropped
/// from the bottom when the pane is short; at 90+ columns it uses two columns.
struct RiskPane {
    /// nil while portfolio mode's detail is being computed: a placeholder is shown.
    let available: RiskModel?
    let figures: PerMode<ModeFigures>
    /// The utilization each mode's status keys off (isolated: its worst position's), as the header
    /// bar shows it; nil: the account's.
    var alertUtilization: PerMode<Double>? = nil
    /// Whether each mode holds the same positions as isolated; where not (after liquidations) the
    /// saving is shown as n/a rather than comparing two different books.
    var sameBookAsIsolated = PerMode(isolated: true, cross: true, portfolio: true)
    let selectedUnderlying: String?
    let mode: MarginMode
    /// This mode's liquidation levels per underlying; nil while not computed yet.
    var levels: [LiquidationLevels.Underlying]? = nil

    private var risk: RiskModel {
        available ?? RiskModel(stressMatrices: [], confidence: 0.99, horizon: "1d", valueAtRiskUSD: 0, expectedShortfallUSD: 0,
                               riskMatrixMarginUSD: 0, expectedShortfallMarginUSD: 0, contributors: [])
    }

    func draw(into screen: inout Screen, in rect: Rect) {
        screen.box(rect, title: "Risk")
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        guard inner.height >= 3, inner.width >= 24 else { return }
        guard available != nil else {
            screen.text("stress matrix, VaR/ES: computing…", x: inner.x, y: inner.y, maxWidth: inner.width,
                        style: Style(foreground: .dim))
            if inner.height >= 6 {
                let y = drawModes(into: &screen, in: inner, y: inner.y + 2)
                _ = drawLevels(into: &screen, in: inner, y: y + 1)
            }
            return
        }
        let selected = risk.stressMatrices.first { $0.underlying == selectedUnderlying } ?? risk.stressMatrices.first
        if inner.width >= 90 {
            let (left, right) = inner.splitLeft(inner.width - 44)
            var y = drawRiskMeasures(into: &screen, in: left, y: left.y)
            y = drawStress(selected, into: &screen, in: left, y: y + 1)
            // Tall panes also show the other underlyings' matrices, selected first.
            for other in risk.stressMatrices where other.underlying != selected?.underlying {
                let heatmap = StressHeatmap(matrix: other)
                guard y + 1 + heatmap.height <= left.maxY else { break }
                y = drawStress(other, into: &screen, in: left, y: y + 1)
            }
            let rightArea = Rect(x: right.x + 2, y: right.y, width: right.width - 2, height: right.height)
            y = drawModes(into: &screen, in: rightArea, y: rightArea.y)
            y = drawLevels(into: &screen, in: rightArea, y: y + 1)
            _ = drawContributors(into: &screen, in: rightArea, y: y + 1)
        } else {
            var y = drawStress(selected, into: &screen, in: inner, y: inner.y)
            y = drawRiskMeasures(into: &screen, in: inner, y: y + (inner.height >= 14 ? 1 : 0))
            if inner.maxY - y >= 5 {
                y = drawModes(into: &screen, in: inner, y: y + 1)
                y = drawLevels(into: &screen, in: inner, y: y + 1)
                _ = drawContributors(into: &screen, in: inner, y: y + 1)
            } else {
                drawSavingsLine(into: &screen, in: inner, y: y)
            }
        }
    }

    /// Draws the heatmap; returns the next free row.
    private func drawStress(_ matrix: StressMatrixModel?, into screen: inout Screen, in area: Rect, y: Int) -> Int {
        guard let matrix else {
            screen.text("no stress matrix yet", x: area.x, y: y, maxWidth: area.width, style: Style(foreground: .dim))
            return y + 1
        }
        let heatmap = StressHeatmap(matrix: matrix)
        let height = min(heatmap.height, area.maxY - y)
        heatmap.draw(into: &screen, in: Rect(x: area.x, y: y, width: area.width, height: height))
        return y + height
    }

    private func drawRiskMeasures(into screen: inout Screen, in area: Rect, y: Int) -> Int {
        guard y + 1 < area.maxY else { return y }
        let level = NumberFormat.fixed(risk.confidence * 100, decimals: risk.confidence * 100 == (risk.confidence * 100).rounded() ? 0 : 1)
        var column = area.x
        for (label, value) in [("VaR\(level) \(risk.horizon) ", risk.valueAtRiskUSD), ("ES\(level) \(risk.horizon) ", risk.expectedShortfallUSD)] {
            column += screen.text(label, x: column, y: y, style: Style(foreground: .dim))
            column += screen.text(NumberFormat.compact(value), x: column, y: y, style: Style(foreground: .text, bold: true)) + 3
        }
        // `PM MM = matrix 232k (binds) · ES 157k`
        let matrixBinds = risk.riskMatrixMarginUSD >= risk.expectedShortfallMarginUSD
        column = area.x
        column += screen.text("PM MM = ", x: column, y: y + 1, maxWidth: area.maxX - column, style: Style(foreground: .dim))
        for (label, value, binds) in [("matrix", risk.riskMatrixMarginUSD, matrixBinds), ("ES", risk.expectedShortfallMarginUSD, !matrixBinds)] {
            if label == "ES" {
                column += screen.text(" · ", x: column, y: y + 1, maxWidth: area.maxX - column, style: Style(foreground: .dim))
            }
            column += screen.text("\(label) \(NumberFormat.compact(value))", x: column, y: y + 1, maxWidth: area.maxX - column,
                                  style: binds ? Style(foreground: .accent, bold: true) : Style(foreground: .dim))
            if binds {
                column += screen.text(" (binds)", x: column, y: y + 1, maxWidth: area.maxX - column, style: Style(foreground: .accent))
            }
        }
        return y + 2
    }

    /// `Mode  IM  MM  Util  Saved IM/MM` with one row per mode: the capital each mode saves against
    /// isolated margin on IM and on MM (`CapitalSaved`; "-" for isolated itself); returns the next free row.
    private func drawModes(into screen: inout Screen, in area: Rect, y: Int) -> Int {
        guard y + 3 < area.maxY else { return y }
        let widths = [9, 7, 7, 6, 7, 7]
        drawTableRow(["Mode", "IM", "MM", "Util", "Saved IM/MM"], widths: [9, 7, 7, 6, 14], into: &screen, x: area.x, y: y,
                     maxX: area.maxX, styles: Array(repeating: Style(foreground: .gridHeader, bold: true), count: 5))
        for (offset, each) in MarginMode.allCases.enumerated() {
            let figure = figures[each]
            let saved = savings(each)
            let utilization = alertUtilization?[each] ?? figure.utilization
            let level = RiskLevel(utilization: utilization)
            let cells = [each.title.lowercased(), NumberFormat.compact(figure.initialMarginUSD),
                         NumberFormat.compact(figure.maintenanceMarginUSD), NumberFormat.percent(utilization),
                         saved.map { NumberFormat.compact($0.initialMarginUSD, signed: true) } ?? notSaved(each),
                         saved.map { NumberFormat.compact($0.maintenanceMarginUSD, signed: true) } ?? notSaved(each)]
            let nameStyle = each == mode ? Style(foreground: .accent, bold: true) : Style.plain
            let styles = [nameStyle, .plain, .plain, Style(foreground: level.role),
                          Self.savedStyle(saved?.initialMarginUSD), Self.savedStyle(saved?.maintenanceMarginUSD)]
            drawTableRow(cells, widths: widths, into: &screen, x: area.x, y: y + 1 + offset, maxX: area.maxX, styles: styles)
        }
        return y + 4
    }

    /// `-` for isolated itself, `n/a` for a mode whose book differs from isolated's.
    private func notSaved(_ mode: MarginMode) -> String { mode == .isolated ? "-" : "n/a" }

    /// `mode`'s saving against isolated margin on the same book; nil for isolated itself and for a
    /// mode whose positions differ from isolated's after liquidations.
    private func savings(_ mode: MarginMode) -> CapitalSaved? {
        guard mode != .isolated, sameBookAsIsolated[mode] else { return nil }
        let isolated = figures.isolated, figure = figures[mode]
        return CapitalSaved(isolatedInitialUSD: isolated.initialMarginUSD, isolatedMaintenanceUSD: isolated.maintenanceMarginUSD,
                            initialMarginUSD: figure.initialMarginUSD, maintenanceMarginUSD: figure.maintenanceMarginUSD)
    }

    /// Gains colour for a saving, losses colour when the mode needs more than isolated, dim at zero.
    private static func savedStyle(_ value: Double?) -> Style {
        guard let value, value != 0 else { return Style(foreground: .dim) }
        return Style(foreground: value > 0 ? .gain : .loss)
    }

    /// `Liquidation (cross)` and per underlying `BTC  down 59.7k -37.2%  up —` (index USD, signed
    /// distance from the index now), nearest first; returns the next free row, or `y - 1` when
    /// nothing fits.
    private func drawLevels(into screen: inout Screen, in area: Rect, y: Int) -> Int {
        guard y + 1 < area.maxY else { return y - 1 }
        let title = "Liquidation levels (\(mode.title.lowercased()), index USD)"
        screen.text(title, x: area.x, y: y, maxWidth: area.width, style: Style(foreground: .gridHeader, bold: true))
        guard let levels else {
            screen.text("computing…", x: area.x, y: y + 1, maxWidth: area.width, style: Style(foreground: .dim))
            return y + 2
        }
        if levels.isEmpty {
            screen.text("none", x: area.x, y: y + 1, maxWidth: area.width, style: Style(foreground: .dim))
            return y + 2
        }
        var row = y + 1
        // Nearest level first: when the pane is short, the rows that matter most stay.
        let ordered = levels.enumerated().sorted { lhs, rhs in
            let a = lhs.element.nearest?.distance ?? .infinity, b = rhs.element.nearest?.distance ?? .infinity
            return a != b ? a < b : lhs.offset < rhs.offset
        }.map(\.element)
        for level in ordered where row < area.maxY {
            var x = area.x
            x += screen.text(level.underlying, x: x, y: row, maxWidth: 6, style: Style(foreground: .text, bold: true))
            x = max(x, area.x + 6)
            for (label, price, side) in [("down ", level.downUSD, LiquidationLevels.Side.down), ("up ", level.upUSD, .up)] {
                guard x < area.maxX else { break }
                x += screen.text(label, x: x, y: row, maxWidth: area.maxX - x, style: Style(foreground: .dim))
                guard let price else {
                    x += screen.text("—   ", x: x, y: row, maxWidth: area.maxX - x, style: Style(foreground: .dim))
                    continue
                }
                let distance = level.indexUSD > 0 ? LiquidationLevels.distance(to: price, from: level.indexUSD, side: side) : 0
                let role: ColorRole = distance <= 0 ? .loss : distance < 0.1 ? .warning : .text
                x += screen.text(NumberFormat.compact(price), x: x, y: row, maxWidth: area.maxX - x, style: Style(foreground: role, bold: true))
                x += screen.text(" " + NumberFormat.percent(distance, signed: true) + "  ", x: x, y: row, maxWidth: area.maxX - x,
                                 style: Style(foreground: role))
            }
            row += 1
        }
        return row
    }

    /// One line for short panes: `Saved vs isolated: PM IM +158k MM +88.4k · cross IM 0 MM 0`, the
    /// cross part dropped when it does not fit.
    private func drawSavingsLine(into screen: inout Screen, in area: Rect, y: Int) {
        guard y < area.maxY else { return }
        var parts: [(String, Style)] = [("Saved vs isolated:", Style(foreground: .dim))]
        guard sameBookAsIsolated.portfolio else {
            screen.text("Saved vs isolated: n/a (books differ)", x: area.x, y: y, maxWidth: area.width,
                        style: Style(foreground: .dim))
            return
        }
        for (label, each) in [("PM", MarginMode.portfolio), ("cross", .cross)] {
            guard let saved = savings(each) else { continue }
            let segment: [(String, Style)] = [
                (label == "PM" ? " PM" : " · cross", Style(foreground: .text)),
                (" IM ", Style(foreground: .dim)),
                (NumberFormat.compact(saved.initialMarginUSD, signed: true), Self.savedStyle(saved.initialMarginUSD)),
                (" MM ", Style(foreground: .dim)),
                (NumberFormat.compact(saved.maintenanceMarginUSD, signed: true), Self.savedStyle(saved.maintenanceMarginUSD)),
            ]
            let used = parts.reduce(0) { $0 + $1.0.count }, extra = segment.reduce(0) { $0 + $1.0.count }
            guard used + extra <= area.width else { break }
            parts += segment
        }
        var x = area.x
        for (text, style) in parts { x += screen.text(text, x: x, y: y, maxWidth: area.maxX - x, style: style) }
    }

    private func drawContributors(into screen: inout Screen, in area: Rect, y: Int) -> Int {
        let room = area.maxY - y - 1
        guard room >= 1, !risk.contributors.isEmpty else { return y }
        screen.text("Top ES contributors", x: area.x, y: y, maxWidth: area.width, style: Style(foreground: .gridHeader, bold: true))
        let total = risk.contributors.reduce(0) { $0 + max(0, $1.contributionUSD) }
        for (offset, contributor) in risk.contributors.prefix(room).enumerated() {
            let share = total > 0 ? max(0, contributor.contributionUSD) / total : 0
            let row = y + 1 + offset
            let nameWidth = min(22, area.width - 20)
            screen.text(contributor.instrument, x: area.x, y: row, maxWidth: nameWidth)
            screen.text(NumberFormat.compact(contributor.contributionUSD), x: area.x + nameWidth, y: row, maxWidth: 8,
                        style: Style(foreground: contributor.contributionUSD > 0 ? .loss : .gain), align: .right)
            let barWidth = area.width - nameWidth - 10
            if barWidth > 2 {
                screen.hbar(x: area.x + nameWidth + 10, y: row, width: barWidth, fraction: share) { position in
                    position < 0.5 ? .barStart : position < 0.85 ? .barMid : .barEnd
                }
            }
        }
        return y + 1 + min(room, risk.contributors.count)
    }

    private func drawTableRow(_ cells: [String], widths: [Int], into screen: inout Screen, x: Int, y: Int, maxX: Int, styles: [Style]) {
        var column = x
        for (index, cell) in cells.enumerated() where column < maxX {
            let width = min(widths[index], maxX - column)
            screen.text(cell, x: column, y: y, maxWidth: width, style: styles[index], align: index == 0 ? .left : .right)
            column += widths[index]
        }
    }
}

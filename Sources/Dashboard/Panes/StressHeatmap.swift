/// The stress matrix of one underlying as a heatmap: vol scenarios down, price moves across, each
/// cell the book's PnL (in k or M USD, named in the title) coloured by size relative to the worst
/// loss / best gain. On narrow panes every other price move is shown.
struct StressHeatmap {
    let matrix: StressMatrixModel

    /// Rows it draws: a title, the move header, one per vol scenario.
    var height: Int { 2 + matrix.volScenarios.count }

    func draw(into screen: inout Screen, in rect: Rect) {
        guard rect.height >= 3, rect.width >= 20, !matrix.priceMoves.isEmpty else { return }
        let values = matrix.pnlUSD.flatMap { $0 }.filter(\.isFinite)
        let largest = values.map(abs).max() ?? 0
        let (scale, unit) = largest >= 999_500 ? (1e6, "M USD") : largest >= 999.5 ? (1e3, "k USD") : (1.0, "USD")
        // `BTC stress PnL, k USD · σ 3.1%/d · scan ±16%`: the vol the session estimates live and the
        // scan range it sets (bold warning colour once it has left its published floor).
        var x = rect.x
        x += screen.text("\(matrix.underlying) stress PnL, \(unit)", x: x, y: rect.y, maxWidth: rect.width,
                         style: Style(foreground: .accent, bold: true))
        if let sigma = matrix.dailyVol, let range = matrix.scanRange, sigma.isFinite, range.isFinite {
            let widened = range > (matrix.scanRangeFloor ?? range) + 1e-12
            x += screen.text(" · σ \(NumberFormat.fixed(sigma * 100, decimals: 1))%/d", x: x, y: rect.y, maxWidth: rect.maxX - x,
                             style: Style(foreground: .dim))
            screen.text(" · scan ±\(NumberFormat.fixed(range * 100, decimals: 0))%", x: x, y: rect.y, maxWidth: rect.maxX - x,
                        style: widened ? Style(foreground: .warning, bold: true) : Style(foreground: .dim))
        } else {
            screen.text("  (price move × vol)", x: x, y: rect.y, maxWidth: rect.maxX - x, style: Style(foreground: .accent, bold: true))
        }
        let labelWidth = 5
        let available = rect.width - labelWidth
        let stride = available / matrix.priceMoves.count >= 5 ? 1 : 2
        let columns = Swift.stride(from: 0, to: matrix.priceMoves.count, by: stride).map { $0 }
        let cellWidth = min(7, available / columns.count)
        guard cellWidth >= 5 else { return }
        for (slot, index) in columns.enumerated() {
            let move = matrix.priceMoves[index]
            let label = (move > 0 ? "+" : "") + NumberFormat.fixed(move * 100, decimals: 0) + "%"
            screen.text(label, x: rect.x + labelWidth + slot * cellWidth, y: rect.y + 1, maxWidth: cellWidth - 1,
                        style: Style(foreground: .gridHeader, bold: move == 0), align: .right)
        }
        let worstLoss = max(1e-9, -(values.min() ?? 0))
        let bestGain = max(1e-9, values.max() ?? 0)
        for (row, label) in matrix.volScenarios.enumerated() where row + 2 < rect.height {
            let y = rect.y + 2 + row
            screen.text(label, x: rect.x, y: y, maxWidth: labelWidth - 1, style: Style(foreground: .gridHeader))
            let pnls = row < matrix.pnlUSD.count ? matrix.pnlUSD[row] : []
            for (slot, index) in columns.enumerated() {
                let pnl = index < pnls.count ? pnls[index] : .nan
                let intensity = pnl < 0 ? pnl / worstLoss : pnl / bestGain
                let scaled = pnl / scale
                let text = pnl.isFinite
                    ? (scaled > 0.05 ? "+" : "") + NumberFormat.fixed(scaled, decimals: abs(scaled) < 9.95 ? 1 : 0)
                    : "-"
                screen.heatCell(text == "0.0" || text == "-0.0" ? "0" : text,
                                x: rect.x + labelWidth + slot * cellWidth, y: y, width: cellWidth,
                                intensity: intensity.isFinite ? intensity : 0)
            }
        }
    }
}

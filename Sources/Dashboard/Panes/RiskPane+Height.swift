/// How tall the risk pane wants to be, so the layout can give the positions grid every row the
/// bottom panes do not use (a tall terminal shows more of a big book, not blank risk rows).
extension RiskPane {
    /// Rows (borders included) that show every section of the pane at `width` columns: the stress
    /// heatmaps, VaR/ES, the modes table, `levelRows` liquidation levels and the ES contributors.
    /// nil while the risk figures are still computing (the layout then keeps its even split).
    static let heatmapsWanted = 2

    static func preferredHeight(risk: RiskModel?, levelRows: Int, width: Int) -> Int? {
        guard let risk else { return nil }
        // The selected underlying's heatmap and one more: further heatmaps only fill rows the grid
        // has no use for (a small book), they never take rows from it.
        let heatmaps = risk.stressMatrices.prefix(Self.heatmapsWanted).map { StressHeatmap(matrix: $0).height }
        let measures = 2
        let modes = 4
        let levels = 1 + max(levelRows, 1)
        let contributors = risk.contributors.isEmpty ? 0 : 1 + risk.contributors.count
        let inner: Int
        if width - 4 >= 90 {
            // Two columns (see `draw`): heatmaps under the measures on the left, tables on the right.
            let left = measures + heatmaps.reduce(0) { $0 + 1 + $1 }
            let right = modes + 1 + levels + (contributors > 0 ? 1 + contributors : 0)
            inner = max(left, right)
        } else {
            // One column: the selected heatmap, the measures, then the tables.
            inner = (heatmaps.first ?? 0) + 1 + measures + 1 + modes + 1 + levels + (contributors > 0 ? 1 + contributors : 0)
        }
        return inner + 2
    }
}

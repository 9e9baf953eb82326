/// Recent price per underlying, utilization per mode and portfolio MM as sparklines with their latest value.
struct SparklinesPane {
    let series: [SparklineSeries]

    /// Rows needed: one per series plus the border.
    var height: Int { series.count + 2 }

    func draw(into screen: inout Screen, in rect: Rect) {
        screen.box(rect, title: "Trends")
        let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
        guard inner.width >= 16 else { return }
        let labelWidth = min(6, max(series.map { $0.label.count }.max() ?? 0, 4) + 1)
        let valueWidth = 8
        let lineWidth = inner.width - labelWidth - valueWidth - 1
        for (offset, item) in series.prefix(inner.height).enumerated() {
            let y = inner.y + offset
            screen.text(item.label, x: inner.x, y: y, maxWidth: labelWidth - 1, style: Style(foreground: .gridHeader, bold: true))
            let latest = item.values.last ?? .nan
            let (valueText, role): (String, ColorRole)
            switch item.kind {
            case .price:
                valueText = NumberFormat.price(latest)
                let first = item.values.first ?? latest
                role = latest >= first ? .gain : .loss
            case .utilization:
                valueText = NumberFormat.percent(latest)
                role = RiskLevel(utilization: latest).role
            case .amount:
                valueText = NumberFormat.compact(latest)
                let first = item.values.first ?? latest
                role = latest > first * 1.001 ? .warning : .text
            }
            screen.sparkline(item.values, x: inner.x + labelWidth, y: y, width: lineWidth,
                             style: Style(foreground: item.kind == .utilization ? role : .accent))
            screen.text(valueText, x: inner.maxX - valueWidth, y: y, maxWidth: valueWidth, style: Style(foreground: role), align: .right)
        }
    }
}

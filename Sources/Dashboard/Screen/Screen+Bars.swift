extension Screen {
    /// A horizontal bar filling `fraction` (clamped to 0…1) of `width` cells, in eighths of a cell
    /// (`▏▎▍▌▋▊▉█`; ASCII `#` for a full cell, `=` for at least half). The unfilled part shows the
    /// track glyph in the dim role. `roleAt` picks each filled cell's colour from its position 0…1
    /// along the bar (a gradient), or use ``hbar(x:y:width:fraction:style:)`` for one colour.
    public mutating func hbar(
        x: Int, y: Int, width: Int, fraction: Double, background: ColorRole = .background,
        roleAt: (Double) -> ColorRole
    ) {
        guard width > 0 else { return }
        // +∞ (a utilization with equity ≤ 0) is a full bar; NaN an empty one.
        let clamped = fraction.isNaN ? 0 : min(max(fraction, 0), 1)
        let eighths = Int((clamped * Double(width) * 8).rounded())
        let full = eighths / 8, partial = eighths % 8
        for i in 0..<width {
            let style = Style(foreground: roleAt(Double(i) / Double(max(1, width - 1))), background: background)
            if i < full {
                put(glyphs.eighths[7], x: x + i, y: y, style: style)
            } else if i == full, partial > 0, glyphs.eighths[partial - 1] != " " {
                put(glyphs.eighths[partial - 1], x: x + i, y: y, style: style)
            } else {
                put(glyphs.barTrack, x: x + i, y: y, style: Style(foreground: .dim, background: background))
            }
        }
    }

    /// A one-colour horizontal bar.
    public mutating func hbar(x: Int, y: Int, width: Int, fraction: Double, style: Style) {
        hbar(x: x, y: y, width: width, fraction: fraction, background: style.background) { _ in style.foreground }
    }

    /// A sparkline of the last `width` values, scaled between their min and max
    /// (`▁▂▃▄▅▆▇█`; ASCII `_.-:=+*#`). A flat series draws mid-height.
    public mutating func sparkline(_ values: [Double], x: Int, y: Int, width: Int, style: Style) {
        guard width > 0 else { return }
        let shown = values.suffix(width).filter(\.isFinite)
        guard let low = shown.min(), let high = shown.max() else { return }
        let levels = glyphs.sparks.count
        let start = x + width - shown.count
        for (offset, value) in shown.enumerated() {
            let level = high > low ? Int(((value - low) / (high - low) * Double(levels - 1)).rounded()) : levels / 2
            put(glyphs.sparks[min(max(level, 0), levels - 1)], x: start + offset, y: y, style: style)
        }
    }

    /// A heatmap cell: `label` centred in `width` cells on a background chosen by `intensity`
    /// (−1 = worst loss … +1 = best gain): strong loss → danger, loss → loss, near zero → none,
    /// gain → gain.
    public mutating func heatCell(_ label: String, x: Int, y: Int, width: Int, intensity: Double) {
        let style = Screen.heatStyle(intensity: intensity)
        fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        text(label, x: x, y: y, maxWidth: max(1, width - 1), style: style, align: .right)
    }

    /// The style a heatmap cell of this intensity gets.
    static func heatStyle(intensity: Double) -> Style {
        switch intensity {
        case ..<(-0.6): Style(foreground: .background, background: .danger, bold: true)
        case ..<(-0.05): Style(foreground: .background, background: .loss)
        case ...0.05: Style(foreground: .dim)
        default: Style(foreground: .background, background: .gain)
        }
    }
}

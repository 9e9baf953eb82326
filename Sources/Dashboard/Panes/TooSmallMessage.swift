/// Shown instead of the dashboard when the terminal is below the minimum size.
struct TooSmallMessage {
    let width: Int
    let height: Int
    let minimumWidth: Int
    let minimumHeight: Int

    func draw(into screen: inout Screen) {
        let lines = [
            "terminal too small",
            "need ≥ \(minimumWidth)×\(minimumHeight), have \(width)×\(height)",
            "resize, or press q to quit",
        ]
        let top = max(0, (height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            screen.text(line, x: 0, y: top + offset, maxWidth: width,
                        style: offset == 0 ? Style(foreground: .warning, bold: true) : .plain, align: .center)
        }
    }
}

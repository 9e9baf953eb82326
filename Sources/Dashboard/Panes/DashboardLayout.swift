/// Where each pane goes on a `width` × `height` frame (at least the minimum size): the renderer
/// draws into these rectangles and the mouse is hit-tested against the same ones.
public struct DashboardLayout: Sendable, Equatable {
    public var header: Rect
    public var positions: Rect
    public var risk: Rect
    /// nil when the side column is too short for the sparklines.
    public var trends: Rect?
    public var alerts: Rect

    public init(model: DashboardViewModel, width: Int, height: Int) {
        let bounds = Rect(x: 0, y: 0, width: width, height: height)
        let (headerArea, rest) = bounds.splitTop(HeaderPane.height)
        let body = Rect(x: rest.x, y: rest.y, width: rest.width, height: rest.height - 1)
        header = headerArea
        let positionsHeight = min(max(model.positions.count + 3, 6), body.height / 2)
        let (positionsArea, bottom) = body.splitTop(positionsHeight)
        positions = positionsArea
        let (riskArea, sideArea) = bottom.splitLeft(width >= 140 ? width * 62 / 100 : width * 60 / 100)
        risk = riskArea
        let trendsHeight = SparklinesPane(series: model.sparklines).height
        if !model.sparklines.isEmpty, sideArea.height >= trendsHeight + 4 {
            let (trendsArea, alertsArea) = sideArea.splitTop(trendsHeight)
            trends = trendsArea
            alerts = alertsArea
        } else {
            trends = nil
            alerts = sideArea
        }
    }
}

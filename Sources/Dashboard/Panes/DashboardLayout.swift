import MarginEngine
/// Where each pane goes on a `width` × `height` frame (at least the minimum size): the renderer
/// draws into these rectangles and the mouse is hit-tested against the same ones.
public struct DashboardLayout: Sendable, Equatable {
    public var header: Rect
    public var positions: Rect
    public var risk: Rect
    /// nil when the side column is too short for the sparklines.
    public var trends: Rect?
    public var alerts: Rect

    /// Alert rows (borders included) the side column keeps under the trends when the grid grows.
    static let minimumAlertRows = 8

    public init(model: DashboardViewModel, width: Int, height: Int) {
        let bounds = Rect(x: 0, y: 0, width: width, height: height)
        let (headerArea, rest) = bounds.splitTop(HeaderPane.height)
        let body = Rect(x: rest.x, y: rest.y, width: rest.width, height: rest.height - 1)
        header = headerArea
        let riskWidth = width >= 140 ? width * 62 / 100 : width * 60 / 100
        let trendsHeight = SparklinesPane(series: model.sparklines).height
        // The grid gets at least half the body, and on tall screens every row the bottom panes
        // would leave blank: the risk pane's full content, or the trends plus a few alert rows.
        let levelRows = MarginMode.allCases.map { model.liquidationLevels[$0]?.count ?? 0 }.max() ?? 0
        let riskWanted = RiskPane.preferredHeight(risk: model.risk, levelRows: levelRows, width: riskWidth)
        let bottomWanted = riskWanted.map { max($0, model.sparklines.isEmpty ? 0 : trendsHeight + Self.minimumAlertRows) }
        let gridRoom = max(body.height / 2, body.height - (bottomWanted ?? body.height))
        let positionsHeight = min(max(model.positions.count + 3, 6), gridRoom)
        let (positionsArea, bottom) = body.splitTop(positionsHeight)
        positions = positionsArea
        let (riskArea, sideArea) = bottom.splitLeft(riskWidth)
        risk = riskArea
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

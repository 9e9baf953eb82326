import Benchmarks
import MarginEngine
import Testing
@testable import Dashboard

/// The positions grid takes the rows the bottom panes leave unused on tall screens.
@Suite struct DashboardLayoutTests {
    /// The sample model with `count` positions (copies of its rows), as a big book gives.
    func model(positions count: Int) -> DashboardViewModel {
        var model = SampleViewModel.make()
        let rows = model.positions
        model.positions = (0..<count).map { rows[$0 % rows.count] }
        return model
    }

    @Test func tallScreenGivesTheGridTheSpareRows() throws {
        let model = model(positions: 1_000)
        let layout = DashboardLayout(model: model, width: 200, height: 60)
        let body = 60 - HeaderPane.height - 1
        // Risk pane at 200 columns: width 124, two columns. Left: VaR/ES 2 rows + 2 heatmaps of
        // (1 gap + 2 + 3 vol rows) = 14; right: modes 4 + gap + levels (title
        // + BTC + ETH) 3 + gap + contributors (title + 5) = 15, and 2 border rows: 17. The side
        // column wants less: 3 sparklines + 2 borders + 8 alert rows = 13.
        let risk = try #require(model.risk)
        #expect(risk.contributors.count == 5 && risk.stressMatrices.map(\.volScenarios.count) == [3, 3])
        let right = 4 + 1 + 3 + 1 + 1 + risk.contributors.count
        let wanted = max(max(14, right) + 2, model.sparklines.count + 2 + DashboardLayout.minimumAlertRows)
        #expect(layout.positions.height == body - wanted)
        #expect(layout.positions.height > body / 2)
        #expect(layout.risk.height == wanted)
        #expect(layout.positions.maxY == layout.risk.y)
    }

    @Test func smallScreensKeepTheEvenSplit() {
        let model = model(positions: 1_000)
        for (width, height) in [(80, 24), (100, 30), (120, 40)] {
            let layout = DashboardLayout(model: model, width: width, height: height)
            let body = height - HeaderPane.height - 1
            #expect(layout.positions.height >= body / 2, "\(width)×\(height)")
            #expect(layout.positions.height == body / 2, "\(width)×\(height)")
        }
    }

    @Test func smallBookLeavesTheRestToTheBottom() {
        let model = SampleViewModel.make()
        let layout = DashboardLayout(model: model, width: 200, height: 60)
        #expect(layout.positions.height == model.positions.count + 3)
    }
}

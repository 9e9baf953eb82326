import Benchmarks
import Testing
@testable import Dashboard

/// Issue 11 desk polish: a theta column on wide screens, and a sort by a column this width hides
/// says so in the grid's footer instead of silently reordering the rows.
@Suite struct GridColumnsTests {
    let model = SampleViewModel.make()

    func text(_ state: DashboardState, width: Int, height: Int) -> String {
        DashboardRenderer.compose(model, state: state, width: width, height: height).render(plain: true).joined(separator: "\n")
    }

    @Test func thetaShownWhenWide() {
        let wide = PositionColumn.visible(inWidth: 200)
        #expect(wide.contains(.theta) && wide.contains(.vega))
        #expect(!PositionColumn.visible(inWidth: 78).contains(.theta))
        #expect(text(DashboardState(), width: 200, height: 50).contains("Theta"))
    }

    @Test func sortByHiddenColumnIsMarked() {
        var state = DashboardState()
        state.sortColumn = .vega
        state.sortDescending = true
        #expect(!PositionColumn.visible(inWidth: 78).contains(.vega))
        #expect(text(state, width: 80, height: 24).contains("sort: Vega desc (hidden)"))
        let wide = text(state, width: 200, height: 50)
        #expect(wide.contains("sort: Vega desc") && !wide.contains("(hidden)"))
    }
}

import MarginEngine
import RiskSession

/// Something the user asked for. UI actions change ``DashboardState``; feed actions
/// (``feedCommand``) are for the run loop's replay clock.
public enum DashboardAction: Sendable, Equatable {
    case quit
    case toggleHelp
    case cycleMode
    case togglePause
    case speedUp
    case speedDown
    case step
    /// Move the cursor (positions grid, the stress picker when it is open, or the alerts view's
    /// scroll position, in alerts) by this many rows.
    case moveCursor(Int)
    case cursorToTop
    case cursorToBottom
    case nextSortColumn
    case reverseSort
    case nextTheme
    case openStressPicker
    /// `v`: the risk pane shows the venues view, or back.
    case toggleVenues
    /// `a`: open the alerts view at the newest alert, or close it.
    case toggleAlerts
    case beginFilter
    case filterAppend(Character)
    case filterDeleteBackward
    case applyFilter
    case cancelFilter
    /// Enter: open the detail view of the position under the cursor.
    case openDetail
    case closeOverlay
    /// A click on a mode tab.
    case selectMode(MarginMode)
    /// A click on a grid row: the cursor to this row of the visible (filtered, sorted) rows.
    case selectRow(Int)
    /// The wheel over the alerts pane: scroll it by this many alerts (positive: older).
    case scrollAlerts(Int)

    /// What the feed's replay clock should do, or nil for a pure UI action.
    public var feedCommand: ClockCommand? {
        switch self {
        case .togglePause: .togglePause
        case .speedUp: .speedUp
        case .speedDown: .speedDown
        case .step: .step
        default: nil
        }
    }
}


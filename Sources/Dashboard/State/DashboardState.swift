import MarginEngine
/// Which overlay covers the dashboard.
public enum Overlay: Sendable, Equatable {
    case none
    /// `?`: full-screen key help.
    case help
    /// Enter: the detail view of the position under the cursor.
    case detail
    /// `x`: the stress-scenario picker, with its own cursor.
    case stressPicker
    /// `a`: the current mode's alerts and liquidations, each shown whole, scrollable.
    case alerts
}

/// What the risk pane shows.
public enum RiskView: Sendable, Equatable {
    /// Stress matrix, VaR/ES, the three modes, liquidation levels, ES contributors.
    case risk
    /// `v`: the book under each venue's rules side by side.
    case venues
}

/// The dashboard's UI state (not the market's): mode, cursor, sort, filter, overlay, theme.
///
/// Change it only through ``reduced(with:context:)``:
///
///     var state = DashboardState()
///     let context = ReducerContext(viewModel: model, themeCount: themes.count)
///     if let action = KeyBindings.action(for: .character("m"), in: state) {
///         state = state.reduced(with: action, context: context)
///     }
public struct DashboardState: Sendable, Equatable {
    public var mode: MarginMode = .cross
    /// Index into the *visible* (filtered, sorted) position rows.
    public var cursor: Int = 0
    /// nil = the book's natural order.
    public var sortColumn: PositionColumn? = nil
    public var sortDescending: Bool = false
    /// The applied filter (case-insensitive substring of instrument or underlying); empty = all.
    public var filter: String = ""
    /// Text being typed after `/`; nil when not editing.
    public var filterDraft: String? = nil
    public var overlay: Overlay = .none
    /// `v` toggles the risk pane between its risk view and the venues view.
    public var riskView: RiskView = .risk
    public var stressCursor: Int = 0
    /// The alerts view's scroll position: index of the alert at its top (newest first).
    public var alertsScroll: Int = 0
    /// Index into the theme list the run loop loaded.
    public var themeIndex: Int = 0
    /// Set by `q`; the run loop exits.
    public var shouldQuit: Bool = false

    public init() {}

    /// Whether keys are going into the filter text.
    public var isEditingFilter: Bool { filterDraft != nil }

    /// The rows the grid shows: filtered (by the draft while typing), then sorted.
    public func visibleRows(of positions: [PositionRow]) -> [PositionRow] {
        let needle = (filterDraft ?? filter).lowercased()
        var rows = needle.isEmpty ? positions : positions.filter {
            $0.instrument.lowercased().contains(needle) || $0.underlying.lowercased().contains(needle)
        }
        guard let column = sortColumn else { return rows }
        let descending = sortDescending
        if column == .instrument {
            rows.sort { descending ? $0.instrument > $1.instrument : $0.instrument < $1.instrument }
        } else {
            let mode = self.mode
            // Stable: ties (and missing values, always last) keep book order.
            rows = rows.enumerated().sorted { lhs, rhs in
                switch (column.sortKey(lhs.element, mode: mode), column.sortKey(rhs.element, mode: mode)) {
                case let (l?, r?) where l != r: return descending ? l > r : l < r
                case (nil, _?): return false
                case (_?, nil): return true
                default: return lhs.offset < rhs.offset
                }
            }.map(\.element)
        }
        return rows
    }

    /// The row under the cursor, if any.
    public func selectedRow(of positions: [PositionRow]) -> PositionRow? {
        let rows = visibleRows(of: positions)
        return rows.indices.contains(cursor) ? rows[cursor] : nil
    }
}

/// What the reducer needs to know about the world to keep indices in bounds.
public struct ReducerContext: Sendable {
    public var positions: [PositionRow]
    public var scenarioCount: Int
    public var themeCount: Int
    /// Alerts the alerts view (`a`) lists: the view model's, all of one mode.
    public var alertCount: Int

    public init(positions: [PositionRow], scenarioCount: Int, themeCount: Int, alertCount: Int = 0) {
        self.positions = positions
        self.scenarioCount = scenarioCount
        self.themeCount = themeCount
        self.alertCount = alertCount
    }

    /// The context for a view model and the number of loaded themes.
    public init(viewModel: DashboardViewModel, themeCount: Int) {
        self.init(positions: viewModel.positions, scenarioCount: viewModel.stressScenarios.count,
                  themeCount: themeCount, alertCount: viewModel.alerts.count)
    }
}

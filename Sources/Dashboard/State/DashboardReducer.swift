extension DashboardState {
    /// The state after `action` (pure). Feed commands (pause, speed, step) leave the UI state as is;
    /// the run loop reads ``DashboardAction/feedCommand``.
    public func reduced(with action: DashboardAction, context: ReducerContext) -> DashboardState {
        var next = self
        switch action {
        case .quit: next.shouldQuit = true
        case .toggleHelp: next.overlay = overlay == .help ? .none : .help
        case .cycleMode: next.mode = mode.next
        case .togglePause, .speedUp, .speedDown, .step: break
        case .moveCursor(let delta): next.moveCursor(by: delta, context: context)
        case .cursorToTop: next.moveCursor(by: Int.min / 2, context: context)
        case .cursorToBottom: next.moveCursor(by: Int.max / 2, context: context)
        case .nextSortColumn:
            let all = PositionColumn.allCases
            next.sortColumn = sortColumn.map { all[(($0.rawValue + 1) % all.count)] } ?? all[0]
        case .reverseSort:
            if sortColumn == nil { next.sortColumn = .instrument }
            next.sortDescending.toggle()
        case .nextTheme: next.themeIndex = context.themeCount > 0 ? (themeIndex + 1) % context.themeCount : 0
        case .openStressPicker:
            next.overlay = context.scenarioCount > 0 ? .stressPicker : .none
            next.stressCursor = min(stressCursor, max(0, context.scenarioCount - 1))
        case .toggleVenues: next.riskView = riskView == .venues ? .risk : .venues
        case .toggleAlerts:
            next.overlay = overlay == .alerts ? .none : .alerts
            next.alertsScroll = 0
        case .beginFilter: next.filterDraft = filter
        case .filterAppend(let character): next.filterDraft = (filterDraft ?? "") + String(character)
        case .filterDeleteBackward:
            if var draft = filterDraft, !draft.isEmpty { draft.removeLast(); next.filterDraft = draft }
        case .applyFilter:
            next.filter = filterDraft ?? filter
            next.filterDraft = nil
        case .cancelFilter: next.filterDraft = nil
        case .openDetail:
            next.overlay = visibleRows(of: context.positions).isEmpty ? .none : .detail
        case .closeOverlay: next.overlay = .none
        case .selectMode(let mode): next.mode = mode
        case .selectRow(let row): next.cursor = row
        case .scrollAlerts(let delta):
            next.alertsScroll = Self.clamp(alertsScroll.addingReportingOverflow(delta).partialValue, count: context.alertCount)
        }
        next.clampCursor(context: context)
        return next
    }

    private mutating func moveCursor(by delta: Int, context: ReducerContext) {
        if overlay == .alerts {
            alertsScroll = Self.clamp(alertsScroll.addingReportingOverflow(delta).partialValue, count: context.alertCount)
        } else if overlay == .stressPicker {
            stressCursor = Self.clamp(stressCursor.addingReportingOverflow(delta).partialValue, count: context.scenarioCount)
        } else {
            cursor = Self.clamp(cursor.addingReportingOverflow(delta).partialValue,
                                count: visibleRows(of: context.positions).count)
        }
    }

    private mutating func clampCursor(context: ReducerContext) {
        cursor = Self.clamp(cursor, count: visibleRows(of: context.positions).count)
        stressCursor = Self.clamp(stressCursor, count: context.scenarioCount)
        alertsScroll = Self.clamp(alertsScroll, count: context.alertCount)
    }

    private static func clamp(_ index: Int, count: Int) -> Int { min(max(index, 0), max(0, count - 1)) }
}

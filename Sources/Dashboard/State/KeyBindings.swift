/// Keys → actions, following htop/btop/k9s habits (pure; see ``helpLines`` for the list).
public enum KeyBindings {
    /// The action for `key` in `state`, or nil when the key does nothing there.
    /// While typing a filter every printable key is text; Esc cancels, Enter applies.
    public static func action(for key: Key, in state: DashboardState) -> DashboardAction? {
        if state.isEditingFilter { return filterAction(for: key) }
        switch key {
        case .escape: return state.overlay == .none ? nil : .closeOverlay
        case .enter: return state.overlay == .none ? .openDetail : .closeOverlay
        case .up: return .moveCursor(-1)
        case .down: return .moveCursor(1)
        case .pageUp: return .moveCursor(-10)
        case .pageDown: return .moveCursor(10)
        case .home: return .cursorToTop
        case .end: return .cursorToBottom
        case .left, .right, .tab, .backspace: return nil
        case .character(let character): return characterAction(character, in: state)
        }
    }

    private static func characterAction(_ character: Character, in state: DashboardState) -> DashboardAction? {
        switch character {
        case "q": return state.overlay == .alerts ? .closeOverlay : .quit
        case "a": return .toggleAlerts
        case "v": return .toggleVenues
        case "?": return .toggleHelp
        case "m": return .cycleMode
        case " ": return .togglePause
        case "+", "=": return .speedUp
        case "-", "_": return .speedDown
        case ".": return .step
        case "j": return .moveCursor(1)
        case "k": return .moveCursor(-1)
        case "g": return .cursorToTop
        case "G": return .cursorToBottom
        case "s": return .nextSortColumn
        case "S": return .reverseSort
        case "t": return .nextTheme
        case "x": return state.overlay == .stressPicker ? .closeOverlay : .openStressPicker
        case "/": return state.overlay == .none ? .beginFilter : nil
        default: return nil
        }
    }

    private static func filterAction(for key: Key) -> DashboardAction? {
        switch key {
        case .escape: return .cancelFilter
        case .enter: return .applyFilter
        case .backspace: return .filterDeleteBackward
        case .character(let character):
            return character.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control })
                ? .filterAppend(character) : nil
        default: return nil
        }
    }

    /// (keys, description) pairs for the help overlay and footer.
    public static let helpLines: [(keys: String, description: String)] = [
        ("q", "quit"),
        ("?", "toggle this help"),
        ("m", "cycle margin mode: isolated, cross, portfolio"),
        ("space", "pause / resume the feed"),
        ("+ / -", "replay faster / slower"),
        (".", "step one event (when paused)"),
        ("arrows  j k", "move the cursor"),
        ("PgUp PgDn  g G", "page / jump to top or bottom"),
        ("s / S", "sort by next column / reverse order"),
        ("/", "filter instruments (Enter applies, Esc cancels)"),
        ("Enter", "position details"),
        ("x", "stress scenarios (post-shock book)"),
        ("v", "risk pane: venues side by side (v again: back)"),
        ("a", "alerts and liquidations in full (a, q or Esc close)"),
        ("t", "next colour theme"),
        ("Esc", "close overlay"),
    ]
}

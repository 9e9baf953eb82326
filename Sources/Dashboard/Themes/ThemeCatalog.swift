/// The themes `t` cycles through, in order, and the problems met while collecting them.
///
/// Start from ``builtin`` (dark first) and ``add(_:)`` more; the executable adds the user's theme
/// files (`$XDG_CONFIG_HOME/xmargin/themes/*.toml`) and ``record(_:)``s broken ones, so a bad file is
/// reported on the status line instead of stopping the program.
///
///     var catalog = ThemeCatalog.builtin
///     let index = catalog.add(try Theme(name: "mine", entries: [("accent", "#ff00ff")], file: "mine.toml"))
///     catalog.theme(at: index).name   // "mine"
public struct ThemeCatalog: Sendable, Equatable {
    public private(set) var themes: [Theme]
    public private(set) var errors: [ThemeError]

    /// A catalog of `themes` (in cycling order) and already-known `errors`.
    public init(themes: [Theme], errors: [ThemeError] = []) {
        self.themes = themes
        self.errors = errors
    }

    /// Only the built-in themes (``BuiltinThemes/all``).
    public static var builtin: ThemeCatalog { ThemeCatalog(themes: BuiltinThemes.all) }

    /// The theme at `index` (wrapping), or the default theme if there are none.
    public func theme(at index: Int) -> Theme {
        themes.isEmpty ? Theme.defaultTheme : themes[((index % themes.count) + themes.count) % themes.count]
    }

    /// The index of a theme named `name`, if any.
    public func index(named name: String) -> Int? { themes.firstIndex { $0.name == name } }

    /// Adds a theme, or replaces the one with the same name in its place (so a user theme named
    /// `dark` replaces the built-in), and returns its index.
    @discardableResult
    public mutating func add(_ theme: Theme) -> Int {
        if let index = index(named: theme.name) {
            themes[index] = theme
            return index
        }
        themes.append(theme)
        return themes.count - 1
    }

    /// Keeps a problem met while collecting themes (for the status line).
    public mutating func record(_ error: ThemeError) {
        errors.append(error)
    }
}

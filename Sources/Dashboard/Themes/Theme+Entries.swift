extension Theme {
    /// A theme from a theme file's assignments: each `key` is a role's ``ColorRole/themeKey``
    /// (`bar_start`, …) and each `value` a `"#RRGGBB"` string (hex digits in either case).
    /// Roles without an entry take the default theme's colour; when a key appears twice the last wins.
    ///
    ///     try Theme(name: "x", entries: [(key: "gain", value: "#00ff00")], file: "themes/x.toml")
    ///
    /// - Parameters:
    ///   - name: the theme's name, shown when cycling with `t` (by convention the file name without `.toml`).
    ///   - entries: the file's top-level key/value pairs, in any order.
    ///   - file: how to name the file in errors, e.g. `themes/x.toml`.
    /// - Throws: ``ThemeError/unknownKey(file:key:)`` for a key that is not a role (a typo), or
    ///   ``ThemeError/invalidColor(file:key:got:)`` for a value that is not `#RRGGBB`; both name `file`
    ///   and the key.
    public init(name: String, entries: [(key: String, value: String)], file: String) throws(ThemeError) {
        let rolesByKey = Dictionary(uniqueKeysWithValues: ColorRole.allCases.map { ($0.themeKey, $0) })
        var colors: [ColorRole: RGBColor] = [:]
        for (key, value) in entries {
            guard let role = rolesByKey[key] else { throw .unknownKey(file: file, key: key) }
            guard let color = RGBColor(hex: value) else { throw .invalidColor(file: file, key: key, got: value) }
            colors[role] = color
        }
        self.init(name: name, colors: colors, fallback: .defaultTheme)
    }
}

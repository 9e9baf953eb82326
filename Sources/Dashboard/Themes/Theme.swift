/// A colour theme: one `#RRGGBB` per ``ColorRole``.
///
///     let theme = try Theme(name: "mine", entries: [("gain", "#00ff00")], file: "themes/mine.toml")
///     theme.color(for: .gain)   // #00ff00
///     theme.color(for: .loss)   // #f7768e, from the default theme
///
/// Reading a theme *file* (TOML) is not done here: `MarginConfig.ThemeFile` turns the text into
/// key/value strings and the executable hands them to ``init(name:entries:file:)``.
public struct Theme: Sendable, Equatable {
    /// The file name without `.toml`, e.g. `dark`.
    public var name: String
    /// Indexed by `ColorRole.rawValue`.
    private var colors: [RGBColor]

    /// A theme from typed colours; roles missing from `colors` take `fallback`'s colour (black when
    /// there is no fallback).
    public init(name: String, colors: [ColorRole: RGBColor], fallback: Theme? = nil) {
        self.name = name
        let base = fallback?.colors ?? Array(repeating: RGBColor(red: 0, green: 0, blue: 0), count: ColorRole.allCases.count)
        self.colors = ColorRole.allCases.map { colors[$0] ?? base[Int($0.rawValue)] }
    }

    /// The colour of `role`.
    public func color(for role: ColorRole) -> RGBColor { colors[Int(role.rawValue)] }

    /// The built-in default theme (``BuiltinThemes/dark``, `themes/dark.toml`).
    public static let defaultTheme: Theme = BuiltinThemes.dark
}

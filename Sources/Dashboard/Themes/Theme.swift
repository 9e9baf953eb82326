/// A colour theme: one `#RRGGBB` per ``ColorRole``.
///
///     let theme = try Theme.parse(toml: text, file: "themes/mine.toml")
///     theme.color(for: .gain)   // #9ece6a
public struct Theme: Sendable, Equatable {
    /// The file name without `.toml`, e.g. `dark`.
    public var name: String
    /// Indexed by `ColorRole.rawValue`.
    private var colors: [RGBColor]

    /// A theme with every role set explicitly.
    public init(name: String, colors: [ColorRole: RGBColor], fallback: Theme? = nil) {
        self.name = name
        let base = fallback?.colors ?? Array(repeating: RGBColor(red: 0, green: 0, blue: 0), count: ColorRole.allCases.count)
        self.colors = ColorRole.allCases.map { colors[$0] ?? base[Int($0.rawValue)] }
    }

    /// The colour of `role`.
    public func color(for role: ColorRole) -> RGBColor { colors[Int(role.rawValue)] }

    /// The built-in default theme (`themes/dark.toml`), parsed from the embedded text. If that text were
    /// ever broken the built-in-theme test fails; at run time a neutral grey-on-black theme is used.
    public static let defaultTheme: Theme = {
        (try? parse(toml: BuiltinThemeTexts.dark, file: "themes/dark.toml", fallback: nil)) ?? Theme(
            name: "dark",
            colors: Dictionary(uniqueKeysWithValues: ColorRole.allCases.map { ($0, RGBColor(red: 192, green: 192, blue: 192)) })
                .merging([.background: RGBColor(red: 0, green: 0, blue: 0)]) { $1 })
    }()
}

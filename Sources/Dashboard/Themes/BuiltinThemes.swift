/// The themes shipped with xmargin, as values so the binary works without the repository. The files
/// in `themes/` are the same themes for users to copy and edit; `BuiltinThemeFileTests` checks that
/// every file there sets exactly these colours, so the two cannot drift.
public enum BuiltinThemes {
    /// `themes/dark.toml`, the default.
    public static let dark = Theme(name: "dark", colors: [
        .background: RGBColor(rgb: 0x1a1b26), .text: RGBColor(rgb: 0xc0caf5), .dim: RGBColor(rgb: 0x7a819e),
        .accent: RGBColor(rgb: 0x7aa2f7), .gain: RGBColor(rgb: 0x9ece6a), .loss: RGBColor(rgb: 0xf7768e),
        .notice: RGBColor(rgb: 0xe0af68), .warning: RGBColor(rgb: 0xff9e64), .danger: RGBColor(rgb: 0xff3b5c),
        .barStart: RGBColor(rgb: 0x9ece6a), .barMid: RGBColor(rgb: 0xe0af68), .barEnd: RGBColor(rgb: 0xf7768e),
        .gridHeader: RGBColor(rgb: 0x7dcfff), .selection: RGBColor(rgb: 0x33467c), .border: RGBColor(rgb: 0x414868),
        .title: RGBColor(rgb: 0xbb9af7),
    ])

    /// `themes/light.toml`: dark text on a light background.
    public static let light = Theme(name: "light", colors: [
        .background: RGBColor(rgb: 0xfafafa), .text: RGBColor(rgb: 0x24292f), .dim: RGBColor(rgb: 0x6e7781),
        .accent: RGBColor(rgb: 0x0550ae), .gain: RGBColor(rgb: 0x116329), .loss: RGBColor(rgb: 0xcf222e),
        .notice: RGBColor(rgb: 0x9a6700), .warning: RGBColor(rgb: 0xbc4c00), .danger: RGBColor(rgb: 0xa40e26),
        .barStart: RGBColor(rgb: 0x2da44e), .barMid: RGBColor(rgb: 0xbf8700), .barEnd: RGBColor(rgb: 0xcf222e),
        .gridHeader: RGBColor(rgb: 0x0a3069), .selection: RGBColor(rgb: 0xddf4ff), .border: RGBColor(rgb: 0xafb8c1),
        .title: RGBColor(rgb: 0x8250df),
    ])

    /// `themes/high-contrast.toml`: pure black and white with saturated signal colours.
    public static let highContrast = Theme(name: "high-contrast", colors: [
        .background: RGBColor(rgb: 0x000000), .text: RGBColor(rgb: 0xffffff), .dim: RGBColor(rgb: 0xc0c0c0),
        .accent: RGBColor(rgb: 0x00ffff), .gain: RGBColor(rgb: 0x00ff00), .loss: RGBColor(rgb: 0xff0000),
        .notice: RGBColor(rgb: 0xffff00), .warning: RGBColor(rgb: 0xff8700), .danger: RGBColor(rgb: 0xff0000),
        .barStart: RGBColor(rgb: 0x00ff00), .barMid: RGBColor(rgb: 0xffff00), .barEnd: RGBColor(rgb: 0xff0000),
        .gridHeader: RGBColor(rgb: 0xffffff), .selection: RGBColor(rgb: 0x0000ff), .border: RGBColor(rgb: 0xffffff),
        .title: RGBColor(rgb: 0xffff00),
    ])

    /// `themes/colorblind.toml`: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008).
    /// Gains are sky blue and losses orange (never red vs green); levels go yellow → vermillion.
    public static let colorblind = Theme(name: "colorblind", colors: [
        .background: RGBColor(rgb: 0x000000), .text: RGBColor(rgb: 0xffffff), .dim: RGBColor(rgb: 0x999999),
        .accent: RGBColor(rgb: 0xcc79a7), .gain: RGBColor(rgb: 0x56b4e9), .loss: RGBColor(rgb: 0xe69f00),
        .notice: RGBColor(rgb: 0xf0e442), .warning: RGBColor(rgb: 0xe69f00), .danger: RGBColor(rgb: 0xd55e00),
        .barStart: RGBColor(rgb: 0x56b4e9), .barMid: RGBColor(rgb: 0xf0e442), .barEnd: RGBColor(rgb: 0xd55e00),
        .gridHeader: RGBColor(rgb: 0x56b4e9), .selection: RGBColor(rgb: 0x0072b2), .border: RGBColor(rgb: 0x666666),
        .title: RGBColor(rgb: 0xf0e442),
    ])

    /// All of them, default first; a theme's ``Theme/name`` is its file name in `themes/` without `.toml`.
    public static let all: [Theme] = [dark, light, highContrast, colorblind]
}

// Generated from themes/*.toml; BuiltinThemesTests asserts these equal the files, so they cannot drift.
// To regenerate after editing a theme file, paste the file between the #""" delimiters.

/// The built-in theme files, embedded so the binary works without the repository.
public enum BuiltinThemeTexts {
    /// `themes/dark.toml`.
    public static let dark = #"""
# xmargin dark theme (the default). Keys are colour roles; values are "#RRGGBB".
# Missing keys in other themes fall back to these.
background  = "#1a1b26"
text        = "#c0caf5"
dim         = "#7a819e"
accent      = "#7aa2f7"
gain        = "#9ece6a"
loss        = "#f7768e"
notice      = "#e0af68"
warning     = "#ff9e64"
danger      = "#ff3b5c"
bar_start   = "#9ece6a"
bar_mid     = "#e0af68"
bar_end     = "#f7768e"
grid_header = "#7dcfff"
selection   = "#33467c"
border      = "#414868"
title       = "#bb9af7"

"""#

    /// `themes/light.toml`.
    public static let light = #"""
# xmargin light theme: dark text on a light background.
background  = "#fafafa"
text        = "#24292f"
dim         = "#6e7781"
accent      = "#0550ae"
gain        = "#116329"
loss        = "#cf222e"
notice      = "#9a6700"
warning     = "#bc4c00"
danger      = "#a40e26"
bar_start   = "#2da44e"
bar_mid     = "#bf8700"
bar_end     = "#cf222e"
grid_header = "#0a3069"
selection   = "#ddf4ff"
border      = "#afb8c1"
title       = "#8250df"

"""#

    /// `themes/high-contrast.toml`.
    public static let highContrast = #"""
# xmargin high-contrast theme: pure black and white with saturated signal colours.
background  = "#000000"
text        = "#ffffff"
dim         = "#c0c0c0"
accent      = "#00ffff"
gain        = "#00ff00"
loss        = "#ff0000"
notice      = "#ffff00"
warning     = "#ff8700"
danger      = "#ff0000"
bar_start   = "#00ff00"
bar_mid     = "#ffff00"
bar_end     = "#ff0000"
grid_header = "#ffffff"
selection   = "#0000ff"
border      = "#ffffff"
title       = "#ffff00"

"""#

    /// `themes/colorblind.toml`.
    public static let colorblind = #"""
# xmargin colour-blind-safe theme: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008).
# Gains are sky blue and losses orange (never red vs green); levels go yellow → vermillion.
background  = "#000000"
text        = "#ffffff"
dim         = "#999999"
accent      = "#cc79a7"
gain        = "#56b4e9"
loss        = "#e69f00"
notice      = "#f0e442"
warning     = "#e69f00"
danger      = "#d55e00"
bar_start   = "#56b4e9"
bar_mid     = "#f0e442"
bar_end     = "#d55e00"
grid_header = "#56b4e9"
selection   = "#0072b2"
border      = "#666666"
title       = "#f0e442"

"""#

    /// (file name without `.toml`, text), default first.
    public static let all: [(name: String, text: String)] = [
        ("dark", dark),
        ("light", light),
        ("high-contrast", highContrast),
        ("colorblind", colorblind),
    ]
}

/// A colour *role*: what a colour means, not which colour it is.
///
/// Panes draw with roles; a ``Theme`` maps each role to `#RRGGBB`, and the backend maps that to the
/// terminal's palette. Snapshots record roles, so they never depend on a theme.
public enum ColorRole: UInt8, CaseIterable, Sendable, Hashable {
    case background, text, dim, accent, gain, loss, notice, warning, danger
    case barStart, barMid, barEnd, gridHeader, selection, border, title

    /// The key naming this role in a theme file, e.g. `bar_start`.
    public var themeKey: String {
        switch self {
        case .background: "background"
        case .text: "text"
        case .dim: "dim"
        case .accent: "accent"
        case .gain: "gain"
        case .loss: "loss"
        case .notice: "notice"
        case .warning: "warning"
        case .danger: "danger"
        case .barStart: "bar_start"
        case .barMid: "bar_mid"
        case .barEnd: "bar_end"
        case .gridHeader: "grid_header"
        case .selection: "selection"
        case .border: "border"
        case .title: "title"
        }
    }

    /// One letter used by the styled snapshot legend.
    var snapshotCode: String { themeKey }
}

/// How one cell looks: foreground and background roles plus text attributes.
public struct Style: Hashable, Sendable {
    public var foreground: ColorRole
    public var background: ColorRole
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    /// Creates a style; by default plain text on the theme background.
    public init(
        foreground: ColorRole = .text, background: ColorRole = .background,
        bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// Plain text.
    public static let plain = Style()

    /// The same style with another foreground role.
    public func with(foreground role: ColorRole) -> Style {
        var copy = self
        copy.foreground = role
        return copy
    }

    /// The same style with another background role.
    public func with(background role: ColorRole) -> Style {
        var copy = self
        copy.background = role
        return copy
    }

    /// The same style, bold.
    public var bolded: Style {
        var copy = self
        copy.bold = true
        return copy
    }

    /// What this style becomes when colour is off (`NO_COLOR` or a monochrome terminal): roles collapse
    /// to text-on-background and meaning moves into attributes, so alert levels stay distinguishable:
    /// notice → underline, warning → bold, danger → bold + underline, selection and loss-heat → reverse.
    public var monochrome: Style {
        var result = Style(bold: bold, reverse: reverse, underline: underline, dim: dim)
        switch foreground {
        case .notice: result.underline = true
        case .warning, .title, .gridHeader: result.bold = true
        case .danger: result.bold = true; result.underline = true
        case .dim: result.dim = true
        default: break
        }
        switch background {
        case .selection, .loss, .accent: result.reverse.toggle()
        case .danger: result.reverse.toggle(); result.bold = true
        default: break
        }
        return result
    }
}

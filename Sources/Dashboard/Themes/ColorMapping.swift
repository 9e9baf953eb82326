/// How many colours the terminal can show, which decides how a theme's `#RRGGBB` is mapped.
public enum ColorDepth: Sendable, Equatable {
    /// `NO_COLOR` set, or a monochrome terminal: attributes only (see ``Style/monochrome``).
    case none
    /// The 8 ANSI colours (also used for 16-colour terminals).
    case ansi8
    /// The xterm 256-colour palette.
    case xterm256
    /// Direct 24-bit colour (a `*-direct` terminfo, `COLORS` = 2²⁴).
    case trueColor

    /// The depth for curses' `COLORS` and the `NO_COLOR` variable (any non-empty value disables
    /// colour, per no-color.org).
    public static func detect(colors: Int, noColor: String?) -> ColorDepth {
        if let noColor, !noColor.isEmpty { return .none }
        switch colors {
        case 0x1000000...: return .trueColor
        case 256...: return .xterm256
        case 8...: return .ansi8
        default: return .none
        }
    }

    /// The terminal colour number for `color` at this depth (nil for ``none``).
    public func terminalColor(for color: RGBColor) -> Int? {
        switch self {
        case .none: nil
        case .ansi8: ColorMapping.ansi8(color)
        case .xterm256: ColorMapping.xterm256(color)
        case .trueColor: Int(color.red) << 16 | Int(color.green) << 8 | Int(color.blue)
        }
    }
}

/// Maps 24-bit colours to terminal palettes.
public enum ColorMapping {
    /// Channel values of the xterm 6×6×6 colour cube (indices 16…231).
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The nearest xterm-256 colour: the nearest point of the 6×6×6 cube (16 + 36r + 6g + b) or of
    /// the 24-step grey ramp (232 + i, grey level 8 + 10i), whichever is closer in RGB distance.
    public static func xterm256(_ color: RGBColor) -> Int {
        let channels = [Int(color.red), Int(color.green), Int(color.blue)]
        let cubeIndex = channels.map(nearestCubeIndex)
        let cubeColor = cubeIndex.map { cubeLevels[$0] }
        let cubeNumber = 16 + 36 * cubeIndex[0] + 6 * cubeIndex[1] + cubeIndex[2]
        let average = channels.reduce(0, +) / 3
        let greyStep = min(23, max(0, (average - 8 + 5) / 10))
        let greyLevel = 8 + 10 * greyStep
        let cubeDistance = distance(channels, cubeColor)
        let greyDistance = distance(channels, [greyLevel, greyLevel, greyLevel])
        return greyDistance < cubeDistance ? 232 + greyStep : cubeNumber
    }

    /// One of the 8 ANSI colours (0 black, 1 red, 2 green, 3 yellow, 4 blue, 5 magenta, 6 cyan,
    /// 7 white), by hue. A colour with some saturation (chroma ≥ 20% of full scale and saturation
    /// ≥ 25%) falls in a hue band: red [340°, 20°), yellow [20°, 75°), green [75°, 165°), cyan
    /// [165°, 200°), blue [200°, 270°), magenta [270°, 340°). The bands are set for UI palettes
    /// rather than centred on the primaries: the soft greens themes use for gains (80–100°, e.g.
    /// #9ece6a at 88.8°) stay green, pinks used for losses stay red, and oranges join yellow so a
    /// warning stays apart from a red danger. Thresholding each channel at 128 — the old rule — made
    /// those gains yellow and losses magenta. Greys go to black below 30% lightness (backgrounds) and
    /// to white above (text).
    public static func ansi8(_ color: RGBColor) -> Int {
        let r = Double(color.red) / 255, g = Double(color.green) / 255, b = Double(color.blue) / 255
        let high = max(r, g, b), low = min(r, g, b), chroma = high - low
        guard chroma >= 0.2, high > 0, chroma / high >= 0.25 else { return high < 0.3 ? 0 : 7 }
        var hue: Double
        if high == r {
            hue = 60 * ((g - b) / chroma)
        } else if high == g {
            hue = 60 * ((b - r) / chroma + 2)
        } else {
            hue = 60 * ((r - g) / chroma + 4)
        }
        if hue < 0 { hue += 360 }
        for (upper, ansi) in hueBands where hue < upper { return ansi }
        return 1
    }

    /// Upper hue bound (degrees, exclusive) and ANSI colour of each band, from 0°.
    static let hueBands: [(Double, Int)] = [(20, 1), (75, 3), (165, 2), (200, 6), (270, 4), (340, 5), (360, 1)]

    /// Index of the cube level nearest to `value` (levels are 0, 95, 135, 175, 215, 255).
    static func nearestCubeIndex(_ value: Int) -> Int {
        var best = 0
        for (index, level) in cubeLevels.enumerated() where abs(level - value) < abs(cubeLevels[best] - value) {
            best = index
        }
        return best
    }

    private static func distance(_ a: [Int], _ b: [Int]) -> Int {
        zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
    }
}

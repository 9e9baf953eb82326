import Foundation
import Testing
@testable import Dashboard

@Suite struct ThemeTests {
    @Test func missingKeysFallBackToDefault() throws {
        let theme = try Theme(name: "x", entries: [(key: "gain", value: "#00ff00")], file: "themes/x.toml")
        #expect(theme.name == "x")
        #expect(theme.color(for: .gain) == RGBColor(red: 0, green: 255, blue: 0))
        #expect(theme.color(for: .loss) == Theme.defaultTheme.color(for: .loss))
        #expect(theme.color(for: .background) == RGBColor(hex: "#1a1b26"))
        #expect(try Theme(name: "x", entries: [(key: "gain", value: "#00FF00")], file: "x.toml").color(for: .gain) == theme.color(for: .gain))
    }

    @Test func badValueNamesFileAndKey() {
        #expect(throws: ThemeError.invalidColor(file: "themes/x.toml", key: "gain", got: "green")) {
            try Theme(name: "x", entries: [(key: "gain", value: "green")], file: "themes/x.toml")
        }
        #expect(ThemeError.invalidColor(file: "themes/x.toml", key: "gain", got: "green").description
            == "themes/x.toml: key 'gain': expected \"#RRGGBB\", got \"green\"")
        for bad in ["#12345", "#12345g", "12345678", "#1234567", "", "#ff00ff "] {
            #expect(throws: ThemeError.invalidColor(file: "t.toml", key: "gain", got: bad)) {
                try Theme(name: "t", entries: [(key: "gain", value: bad)], file: "t.toml")
            }
        }
    }

    @Test func unknownKeyIsAnError() {
        #expect(throws: ThemeError.unknownKey(file: "themes/x.toml", key: "gian")) {
            try Theme(name: "x", entries: [(key: "gian", value: "#00ff00")], file: "themes/x.toml")
        }
        #expect(ThemeError.unknownKey(file: "x.toml", key: "gian").description.hasPrefix("x.toml: unknown key 'gian' (known keys: background, "))
    }

    @Test func unreadableFileNamesFileAndReason() {
        #expect(ThemeError.unreadable(file: "x.toml", reason: "line 1, column 8: malformed TOML").description
            == "x.toml: line 1, column 8: malformed TOML")
    }

    @Test func builtinThemes() {
        #expect(ThemeCatalog.builtin.errors.isEmpty)
        #expect(ThemeCatalog.builtin.themes.map(\.name) == ["dark", "light", "high-contrast", "colorblind"])
        #expect(Theme.defaultTheme == BuiltinThemes.dark)
        #expect(BuiltinThemes.colorblind.color(for: .gain) == RGBColor(hex: "#56b4e9"))
        #expect(RGBColor(rgb: 0x1a1b26) == RGBColor(red: 0x1a, green: 0x1b, blue: 0x26))
    }

    @Test func catalogAddsReplacesAndRecords() throws {
        var catalog = ThemeCatalog.builtin
        let mine = try Theme(name: "mine", entries: [(key: "accent", value: "#ff00ff")], file: "mine.toml")
        #expect(catalog.add(mine) == 4)
        #expect(catalog.index(named: "mine") == 4)
        #expect(catalog.theme(at: 4).color(for: .accent) == RGBColor(red: 255, green: 0, blue: 255))
        let dark = try Theme(name: "dark", entries: [(key: "text", value: "#ffffff")], file: "dark.toml")
        #expect(catalog.add(dark) == 0)   // replaces the built-in in place
        #expect(catalog.themes.map(\.name) == ["dark", "light", "high-contrast", "colorblind", "mine"])
        #expect(catalog.theme(at: 5).name == "dark" && catalog.theme(at: -1).name == "mine")   // wraps
        catalog.record(.unknownKey(file: "bad.toml", key: "gian"))
        #expect(catalog.errors == [.unknownKey(file: "bad.toml", key: "gian")])
        #expect(ThemeCatalog(themes: []).theme(at: 3) == Theme.defaultTheme)
    }
}

/// The shipped `themes/*.toml` set exactly the built-in colours, every role explicitly.
/// (`ThemeFileTests` in MarginConfigTests checks that the same files parse as TOML to the pairs
/// `assignments(in:)` reads here.)
@Suite struct BuiltinThemeFileTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    /// The `key = "value"` lines of a theme file (comments and blank lines skipped).
    static func assignments(in text: String) -> [(key: String, value: String)] {
        text.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { return nil }
            let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            return (key: key, value: value.trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
        }
    }

    @Test func everyShippedFileIsABuiltinTheme() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".toml") }.sorted()
        #expect(files == BuiltinThemes.all.map { "\($0.name).toml" }.sorted())
    }

    @Test(arguments: BuiltinThemes.all) func shippedFileMatchesBuiltin(_ builtin: Theme) throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent("\(builtin.name).toml"), encoding: .utf8)
        let entries = Self.assignments(in: text)
        #expect(entries.map(\.key).sorted() == ColorRole.allCases.map(\.themeKey).sorted(), "every role set explicitly")
        let fromFile = try Theme(name: builtin.name, entries: entries, file: "themes/\(builtin.name).toml")
        for role in ColorRole.allCases {
            #expect(fromFile.color(for: role) == builtin.color(for: role), "themes/\(builtin.name).toml: \(role.themeKey)")
        }
    }
}

@Suite struct ColorMappingTests {
    @Test func xterm256KnownAnswers() {
        // #ff0000: each channel's nearest cube level is index 5 (255) or 0 → 16 + 36·5 + 6·0 + 0 = 196.
        #expect(ColorMapping.xterm256(RGBColor(red: 255, green: 0, blue: 0)) == 196)
        // #808080 (128): the cube's nearest grey is 135 (index 2, colour 16+72+12+2 = 102, distance 3·7² = 147);
        // the grey ramp 8 + 10i hits 128 exactly at i = 12 → 232 + 12 = 244 (distance 0), so 244 wins.
        #expect(ColorMapping.xterm256(RGBColor(red: 128, green: 128, blue: 128)) == 244)
        // #000000 and #ffffff are cube corners 16 and 231 (exact matches; the ramp stops at 8 and 238).
        #expect(ColorMapping.xterm256(RGBColor(red: 0, green: 0, blue: 0)) == 16)
        #expect(ColorMapping.xterm256(RGBColor(red: 255, green: 255, blue: 255)) == 231)
        // #5fafd7 = (95, 175, 215) is exactly cube (1, 3, 4) → 16 + 36 + 18 + 4 = 74.
        #expect(ColorMapping.xterm256(RGBColor(hex: "#5fafd7") ?? RGBColor(red: 0, green: 0, blue: 0)) == 74)
    }

    @Test func ansi8KnownAnswers() {
        // By nearest hue (±30° around each primary and secondary), greys by lightness.
        #expect(ColorMapping.ansi8(RGBColor(red: 255, green: 0, blue: 0)) == 1)
        #expect(ColorMapping.ansi8(RGBColor(red: 0, green: 200, blue: 0)) == 2)
        #expect(ColorMapping.ansi8(RGBColor(red: 240, green: 228, blue: 66)) == 3)   // Okabe–Ito yellow
        #expect(ColorMapping.ansi8(RGBColor(red: 26, green: 27, blue: 38)) == 0)     // dark background → black
        #expect(ColorMapping.ansi8(RGBColor(red: 200, green: 200, blue: 200)) == 7)
    }

    /// Issue 11: on 8-colour terminals gains were yellow, losses and the selection magenta. Hue by
    /// hand: the dark theme's gain #9ece6a has max G = 0xce, chroma 0xce − 0x6a = 100, hue =
    /// 60·((B − R)/C + 2) = 60·((106 − 158)/100 + 2) = 88.8° → the green band [75°, 165°); its loss #f7768e, max R,
    /// C = 0xf7 − 0x76 = 129, hue = 60·((G − B)/C) = 60·((118 − 142)/129) = −11.2° → 348.8° → red; its
    /// selection #33467c, max B, C = 73, hue = 60·((R − G)/C + 4) = 60·((51 − 70)/73 + 4) = 224.4° → blue.
    @Test func eightColourThemesKeepGainsGreenAndLossesRed() {
        for theme in [BuiltinThemes.dark, BuiltinThemes.light, BuiltinThemes.highContrast] {
            #expect(ColorMapping.ansi8(theme.color(for: .gain)) == 2, "\(theme.name) gain")
            #expect(ColorMapping.ansi8(theme.color(for: .loss)) == 1, "\(theme.name) loss")
            #expect(ColorMapping.ansi8(theme.color(for: .selection)) != 5, "\(theme.name) selection")
        }
        #expect(ColorMapping.ansi8(BuiltinThemes.dark.color(for: .selection)) == 4)
        #expect(ColorMapping.ansi8(BuiltinThemes.dark.color(for: .background)) == 0)
        #expect(ColorMapping.ansi8(BuiltinThemes.dark.color(for: .text)) == 7)
        #expect(ColorMapping.ansi8(BuiltinThemes.dark.color(for: .warning)) == 3)   // #ff9e64: hue 22.5° → yellow
        #expect(ColorMapping.ansi8(BuiltinThemes.dark.color(for: .danger)) == 1)    // #ff3b5c: hue 351° → red
        #expect(ColorMapping.ansi8(BuiltinThemes.dark.color(for: .notice)) == 3)    // #e0af68: hue 35.5° → yellow
    }

    @Test func depthDetection() {
        #expect(ColorDepth.detect(colors: 256, noColor: nil) == .xterm256)
        #expect(ColorDepth.detect(colors: 256, noColor: "1") == .none)
        #expect(ColorDepth.detect(colors: 256, noColor: "") == .xterm256)   // empty NO_COLOR is ignored
        #expect(ColorDepth.detect(colors: 8, noColor: nil) == .ansi8)
        #expect(ColorDepth.detect(colors: 16, noColor: nil) == .ansi8)
        #expect(ColorDepth.detect(colors: 0x1000000, noColor: nil) == .trueColor)
        #expect(ColorDepth.trueColor.terminalColor(for: RGBColor(red: 1, green: 2, blue: 3)) == 0x010203)
        #expect(ColorDepth.none.terminalColor(for: RGBColor(red: 1, green: 2, blue: 3)) == nil)
    }

    @Test func monochromeKeepsLevelsDistinct() {
        let levels = [ColorRole.notice, .warning, .danger].map { Style(foreground: $0).monochrome }
        #expect(Set(levels).count == 3)
        #expect(!levels.contains(Style.plain))
        #expect(AlertSeverity.liquidation.style.monochrome != AlertSeverity.danger.style.monochrome)
    }
}

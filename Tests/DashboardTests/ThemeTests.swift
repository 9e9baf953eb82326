import Foundation
import Testing
@testable import Dashboard

@Suite struct ThemeTests {
    @Test func missingKeysFallBackToDefault() throws {
        let theme = try Theme.parse(toml: "gain = \"#00ff00\"\n", file: "themes/x.toml")
        #expect(theme.name == "x")
        #expect(theme.color(for: .gain) == RGBColor(red: 0, green: 255, blue: 0))
        #expect(theme.color(for: .loss) == Theme.defaultTheme.color(for: .loss))
        #expect(theme.color(for: .background) == RGBColor(hex: "#1a1b26"))
    }

    @Test func badValueNamesFileAndKey() {
        #expect(throws: ThemeError.invalidColor(file: "themes/x.toml", key: "gain", got: "\"green\"")) {
            try Theme.parse(toml: "gain = \"green\"", file: "themes/x.toml")
        }
        let message = (try? Theme.parse(toml: "gain = \"green\"", file: "themes/x.toml")).map { _ in "" }
            ?? ThemeError.invalidColor(file: "themes/x.toml", key: "gain", got: "\"green\"").description
        #expect(message == "themes/x.toml: key 'gain': expected \"#RRGGBB\", got \"green\"")
        #expect(throws: ThemeError.self) { try Theme.parse(toml: "gain = 5", file: "t.toml") }
        #expect(throws: ThemeError.self) { try Theme.parse(toml: "gain = \"#12345\"", file: "t.toml") }
        #expect(throws: ThemeError.self) { try Theme.parse(toml: "gain = \"#12345g\"", file: "t.toml") }
    }

    @Test func unknownKeyIsAnError() {
        #expect(throws: ThemeError.unknownKey(file: "themes/x.toml", key: "gian")) {
            try Theme.parse(toml: "gian = \"#00ff00\"", file: "themes/x.toml")
        }
    }

    @Test func syntaxErrorNamesFile() {
        do {
            _ = try Theme.parse(toml: "gain = ", file: "themes/x.toml")
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.description.hasPrefix("themes/x.toml: "))
        }
    }

    @Test func builtinThemesParseAndAreComplete() {
        let catalog = ThemeCatalog.builtin
        #expect(catalog.errors.isEmpty)
        #expect(catalog.themes.map(\.name) == ["dark", "light", "high-contrast", "colorblind"])
        for (_, text) in BuiltinThemeTexts.all {
            // Every built-in sets every role explicitly (none relies on the fallback).
            let keys = text.split(separator: "\n").filter { !$0.hasPrefix("#") && $0.contains("=") }
                .map { $0.split(separator: "=")[0].trimmingCharacters(in: .whitespaces) }
            #expect(Set(keys) == Set(ColorRole.allCases.map(\.themeKey)))
        }
    }

    /// The files shipped in `themes/` must equal the texts embedded in the binary.
    @Test func themeFilesEqualEmbeddedTexts() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = root.appendingPathComponent("themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".toml") }.sorted()
        #expect(files == BuiltinThemeTexts.all.map { "\($0.name).toml" }.sorted())
        for (name, text) in BuiltinThemeTexts.all {
            let onDisk = try String(contentsOf: directory.appendingPathComponent("\(name).toml"), encoding: .utf8)
            #expect(onDisk == text, "themes/\(name).toml differs from BuiltinThemeTexts.\(name)")
        }
    }

    @Test func userThemesLoadFromXDGConfigHome() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("xmargin-theme-test-\(getpid())")
        let directory = base.appendingPathComponent("xmargin/themes")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        try "accent = \"#ff00ff\"\n".write(to: directory.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        try "gain = \"green\"\n".write(to: directory.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog.load(environment: ["XDG_CONFIG_HOME": base.path])
        #expect(catalog.themes.map(\.name) == ["dark", "light", "high-contrast", "colorblind", "mine"])
        #expect(catalog.themes.last?.color(for: .accent) == RGBColor(red: 255, green: 0, blue: 255))
        #expect(catalog.errors.count == 1)
        #expect(catalog.errors.first?.description.contains("broken.toml: key 'gain'") == true)
        #expect(ThemeCatalog.userThemeDirectory(environment: ["HOME": "/home/u"]) == "/home/u/.config/xmargin/themes")
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
        // A channel is "on" at ≥ 128; red = bit 0, green = bit 1, blue = bit 2.
        #expect(ColorMapping.ansi8(RGBColor(red: 255, green: 0, blue: 0)) == 1)
        #expect(ColorMapping.ansi8(RGBColor(red: 0, green: 200, blue: 0)) == 2)
        #expect(ColorMapping.ansi8(RGBColor(red: 240, green: 228, blue: 66)) == 3)   // Okabe–Ito yellow
        #expect(ColorMapping.ansi8(RGBColor(red: 26, green: 27, blue: 38)) == 0)     // dark background → black
        #expect(ColorMapping.ansi8(RGBColor(red: 200, green: 200, blue: 200)) == 7)
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

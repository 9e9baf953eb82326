import Foundation
import Testing

/// Themes from disk, through the real binary: user themes in `$XDG_CONFIG_HOME/xmargin/themes`,
/// `--theme` by name or by file, and errors that name the file and key.
@Suite(.serialized)
struct ThemeLoadingTests {
    /// A temporary `XDG_CONFIG_HOME` holding `xmargin/themes/{mine,broken}.toml`.
    final class ConfigHome {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("xm-themes-\(UUID().uuidString)").path
        var themes: String { path + "/xmargin/themes" }

        init() throws {
            try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
            try "accent = \"#ff00ff\"\n".write(toFile: themes + "/mine.toml", atomically: true, encoding: .utf8)
            try "gain = \"green\"\n".write(toFile: themes + "/broken.toml", atomically: true, encoding: .utf8)
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Runs `xmargin <arguments>` in a terminal (the dashboard needs one) with `home` as
    /// `XDG_CONFIG_HOME`, and returns the session once the screen shows `text`.
    func dashboard(_ arguments: String, home: ConfigHome, waitingFor text: String) throws -> (TmuxSession, String) {
        let binary = try #require(CLIRunner.binary, "xmargin binary not built")
        let session = try TmuxSession(command: "'\(binary)' \(arguments)", width: 200, height: 40,
                                      environment: ["XDG_CONFIG_HOME": home.path, "NO_COLOR": ""])   // swift test sets NO_COLOR=1
        // Long lines wrap at the window width: join the rows to read them whole.
        let screen = try session.waitFor { $0.joined().contains(text) }.joined()
        return (session, screen)
    }

    @Test func unknownThemeListsBuiltinAndUserThemes() throws {
        let home = try ConfigHome()
        let (_, screen) = try dashboard("--feed sim --theme nosuch", home: home, waitingFor: "EXIT=")
        #expect(screen.contains("--theme 'nosuch': no such theme (dark, light, high-contrast, colorblind, mine) or file"), "\(screen)")
        #expect(!screen.contains("EXIT=0"))
    }

    @Test func themeFileErrorsNameFileAndKey() throws {
        let home = try ConfigHome()
        let (_, broken) = try dashboard("--feed sim --theme '\(home.themes)/broken.toml'", home: home, waitingFor: "EXIT=")
        #expect(broken.contains("\(home.themes)/broken.toml: key 'gain': expected \"#RRGGBB\", got \"green\""), "\(broken)")
        #expect(!broken.contains("EXIT=0"))

        let syntax = home.path + "/syntax.toml"
        try "text = \"#ffffff\"\ngain = \n".write(toFile: syntax, atomically: true, encoding: .utf8)
        let (_, malformed) = try dashboard("--feed sim --theme '\(syntax)'", home: home, waitingFor: "EXIT=")
        #expect(malformed.contains("\(syntax): line 2"), "\(malformed)")
        #expect(!malformed.contains("EXIT=0"))
    }

    /// `--theme mine` picks the user theme; the broken user file does not stop the dashboard and is
    /// reported on the status line.
    @Test func userThemeSelectedAndBrokenFileReported() throws {
        let home = try ConfigHome()
        let (session, screen) = try dashboard("--feed sim --theme mine", home: home, waitingFor: "sim seed 42")
        #expect(screen.contains("\(home.themes)/broken.toml: key 'gain': expected \"#RRGGBB\", got \"green\""), "\(screen)")
        // The active tab's background is the accent role: mine.toml's #ff00ff is xterm-256 colour 201.
        let tabs = try session.capture(styled: true)[0]
        #expect(tabs.contains("48;5;201m CROSS "), "\(tabs)")
        try session.send("q")
        let after = try session.waitFor(text: "EXIT=")
        #expect(after.contains { $0.contains("EXIT=0") })
    }
}

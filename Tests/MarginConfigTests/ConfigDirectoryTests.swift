import Testing
import MarginConfig

/// `$XDG_CONFIG_HOME/xmargin`, else `~/.config/xmargin`, shared by the config file and user themes.
struct ConfigDirectoryTests {
    @Test func xdgConfigHomeWins() {
        #expect(ConfigDirectory.xmargin(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/u"]) == "/x/cfg/xmargin")
    }

    @Test func homeIsTheFallback() {
        #expect(ConfigDirectory.xmargin(environment: ["HOME": "/home/u"]) == "/home/u/.config/xmargin")
        // Empty or relative XDG_CONFIG_HOME is invalid per the XDG Base Directory Specification.
        #expect(ConfigDirectory.xmargin(environment: ["XDG_CONFIG_HOME": "", "HOME": "/home/u"]) == "/home/u/.config/xmargin")
        #expect(ConfigDirectory.xmargin(environment: ["XDG_CONFIG_HOME": "cfg", "HOME": "/home/u"]) == "/home/u/.config/xmargin")
        #expect(ConfigDirectory.xmargin(environment: [:]) == nil)
    }

    @Test func userConfigLivesThere() {
        #expect(UserConfig.path(environment: ["XDG_CONFIG_HOME": "/x/cfg"]) == "/x/cfg/xmargin/config.toml")
        #expect(UserConfig.path(environment: ["HOME": "/home/u"]) == "/home/u/.config/xmargin/config.toml")
        #expect(UserConfig.path(environment: [:]) == nil)
    }
}

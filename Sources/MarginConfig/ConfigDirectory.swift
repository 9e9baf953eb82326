/// Where xmargin's per-user files live, following the XDG Base Directory Specification
/// (https://specifications.freedesktop.org/basedir-spec/latest/): `$XDG_CONFIG_HOME/xmargin`, or
/// `$HOME/.config/xmargin` when `XDG_CONFIG_HOME` is unset, empty or relative (the specification
/// says a relative value is invalid and must be ignored).
///
///     ConfigDirectory.xmargin(environment: ["HOME": "/home/u"])                 // "/home/u/.config/xmargin"
///     ConfigDirectory.xmargin(environment: ["XDG_CONFIG_HOME": "/etc/u"])       // "/etc/u/xmargin"
///
/// Holds `config.toml` (``UserConfig``) and `themes/*.toml` (user themes).
public enum ConfigDirectory {
    /// The xmargin configuration directory for `environment`, or nil when neither a usable
    /// `XDG_CONFIG_HOME` nor `HOME` is set. The directory need not exist.
    public static func xmargin(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/xmargin" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/xmargin" }
        return nil
    }
}

import Foundation

/// The themes `t` cycles through: the built-ins (dark first), then user themes from
/// `$XDG_CONFIG_HOME/xmargin/themes/*.toml` (default `~/.config/xmargin/themes/`), sorted by name.
/// A user theme named like a built-in replaces it. Broken user files are skipped and reported in
/// ``errors`` (for the status line) rather than stopping the program.
public struct ThemeCatalog: Sendable {
    public private(set) var themes: [Theme]
    public private(set) var errors: [ThemeError]

    /// Only the built-in themes.
    public static var builtin: ThemeCatalog {
        var themes: [Theme] = []
        var errors: [ThemeError] = []
        for (name, text) in BuiltinThemeTexts.all {
            do { themes.append(try Theme.parse(toml: text, file: "themes/\(name).toml")) } catch { errors.append(error) }
        }
        return ThemeCatalog(themes: themes, errors: errors)
    }

    /// Built-ins plus the user's themes, found through `environment` (`XDG_CONFIG_HOME`, `HOME`).
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> ThemeCatalog {
        var catalog = builtin
        guard let directory = userThemeDirectory(environment: environment),
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return catalog }
        for name in names.sorted() where name.hasSuffix(".toml") {
            let path = directory + "/" + name
            do {
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw ThemeError.unreadable(file: path, reason: "not a readable UTF-8 file")
                }
                let theme = try Theme.parse(toml: text, file: path)
                if let index = catalog.themes.firstIndex(where: { $0.name == theme.name }) {
                    catalog.themes[index] = theme
                } else {
                    catalog.themes.append(theme)
                }
            } catch let error as ThemeError {
                catalog.errors.append(error)
            } catch {
                catalog.errors.append(.unreadable(file: path, reason: String(describing: error)))
            }
        }
        return catalog
    }

    /// `$XDG_CONFIG_HOME/xmargin/themes`, or `$HOME/.config/xmargin/themes`.
    public static func userThemeDirectory(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/xmargin/themes" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/xmargin/themes" }
        return nil
    }

    /// The theme at `index` (wrapping), or the default theme if there are none.
    public func theme(at index: Int) -> Theme {
        themes.isEmpty ? Theme.defaultTheme : themes[((index % themes.count) + themes.count) % themes.count]
    }
}

extension ThemeCatalog {
    /// The index of a theme named `name`, if any.
    public func index(named name: String) -> Int? { themes.firstIndex { $0.name == name } }

    /// Adds (or replaces by name) a theme and returns its index.
    public mutating func add(_ theme: Theme) -> Int {
        if let index = index(named: theme.name) {
            themes[index] = theme
            return index
        }
        themes.append(theme)
        return themes.count - 1
    }
}

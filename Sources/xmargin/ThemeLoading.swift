import Dashboard
import Foundation
import MarginConfig

/// Collects the dashboard's themes from disk: the built-ins, then the user's theme files, and a
/// `--theme` choice that may name either a theme or a file. The file reading is here (and the TOML in
/// `MarginConfig.ThemeFile`) so that `Dashboard` stays free of I/O and TOML.
enum ThemeLoading {
    /// The built-in themes (``BuiltinThemes/all``, dark first) followed by the user's themes from
    /// `themes/*.toml` in ``ConfigDirectory/xmargin(environment:)`` of this process's environment,
    /// sorted by file name. A user theme named like a built-in replaces it in place. A broken file is
    /// skipped and kept in `catalog.errors` (for the status line) rather than stopping the program.
    static func catalog() -> ThemeCatalog {
        catalog(environment: ProcessInfo.processInfo.environment)
    }

    /// ``catalog()`` for an explicit environment (`XDG_CONFIG_HOME`, `HOME`).
    static func catalog(environment: [String: String]) -> ThemeCatalog {
        var catalog = ThemeCatalog.builtin
        guard let directory = userThemeDirectory(environment: environment),
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return catalog }
        for name in names.sorted() where name.hasSuffix(".toml") {
            do {
                catalog.add(try theme(file: directory + "/" + name))
            } catch {
                catalog.record(error)
            }
        }
        return catalog
    }

    /// The theme chosen by `--theme` (or `theme =` in the config file): a theme in `catalog` by name,
    /// else a theme file at that path, which is added to `catalog`. Returns its index in `catalog`.
    ///
    /// - Throws: ``ThemeError`` for a broken file, or a ``CLIError`` listing the theme names when
    ///   `nameOrPath` is neither a theme nor a file.
    static func select(_ nameOrPath: String, in catalog: inout ThemeCatalog) throws -> Int {
        if let index = catalog.index(named: nameOrPath) { return index }
        guard FileManager.default.fileExists(atPath: nameOrPath) else {
            let names = catalog.themes.map(\.name).joined(separator: ", ")
            throw CLIError("--theme '\(nameOrPath)': no such theme (\(names)) or file")
        }
        return catalog.add(try theme(file: nameOrPath))
    }

    /// `themes` in the xmargin configuration directory, e.g. `~/.config/xmargin/themes`.
    static func userThemeDirectory(environment: [String: String]) -> String? {
        ConfigDirectory.xmargin(environment: environment).map { $0 + "/themes" }
    }

    /// Reads one theme file; the theme is named after the file (`dir/high-contrast.toml` → `high-contrast`).
    static func theme(file path: String) throws(ThemeError) -> Theme {
        let entries: [(key: String, value: String)]
        do {
            entries = try ThemeFile.read(path)
        } catch {
            let reason = error.location.isEmpty ? error.message : "\(error.location): \(error.message)"
            throw .unreadable(file: error.file, reason: reason)
        }
        return try Theme(name: themeName(forFile: path), entries: entries, file: path)
    }

    /// The file's base name without `.toml`.
    static func themeName(forFile path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        return last.hasSuffix(".toml") ? String(last.dropLast(5)) : last
    }
}

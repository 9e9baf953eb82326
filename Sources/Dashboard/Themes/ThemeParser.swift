import TOMLKit

extension Theme {
    /// Parses a theme file: top-level `role = "#RRGGBB"` keys (see ``ColorRole/themeKey``).
    /// Missing keys take `fallback`'s colour (by default the built-in dark theme); an unknown key or
    /// a value that is not `#RRGGBB` throws a ``ThemeError`` naming `file` and the key.
    ///
    /// - Parameters:
    ///   - toml: the file's text.
    ///   - file: how to name the file in errors, e.g. `themes/x.toml`; its base name becomes the theme name.
    public static func parse(toml: String, file: String, fallback: Theme? = Theme.defaultTheme) throws(ThemeError) -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: toml)
        } catch let error as TOMLParseError {
            throw .syntax(file: file, message: "\(error.description) at line \(error.source.begin.line)")
        } catch {
            throw .syntax(file: file, message: String(describing: error))
        }
        let rolesByKey = Dictionary(uniqueKeysWithValues: ColorRole.allCases.map { ($0.themeKey, $0) })
        var colors: [ColorRole: RGBColor] = [:]
        for key in table.keys.sorted() {
            guard let role = rolesByKey[key] else { throw .unknownKey(file: file, key: key) }
            guard let value = table[key] else { continue }
            guard let text = value.string else {
                throw .invalidColor(file: file, key: key, got: value.tomlValue.debugDescription)
            }
            guard let color = RGBColor(hex: text) else {
                throw .invalidColor(file: file, key: key, got: "\"\(text)\"")
            }
            colors[role] = color
        }
        return Theme(name: baseName(of: file), colors: colors, fallback: fallback)
    }

    /// `themes/high-contrast.toml` → `high-contrast`.
    static func baseName(of file: String) -> String {
        let last = file.split(separator: "/").last.map(String.init) ?? file
        return last.hasSuffix(".toml") ? String(last.dropLast(5)) : last
    }
}

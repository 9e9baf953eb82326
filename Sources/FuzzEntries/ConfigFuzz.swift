import MarginConfig

/// The TOML readers and the exchange-export importer through their public load-from-text APIs: any text gives a value or a
/// `ConfigError` naming the file. (Until issue 13 replaces TOMLKit, toml++ aborts on some headers
/// such as `[%v]`, so these targets find that abort first.)
enum ConfigFuzz {
    static let fileName = "fuzz.toml"

    static func run(_ bytes: [UInt8], target: FuzzTarget) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            switch target {
            case .tomlPortfolio: _ = try PortfolioFile.parse(text: text, file: fileName)
            case .tomlMarks: _ = try MarksFile.parse(text: text, file: fileName)
            case .tomlCatalogue: _ = try CatalogueFile.parse(text: text, file: fileName)
            case .tomlTheme: _ = try ThemeFile.entries(text: text, file: fileName)
            case .tomlUserConfig: _ = try UserConfig.parse(text: text, file: fileName)
            case .importJSON: _ = try ExchangeImport.parse(text: text, file: fileName)
            default: return []
            }
        } catch {
            guard error.file == fileName else { return ["config error names \"\(error.file)\", not the file read"] }
        }
        return []
    }
}

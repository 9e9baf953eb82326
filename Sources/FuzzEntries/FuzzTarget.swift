/// The fuzz targets (DESIGN §10): one per reader of outside bytes, plus short random replays.
///
/// Each target's body is `run(_:)`, a plain function: the libFuzzer binary (`Fuzz/`, built by
/// `scripts/fuzz`) calls it from `LLVMFuzzerTestOneInput`, and the ordinary test suite feeds it the
/// committed corpus and every crashing input found, so a crash becomes a regression test.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Native CSV tapes (`timestamp_us,symbol,…`), format forced.
    case nativeCSV = "native-csv"
    /// Native JSON Lines tapes, format forced.
    case nativeJSONL = "native-jsonl"
    /// data.binance.vision klines (file named `BTCUSDT-1m.csv`), format forced.
    case binanceKline = "binance-kline"
    /// Any tape with the format detected from its first line (Tardis trades, derivative ticker and
    /// options chain are reached this way: their seeds carry the header).
    case tardis = "tardis"
    /// Deribit option chain snapshots, format forced.
    case deribitSnapshot = "deribit-snapshot"
    /// Recorded Deribit websocket streams (ticker and markprice.options notifications), format forced.
    case deribitStream = "deribit-stream"
    /// Recorded Binance mark-price streams (single, combined, `!markPrice@arr`), format forced.
    case binanceStream = "binance-stream"
    /// `String.sanitizedForDisplay` on arbitrary UTF-8 (and invalid UTF-8, decoded with repairs).
    case display = "display"
    /// Portfolio TOML (`PortfolioFile.parse`).
    case tomlPortfolio = "toml-portfolio"
    /// Marks TOML (`MarksFile.parse`).
    case tomlMarks = "toml-marks"
    /// Catalogue override TOML (`CatalogueFile.parse`).
    case tomlCatalogue = "toml-catalogue"
    /// Theme TOML (`ThemeFile.entries`).
    case tomlTheme = "toml-theme"
    /// User configuration TOML (`UserConfig.parse`).
    case tomlUserConfig = "toml-user-config"
    /// Exchange exports, JSON (`ExchangeImport.parse`).
    case importJSON = "import-json"
    /// A small random book (isolated, cross, portfolio; linear, inverse, options) and a random
    /// native tape replayed through `RiskSession`, then snapshotted.
    case replay = "replay"

    /// Runs one input; returns the invariant violations found (empty = fine). Thrown data errors
    /// are expected results, not violations; a trap or hang inside is the bug the fuzzer looks for.
    public func run(_ bytes: [UInt8]) -> [String] {
        switch self {
        case .nativeCSV: return TapeFuzz.run(bytes, format: .nativeCSV, fileName: "tape.csv")
        case .nativeJSONL: return TapeFuzz.run(bytes, format: .nativeJSONL, fileName: "tape.jsonl")
        case .binanceKline: return TapeFuzz.run(bytes, format: .binanceKline, fileName: "BTCUSDT-1m.csv")
        case .tardis: return TapeFuzz.run(bytes, format: nil, fileName: "tardis.csv")
        case .deribitSnapshot: return TapeFuzz.run(bytes, format: .deribitOptionSnapshot, fileName: "deribit.csv")
        case .deribitStream: return TapeFuzz.run(bytes, format: .deribitStream, fileName: "deribit.jsonl")
        case .binanceStream: return TapeFuzz.run(bytes, format: .binanceMarkPriceStream, fileName: "binance.jsonl")
        case .display: return DisplayFuzz.run(bytes)
        case .tomlPortfolio, .tomlMarks, .tomlCatalogue, .tomlTheme, .tomlUserConfig: return ConfigFuzz.run(bytes, target: self)
        case .replay: return ReplayFuzz.run(bytes)
        case .importJSON: return ConfigFuzz.run(bytes, target: self)
        }
    }
}

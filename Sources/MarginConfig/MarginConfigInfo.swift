import MarginEngine

/// MarginConfig turns TOML files (catalogue, portfolio, marks, user config, themes) into values, and
/// knows where per-user files live (``ConfigDirectory``).
public enum MarginConfigInfo {
    public static let version = MarginEngineInfo.version
}

import MarginEngine

/// MarginConfig turns TOML files (catalogue, portfolio, marks) into engine values.
public enum MarginConfigInfo {
    public static let version = MarginEngineInfo.version
}

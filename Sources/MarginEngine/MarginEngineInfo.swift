/// MarginEngine: instruments, pricing, margin models and reports.
///
/// A pure library: every function is a function of (portfolio, market state, parameters);
/// nothing here reads files, the clock or the terminal.
public enum MarginEngineInfo {
    /// The engine's version string.
    public static let version = "0.1.0"
}

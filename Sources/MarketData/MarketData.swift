import MarginEngine

/// MarketData: price events, tape formats, simulator, file tail and replay clock.
public enum MarketDataInfo {
    public static let version = MarginEngineInfo.version
}

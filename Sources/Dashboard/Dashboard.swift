import CNcursesw
import MarginEngine

/// Dashboard: view model, Screen buffer, themes and the curses backend.
public enum DashboardInfo {
    public static let version = MarginEngineInfo.version
}

/// What ``CursesBackend/nextEvent(timeoutMilliseconds:)`` reports.
public enum TerminalEvent: Sendable, Equatable {
    /// A key press.
    case key(Key)
    /// A click or a wheel step (only when mouse reporting is on).
    case mouse(MouseEvent)
    /// The terminal changed size; compose the next frame at the new size.
    case resize(width: Int, height: Int)
    /// SIGINT, SIGTERM or SIGHUP arrived: call ``CursesBackend/restore()`` and exit with 128 + signal.
    case interrupted(signal: Int32)
}

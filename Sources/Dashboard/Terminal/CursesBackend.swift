import CNcursesw
import Foundation

/// Errors setting up the terminal.
public enum TerminalError: Error, CustomStringConvertible, Sendable {
    case notATerminal
    case cannotInitialize(term: String)

    public var description: String {
        switch self {
        case .notATerminal: "the dashboard needs a terminal (stdin and stdout must be a TTY)"
        case .cannotInitialize(let term): "cannot initialise the terminal (TERM=\(term))"
        }
    }
}

/// The only code that talks to curses: copies ``Screen``s to the terminal (only changed cells),
/// reads keys with a deadline, and restores the terminal on every exit path.
///
/// Drive it from one thread:
///
///     let backend = try CursesBackend(theme: catalog.theme(at: state.themeIndex))
///     defer { backend.restore() }
///     while !state.shouldQuit {
///         backend.draw(DashboardRenderer.compose(model, state: state, width: backend.width,
///                                                height: backend.height, glyphs: backend.glyphs))
///         switch backend.nextEvent(timeoutMilliseconds: 33) {
///         case .key(let key)?: …reduce… case .resize?: break
///         case .interrupted(let signal)?: backend.restore(); exit(128 + signal)
///         case nil: break   // timeout: time for the next frame / engine update
///         }
///     }
public final class CursesBackend {
    /// Terminal size in cells.
    public private(set) var width: Int
    public private(set) var height: Int
    /// Unicode glyphs when the locale's codeset is UTF-8, ASCII otherwise.
    public let glyphs: Glyphs
    /// Colour capability after `COLORS` and `NO_COLOR`.
    public let colorDepth: ColorDepth
    private var theme: Theme
    private var previous: Screen?
    private var colorPairs = CursesColorPairs()
    private var terminal: OpaquePointer?
    private var previousSignalActions: [Int32: sigaction] = [:]

    /// Sets the locale, starts curses (cbreak, noecho, keypad, nonl, hidden cursor, and with `mouse`
    /// click and wheel reporting — SGR 1006 where the terminal's terminfo offers it) and installs
    /// signal handlers. Throws when stdin/stdout is not a terminal or curses cannot start.
    public init(theme: Theme = .defaultTheme, mouse: Bool = true,
                environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        setlocale(LC_ALL, "")
        let codeset = xm_codeset().map { String(cString: $0) } ?? ""
        glyphs = codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8" ? .unicode : .ascii
        previousSignalActions = SignalGuard.install()
        guard let screen = xm_newterm() else {
            SignalGuard.uninstall(previousSignalActions)
            throw TerminalError.cannotInitialize(term: environment["TERM"] ?? "")
        }
        terminal = screen
        set_term(screen)
        cbreak()
        noecho()
        nonl()
        keypad(xm_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        if mouse { xm_enable_mouse(1) }
        // NO_COLOR: never start colour, so the terminal's own default colours stay in place.
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        if has_colors(), !noColor { start_color() }
        colorDepth = ColorDepth.detect(colors: has_colors() && !noColor ? Int(xm_colors()) : 0, noColor: environment["NO_COLOR"])
        colorPairs = CursesColorPairs()
        self.theme = theme
        width = Int(xm_cols())
        height = Int(xm_lines())
    }

    deinit { restore() }

    /// The theme colour of a role (for the cell writer).
    func themeColor(_ role: ColorRole) -> RGBColor { theme.color(for: role) }

    /// The pair for two terminal colours (for the cell writer).
    func pair(foreground: Int32, background: Int32) -> Int32 {
        colorPairs.pair(foreground: foreground, background: background)
    }

    /// Whether curses is active (false after ``restore()``).
    public var isActive: Bool { terminal != nil }

    /// Switches colours; the next ``draw(_:)`` repaints everything.
    public func setTheme(_ theme: Theme) {
        guard theme != self.theme else { return }
        self.theme = theme
        colorPairs.reset()
        previous = nil
    }

    /// Writes the cells of `screen` that differ from the last frame, then refreshes.
    /// A screen of another size (after a resize) is drawn in full.
    public func draw(_ screen: Screen) {
        guard terminal != nil else { return }
        let full = previous.map { $0.width != screen.width || $0.height != screen.height } ?? true
        if full { werase(xm_stdscr()) }
        for y in 0..<min(screen.height, height) {
            for x in 0..<min(screen.width, width) {
                let cell = screen[x, y]
                if cell.isContinuation { continue }
                if !full, let previous, previous[x, y] == cell,
                   cell.character.terminalWidth == 1 || previous[x + 1, y] == screen[x + 1, y] { continue }
                put(cell, x: x, y: y)
            }
        }
        previous = screen
        wnoutrefresh(xm_stdscr())
        doupdate()
    }

    /// Forces the next ``draw(_:)`` to repaint every cell (e.g. after the terminal was disturbed).
    public func invalidate() {
        previous = nil
        clearok(xm_stdscr(), true)
    }

    /// Waits up to `timeoutMilliseconds` for input (0 = poll, negative = forever). Returns nil on
    /// timeout, so the loop can advance the feed and redraw; idles without using CPU.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        if let signal = SignalGuard.take() { return .interrupted(signal: signal) }
        guard terminal != nil else { return nil }
        wtimeout(xm_stdscr(), Int32(clamping: timeoutMilliseconds))
        var input: wint_t = 0
        let status = wget_wch(xm_stdscr(), &input)
        if let signal = SignalGuard.take() { return .interrupted(signal: signal) }
        if status == xm_key_code_yes() {
            if Int32(input) == xm_key_mouse() {
                var x: Int32 = 0, y: Int32 = 0
                switch xm_get_mouse(&x, &y) {
                case 1: return .mouse(MouseEvent(x: Int(x), y: Int(y), kind: .press))
                case 4: return .mouse(MouseEvent(x: Int(x), y: Int(y), kind: .wheelUp))
                case 5: return .mouse(MouseEvent(x: Int(x), y: Int(y), kind: .wheelDown))
                default: return nil
                }
            }
            if Int32(input) == xm_key_resize() {
                width = Int(xm_cols())
                height = Int(xm_lines())
                invalidate()
                return .resize(width: width, height: height)
            }
            return CursesKeyDecoder.functionKey(Int32(input)).map(TerminalEvent.key)
        }
        guard status == xm_ok() else { return nil }
        return CursesKeyDecoder.character(UInt32(input)).map(TerminalEvent.key)
    }

    /// Ends curses and puts back the previous signal handlers. Safe to call more than once; called
    /// by `deinit` as a last resort.
    public func restore() {
        guard let screen = terminal else { return }
        terminal = nil
        xm_enable_mouse(0)
        curs_set(1)
        endwin()
        delscreen(screen)
        SignalGuard.uninstall(previousSignalActions)
        previousSignalActions = [:]
    }
}

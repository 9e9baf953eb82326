import Foundation

/// Runs the dashboard on the sample book (``SampleViewModel``) with every key working: a reference
/// run loop for the real one and a way to try the backend by hand. Returns the process exit status
/// (0 after `q`, 128 + signal after SIGINT/SIGTERM/SIGHUP, 1 when there is no terminal); the
/// terminal is restored before it returns.
///
///     exit(runDemo())
public func runDemo() -> Int32 {
    let catalog = ThemeCatalog.load()
    var model = SampleViewModel.make()
    if let firstError = catalog.errors.first { model.header.status = firstError.description }
    var state = DashboardState()
    let backend: CursesBackend
    do {
        backend = try CursesBackend(theme: catalog.theme(at: state.themeIndex))
    } catch {
        FileHandle.standardError.write(Data("xmargin: \(error)\n".utf8))
        return 1
    }
    defer { backend.restore() }
    let speeds = ["×1", "×10", "×60", "×600", "×3600", "max"]
    var speedIndex = 2
    var needsDraw = true
    while !state.shouldQuit {
        if needsDraw {
            backend.draw(DashboardRenderer.compose(model, state: state, width: backend.width, height: backend.height,
                                                   glyphs: backend.glyphs))
            needsDraw = false
        }
        // Nothing moves in the demo, so wait for input without a deadline-driven wake-up.
        guard let event = backend.nextEvent(timeoutMilliseconds: 1_000) else { continue }
        switch event {
        case .interrupted(let signal):
            backend.restore()
            return 128 + signal
        case .resize:
            needsDraw = true
        case .key(let key):
            guard let action = KeyBindings.action(for: key, in: state) else { continue }
            state = state.reduced(with: action, context: ReducerContext(viewModel: model, themeCount: catalog.themes.count))
            switch action.feedCommand {
            case .togglePause?: model.header.isPaused.toggle()
            case .speedUp?: speedIndex = min(speedIndex + 1, speeds.count - 1)
            case .speedDown?: speedIndex = max(speedIndex - 1, 0)
            case .step?, nil: break
            }
            model.header.speed = speeds[speedIndex]
            backend.setTheme(catalog.theme(at: state.themeIndex))
            needsDraw = true
        }
    }
    return 0
}

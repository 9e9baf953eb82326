import Dashboard
import Foundation
import MarginConfig
import MarginEngine
import MarketData
import RiskSession

/// The dashboard's run loop: input and drawing only. The feed and the risk session run on a
/// `LiveSession` worker; this loop reads its latest snapshot, maps it to a view model and draws
/// at most ~30 times a second and only when something changed; it sleeps in curses' input wait
/// (no busy loop) and always restores the terminal.
struct WatchLoop {
    var settings: WatchSettings
    let live: LiveSession
    let catalogue: Catalogue
    var catalog: ThemeCatalog
    var state = DashboardState()
    var status = ""

    static let frameMicros: Int64 = 33_333

    init(settings: WatchSettings) throws {
        self.settings = settings
        let now = WallClock.nowMicros()
        let monotonic = WallClock.monotonicMicros()
        let document = settings.document
        let account = document.portfolio.accounts.count == 1 ? document.portfolio.accounts[0]
            : document.portfolio.combinedAccount(name: "group")
        let portfolio = Portfolio(accounts: [account])
        let asOf = document.market.asOfMicros ?? now
        let bookMarket = try MarketBuilder.build(document.market, for: portfolio, at: asOf, file: settings.documentLabel)
        let source = try FeedSource.make(settings.feedSpec, seed: settings.seed, speed: settings.speed, wallMicros: monotonic,
                                         startMicros: asOf, account: account, market: bookMarket)
        let start = source.clock?.tapeMicros(atWall: monotonic) ?? asOf
        let market = try StartingMarket.build(document, portfolio: portfolio, first: source.nextEvent, fallbackMicros: start,
                                              file: settings.documentLabel)
        var session = try RiskSession(accounts: [account], market: market, catalogue: document.catalogue)
        session.concurrentTicks = ProcessInfo.processInfo.activeProcessorCount > 1
        catalogue = document.catalogue
        let log = try settings.eventsPath.map { try EventLog(path: $0) }
        let logBox = EventLogBox(log: log)
        live = LiveSession(session: session, source: source, now: { WallClock.monotonicMicros() },
                           onEvents: { events in logBox.append(events) })
        catalog = ThemeLoading.catalog()
        if let name = settings.themeName { state.themeIndex = try ThemeLoading.select(name, in: &catalog) }
        state.mode = settings.mode
        if let first = catalog.errors.first { status = first.description }
    }

    /// Runs until `q` or a signal; returns the exit status (0, or 128 + signal).
    mutating func run() -> Int32 {
        let backend: CursesBackend
        do {
            backend = try CursesBackend(theme: catalog.theme(at: state.themeIndex), mouse: settings.mouse)
        } catch {
            FileHandle.standardError.write(Data("xmargin: \(error)\n".utf8))
            return 1
        }
        live.start()
        defer {
            live.stop()
            backend.restore()
        }
        var dirty = true
        var lastDraw: Int64 = 0
        var shownVersion = -1
        var model = buildModel()
        while !state.shouldQuit {
            let now = WallClock.monotonicMicros()
            if let version = live.latest()?.version, version != shownVersion {
                shownVersion = version
                dirty = true
            }
            if dirty, now - lastDraw >= Self.frameMicros {
                model = buildModel()
                backend.draw(DashboardRenderer.compose(model, state: state, width: backend.width, height: backend.height,
                                                       glyphs: backend.glyphs))
                lastDraw = WallClock.monotonicMicros()
                dirty = false
            }
            // Wake for input, or for the next frame while the worker publishes (paused and idle: 1 s).
            let feed = live.latest()?.feed
            let idle = feed?.isPaused == true || feed?.isFinished == true
            let timeout = dirty ? max(1, Int((lastDraw + Self.frameMicros - WallClock.monotonicMicros()) / 1_000))
                : (idle ? 1_000 : Int(Self.frameMicros / 1_000))
            guard let event = backend.nextEvent(timeoutMilliseconds: timeout) else { continue }
            switch event {
            case .interrupted(let signal):
                return 128 + signal
            case .resize:
                dirty = true
                lastDraw = 0
            case .key, .mouse:
                let action: DashboardAction?
                switch event {
                case .key(let key): action = KeyBindings.action(for: key, in: state)
                case .mouse(let mouse):
                    let layout = DashboardLayout(model: model, width: backend.width, height: backend.height)
                    action = backend.width >= DashboardRenderer.minimumWidth && backend.height >= DashboardRenderer.minimumHeight
                        ? MouseBindings.action(for: mouse, layout: layout, state: state, model: model) : nil
                default: action = nil
                }
                guard let action else { continue }
                state = state.reduced(with: action, context: ReducerContext(viewModel: model, themeCount: catalog.themes.count))
                if let command = action.feedCommand { live.send(command) }
                backend.setTheme(catalog.theme(at: state.themeIndex))
                if case .nextTheme = action {
                    let number = "\(state.themeIndex + 1)/\(catalog.themes.count)"
                    status = "theme \(catalog.theme(at: state.themeIndex).name) (\(number))"
                }
                dirty = true
                lastDraw = 0
            }
        }
        return 0
    }

    /// The view model of the mode on screen from the worker's newest snapshot.
    func buildModel() -> DashboardViewModel {
        guard let latest = live.latest() else {
            return DashboardViewModel(header: HeaderModel(feedName: "", clock: "", speed: "", isPaused: false,
                                                          figures: PerMode(isolated: .zero, cross: .zero, portfolio: .zero)),
                                      positions: [], risk: nil, alerts: [], sparklines: [], stressScenarios: [])
        }
        var notes: [String] = []
        if latest.feed.isFinished { notes.append("end of tape") }
        if latest.feed.skippedRows > 0 { notes.append("\(latest.feed.skippedRows) bad rows skipped") }
        if let error = latest.feed.error { notes.append("feed error: \(error)") }
        if !status.isEmpty { notes.append(status) }
        let feed = FeedLine(label: latest.feed.label, speed: latest.feed.speed, isPaused: latest.feed.isPaused,
                            status: notes.joined(separator: " · "))
        return DashboardViewModel(snapshot: latest.snapshot, mode: state.mode, feed: feed, catalogue: catalogue)
    }
}

/// The event log, written from the worker thread (one writer; the lock makes that explicit).
final class EventLogBox: @unchecked Sendable {
    private let lock = NSLock()
    private let log: EventLog?

    init(log: EventLog?) { self.log = log }

    func append(_ events: [LiquidationEvent]) {
        guard let log else { return }
        lock.lock()
        defer { lock.unlock() }
        for event in events { try? log.append(event) }
    }
}

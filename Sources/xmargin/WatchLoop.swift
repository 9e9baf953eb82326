import Dashboard
import Foundation
import MarginConfig
import MarginEngine
import MarketData

/// The dashboard's run loop: polls the feed, feeds the engine, redraws at most ~30 times a second
/// and only when something changed, sleeps in `poll` on the terminal until input or the next due
/// event (no busy loop), and always restores the terminal.
struct WatchLoop {
    var settings: WatchSettings
    var feed: FeedSource
    var engine: LiveEngine
    var catalog: ThemeCatalog
    var state = DashboardState()
    var log: EventLog?
    var reports = LiveReports()
    var portfolioView: PortfolioView
    var status = ""

    static let frameMicros: Int64 = 33_333
    static let reportMicros: Int64 = 250_000

    init(settings: WatchSettings) throws {
        self.settings = settings
        let now = WallClock.nowMicros()
        let account = settings.document.portfolio.accounts.count == 1 ? settings.document.portfolio.accounts[0]
            : settings.document.portfolio.combinedAccount(name: "group")
        let asOf = settings.document.market.asOfMicros ?? now
        let bookMarket = try MarketBuilder.build(settings.document.market, for: Portfolio(accounts: [account]), at: asOf,
                                                 file: settings.documentLabel)
        feed = try FeedSource.make(settings.feedSpec, seed: settings.seed, speed: settings.speed, wallMicros: now,
                                   startMicros: asOf, account: account, market: bookMarket)
        // The starting market: the book's marks at the feed's start time.
        var market = bookMarket
        market.timestampMicros = feed.clock?.tapeMicros(atWall: now) ?? asOf
        portfolioView = PortfolioView(catalogue: settings.document.catalogue)
        engine = try LiveEngine(account: account, market: market, catalogue: settings.document.catalogue)
        catalog = ThemeLoading.catalog()
        if let name = settings.themeName { state.themeIndex = try ThemeLoading.select(name, in: &catalog) }
        state.mode = settings.mode
        log = try settings.eventsPath.map { try EventLog(path: $0) }
        if let first = catalog.errors.first { status = first.description }
    }

    /// Runs until `q` or a signal; returns the exit status (0, or 128 + signal).
    mutating func run() -> Int32 {
        let backend: CursesBackend
        do {
            backend = try CursesBackend(theme: catalog.theme(at: state.themeIndex))
        } catch {
            FileHandle.standardError.write(Data("xmargin: \(error)\n".utf8))
            return 1
        }
        defer { backend.restore() }
        var dirty = true
        var lastDraw: Int64 = 0
        var lastReport: Int64 = 0
        var model = buildModel()
        while !state.shouldQuit {
            let now = WallClock.nowMicros()
            do {
                let events = try feed.poll(atWall: now, maximumCount: 2_000)
                if !events.isEmpty {
                    for produced in try engine.ingest(events) { try log?.append(produced) }
                    dirty = true
                }
            } catch {
                status = "feed error: \(error)"
                dirty = true
            }
            if dirty, now - lastReport >= Self.reportMicros {
                reports = engine.computeReports()
                portfolioView.refresh(engine: engine, wallMicros: now)
                lastReport = now
            }
            if dirty, now - lastDraw >= Self.frameMicros {
                model = buildModel()
                backend.draw(DashboardRenderer.compose(model, state: state, width: backend.width, height: backend.height,
                                                       glyphs: backend.glyphs))
                lastDraw = now
                dirty = false
            }
            let timeout = waitMilliseconds(now: WallClock.nowMicros(), dirty: dirty, lastDraw: lastDraw)
            guard let event = backend.nextEvent(timeoutMilliseconds: timeout) else { continue }
            switch event {
            case .interrupted(let signal):
                backend.restore()
                return 128 + signal
            case .resize:
                dirty = true
                lastDraw = 0
            case .key(let key):
                guard let action = KeyBindings.action(for: key, in: state) else { continue }
                state = state.reduced(with: action, context: ReducerContext(viewModel: model, themeCount: catalog.themes.count))
                if let command = action.feedCommand { feed.apply(Self.kind(command), atWall: WallClock.nowMicros()) }
                backend.setTheme(catalog.theme(at: state.themeIndex))
                dirty = true
                lastDraw = 0
                if action.feedCommand != nil { lastReport = 0 }
            }
        }
        return 0
    }

    /// How long to sleep: until the next frame when dirty, else until the feed's next event
    /// (at most a second; a tail is polled 4 times a second).
    func waitMilliseconds(now: Int64, dirty: Bool, lastDraw: Int64) -> Int {
        var until = now + 1_000_000
        if dirty { until = min(until, lastDraw + Self.frameMicros) }
        if case .tail = feed { until = min(until, now + 250_000) }
        if let next = feed.nextWakeup(atWall: now) { until = min(until, max(next, now + 1_000)) }
        return Int(max(0, (until - now + 999) / 1_000))
    }

    func buildModel() -> DashboardViewModel {
        let clock = feed.clock
        let speed = clock.map { $0.speed.description } ?? "live"
        var status = self.status
        let skipped = feed.issues.totalSkipped
        if skipped > 0 { status = "\(skipped) bad rows skipped" + (status.isEmpty ? "" : " · \(status)") }
        if feed.isFinished { status = "end of tape" + (status.isEmpty ? "" : " · \(status)") }
        return engine.viewModel(reports: reports, feedName: feed.label, speed: speed, isPaused: clock?.isPaused ?? false,
                                status: status, risk: portfolioView.risk, positionRiskUSD: portfolioView.contributions,
                                stress: portfolioView.stress)
    }

    static func kind(_ command: FeedCommand) -> FeedCommandKind {
        switch command {
        case .togglePause: return .togglePause
        case .speedUp: return .speedUp
        case .speedDown: return .speedDown
        case .step: return .step
        }
    }
}

import Foundation
import MarginEngine

/// What a snapshot computes beyond figures and rows (the slow parts, refreshed on a cadence).
public struct SnapshotParts: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Liquidation levels (per underlying and per position) of the standard modes (isolated, cross).
    public static let levels = SnapshotParts(rawValue: 1)
    /// Portfolio mode's liquidation levels: a root search on the risk-based model, each trial a
    /// tick (hundreds of milliseconds on a 1,000-position book), so on a slower cadence.
    public static let portfolioLevels = SnapshotParts(rawValue: 8)
    /// Portfolio mode's model detail and per-position attribution.
    public static let portfolioDetail = SnapshotParts(rawValue: 2)
    /// Named stress scenarios.
    public static let stress = SnapshotParts(rawValue: 4)
    /// The cross book under every venue's rules (cheap: sums of schedules, no levels).
    public static let venues = SnapshotParts(rawValue: 16)
    public static let all: SnapshotParts = [.levels, .portfolioLevels, .portfolioDetail, .stress, .venues]
}

extension RiskSession {
    /// The session now: each mode's own book (sizes after its own liquidations), figures, rows by
    /// book index, and the requested slow `parts` (nil in the snapshot where not requested).
    public func snapshot(_ parts: SnapshotParts = .all) -> SessionSnapshot {
        let accountName = accounts.first?.name
        let indices = replay.replays.indices.filter { replay.accountNames[$0] == accountName }
        // Modes are independent pure computations: with liquidation levels (the slow part) they
        // run on all cores; each result lands in its own slot, so the snapshot is the same
        // whatever the scheduling.
        let results = SnapshotSlots(count: indices.count)
        let session = self
        if !parts.isDisjoint(with: [.levels, .portfolioLevels]), indices.count > 1 {
            DispatchQueue.concurrentPerform(iterations: indices.count) { slot in
                let index = indices[slot]
                results.set(slot, session.modeSnapshot(session.replay.replays[index], index: index, parts: parts))
            }
        } else {
            for (slot, index) in indices.enumerated() {
                results.set(slot, modeSnapshot(replay.replays[index], index: index, parts: parts))
            }
        }
        var modes: [ModeSnapshot] = []
        var detail: PortfolioMarginDetail?
        for built in results.values() {
            modes.append(built.mode)
            if let report = built.detail { detail = report }
        }
        modes.sort { MarginMode.allCases.firstIndex(of: $0.mode) ?? 0 < MarginMode.allCases.firstIndex(of: $1.mode) ?? 0 }
        let series = priceHistory.keys.sorted().map { (coin: $0, values: priceHistory[$0] ?? []) }
        return SessionSnapshot(tapeMicros: lastEventMicros, eventCount: eventCount, modes: modes,
                               portfolioDetail: parts.contains(.portfolioDetail) ? detail : nil,
                               stress: parts.contains(.stress) ? stressSnapshots() : nil, priceSeries: series,
                               venues: parts.contains(.venues) ? venueSnapshots() : nil)
    }

    func modeSnapshot(_ replay: ModeReplay, index: Int, parts: SnapshotParts) -> (mode: ModeSnapshot, detail: PortfolioMarginDetail?) {
        let mode = replay.statistics.mode
        var book = replay.book
        var figures = (try? book.totals()) ?? MarginTotals(equityUSD: 0, initialMarginUSD: 0, maintenanceMarginUSD: 0)
        var attribution: [PositionAttribution] = []
        var detail: PortfolioMarginDetail?
        if let session = replay.session {
            let pm = session.figures
            figures = MarginTotals(equityUSD: pm.equityUSD, initialMarginUSD: pm.initialMarginUSD,
                                   maintenanceMarginUSD: pm.maintenanceMarginUSD)
            if parts.contains(.portfolioDetail), let report = try? session.report(levels: false) {
                detail = report.detail
                attribution = report.detail.expectedShortfall.contributions
            }
        }
        let utilization = Self.alertUtilization(replay)
        let level = replay.engine.thresholds.level(utilization: utilization)
        let original = accounts.first { $0.name == self.replay.accountNames[index] } ?? accounts[0]
        let current = book.account
        // Liquidation closes positions without reordering: the current book is a subsequence.
        var currentIndexOf = Array(repeating: -1, count: original.positions.count)
        var cursor = 0
        for (bookIndex, position) in original.positions.enumerated() where cursor < current.positions.count {
            if current.positions[cursor].instrument.name == position.instrument.name {
                currentIndexOf[bookIndex] = cursor
                cursor += 1
            }
        }
        var computed: LiquidationLevels?
        if parts.contains(mode == .portfolio ? .portfolioLevels : .levels) { computed = try? replay.liquidationLevels() }
        var rows: [PositionSnapshot] = []
        rows.reserveCapacity(original.positions.count)
        for (bookIndex, position) in original.positions.enumerated() {
            let at = currentIndexOf[bookIndex]
            guard at >= 0, book.valuations.indices.contains(at) else {
                rows.append(PositionSnapshot(bookIndex: bookIndex, instrument: position.instrument, isClosed: true, size: 0,
                                             entryPrice: position.entryPrice, valuation: nil, initialMarginUSD: 0,
                                             maintenanceMarginUSD: 0))
                continue
            }
            let live = current.positions[at]
            let value = book.valuations[at]
            var row = PositionSnapshot(bookIndex: bookIndex, instrument: live.instrument, isClosed: false, size: live.size,
                                       entryPrice: live.entryPrice, valuation: value,
                                       initialMarginUSD: mode == .portfolio ? 0 : value.initialMarginUSD,
                                       maintenanceMarginUSD: mode == .portfolio ? 0 : value.maintenanceMarginUSD)
            switch mode {
            case .isolated:
                let margin = live.isolatedMargin ?? 0
                let marginUSD = live.instrument.settlement == .inverse ? margin * value.indexUSD : margin
                if value.maintenanceMarginUSD > 0 {
                    row.utilization = StandardMargin.utilization(maintenance: value.maintenanceMarginUSD,
                                                                 equity: marginUSD + value.unrealizedPnlUSD)
                }
            case .cross:
                if value.maintenanceMarginUSD > 0, figures.equityUSD > 0 {
                    row.utilization = value.maintenanceMarginUSD / figures.equityUSD
                }
            case .portfolio:
                if attribution.indices.contains(at) {
                    row.esContributionUSD = attribution[at].esContributionUSD
                    row.worstCasePnlUSD = attribution[at].worstCasePnLUSD
                    if let contribution = row.esContributionUSD, contribution > 0, figures.equityUSD > 0 {
                        row.utilization = contribution / figures.equityUSD
                    }
                }
            }
            if let level = computed?.positions.indices.contains(at) == true ? computed?.positions[at] : nil {
                let reference = live.instrument.isOption ? value.indexUSD : value.mark
                row.setLiquidationPrice(reference * level.factor, side: level.side)
            }
            rows.append(row)
        }
        let snapshot = ModeSnapshot(mode: mode, account: current.name, figures: figures, level: level,
                                    alertUtilization: utilization, positions: rows, levels: computed?.underlyings, events: events[index],
                                    utilizationSeries: utilizationHistory[index], maintenanceSeries: maintenanceHistory[index])
        return (snapshot, detail)
    }

    /// The catalogue's named stress tests on the cross book; isolated outcomes on isolated's own book.
    func stressSnapshots() -> [StressSnapshot] {
        guard let cross = replay.replays.first(where: { $0.statistics.mode == .cross }) else { return [] }
        let isolated = replay.replays.first { $0.statistics.mode == .isolated }
        var result: [StressSnapshot] = []
        for scenario in catalogue.portfolioMargin.stressTests {
            guard let outcome = try? StressTester.run(scenario, account: cross.book.account, market: cross.book.market,
                                                      catalogue: catalogue) else { continue }
            var isolatedMM = 0.0, isolatedWorst = 0.0
            if let isolated {
                let account = isolated.book.account
                let shocked = StressTester.shocked(isolated.book.market, scenario: scenario, instruments: account.positions.map(\.instrument))
                if var book = try? CompiledBook(account: account, market: shocked, catalogue: catalogue) {
                    isolatedMM = (try? book.totals().maintenanceMarginUSD) ?? 0
                    isolatedWorst = (try? book.worstIsolatedUtilization().utilization) ?? 0
                }
            }
            result.append(StressSnapshot(result: outcome, isolatedMaintenanceMarginUSD: isolatedMM,
                                         isolatedWorstUtilization: isolatedWorst))
        }
        return result
    }
}

/// One slot per mode snapshot, written from `concurrentPerform` (each slot by one iteration).
final class SnapshotSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [(mode: ModeSnapshot, detail: PortfolioMarginDetail?)?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ slot: Int, _ value: (mode: ModeSnapshot, detail: PortfolioMarginDetail?)) {
        lock.lock()
        slots[slot] = value
        lock.unlock()
    }

    func values() -> [(mode: ModeSnapshot, detail: PortfolioMarginDetail?)] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}

extension ModeReplay {
    func accountNames(_ index: Int, in session: RiskSession) -> String { session.replay.accountNames[index] }
}

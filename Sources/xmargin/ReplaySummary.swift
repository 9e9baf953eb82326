import Foundation
import MarginEngine
import MarketData
import RiskSession

/// The result of a replay, per mode (and account), as JSON or a table; with several accounts,
/// each mode's ``ReplayAggregate`` too.
struct ReplaySummary {
    let tape: String
    let format: TapeFormat
    let issues: TapeIssueLog
    /// Recorded-stream messages without prices (subscription responses, heartbeats, other
    /// channels): skipped, not bad rows.
    let ignoredMessages: Int
    let firstMicros: Int64
    let lastMicros: Int64
    /// Per mode and account: modes in the order asked for, accounts in the file's order in each.
    let results: [AccountReplayResult]

    /// Tape events processed (the same for every mode and account).
    var ticks: Int { results.first?.statistics.ticks ?? 0 }

    /// Tape time from the first event to the last, minutes.
    var tapeMinutes: Double { ReplayAggregate.minutes(fromMicros: firstMicros, toMicros: lastMicros) }

    /// One mode (and account); portfolio mode adds `dynamic_margin`: per underlying the scan range
    /// and daily vol, and the ES and MM, each `{min, max, at_first_alert, last}` (`RiskPath`).
    struct ModeJSON: Encodable {
        let statistics: ReplayStatistics
        let badRows: Int
        var riskPath: RiskPath? = nil

        enum Keys: String, CodingKey {
            case badRows = "bad_rows"
            case riskPath = "dynamic_margin"
        }

        func encode(to encoder: any Encoder) throws {
            try statistics.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(badRows, forKey: .badRows)
            try container.encodeIfPresent(riskPath, forKey: .riskPath)
        }
    }

    struct ModeAccountsJSON: Encodable {
        let accounts: [String: ModeJSON]
        let aggregate: ReplayAggregate
    }

    struct Root: Encodable {
        let tape: String
        let format: String
        let ticks: Int
        let badRows: Int
        let badRowReasons: [String: Int]
        let ignoredMessages: Int
        let firstTime: String
        let lastTime: String
        let single: ModeJSON?
        let modes: [String: ModeEntry]?

        enum Keys: String, CodingKey {
            case tape, format, ticks, modes
            case badRows = "bad_rows"
            case badRowReasons = "bad_row_reasons"
            case ignoredMessages = "ignored_messages"
            case firstTime = "first_time"
            case lastTime = "last_time"
        }

        func encode(to encoder: any Encoder) throws {
            if let single { try single.encode(to: encoder) }
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(tape, forKey: .tape)
            try c.encode(format, forKey: .format)
            try c.encode(ticks, forKey: .ticks)
            try c.encode(badRows, forKey: .badRows)
            try c.encode(badRowReasons, forKey: .badRowReasons)
            try c.encode(ignoredMessages, forKey: .ignoredMessages)
            try c.encode(firstTime, forKey: .firstTime)
            try c.encode(lastTime, forKey: .lastTime)
            try c.encodeIfPresent(modes, forKey: .modes)
        }
    }

    enum ModeEntry: Encodable {
        case one(ModeJSON)
        case many(ModeAccountsJSON)

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .one(let value): try value.encode(to: encoder)
            case .many(let value): try value.encode(to: encoder)
            }
        }
    }

    var modeOrder: [MarginMode] {
        var seen: [MarginMode] = []
        for result in results where !seen.contains(result.statistics.mode) { seen.append(result.statistics.mode) }
        return seen
    }

    func entries(for mode: MarginMode) -> [(String, ReplayStatistics)] {
        results.filter { $0.statistics.mode == mode }.map { ($0.account, $0.statistics) }
    }

    /// Portfolio mode's risk path per account (nil for other modes).
    func riskPaths(for mode: MarginMode) -> [RiskPath?] {
        results.filter { $0.statistics.mode == mode }.map(\.riskPath)
    }

    func json() throws -> String {
        let bad = issues.totalSkipped
        var modes: [String: ModeEntry] = [:]
        for mode in modeOrder {
            let list = entries(for: mode), paths = riskPaths(for: mode)
            if list.count == 1, let only = list.first {
                modes[mode.rawValue] = .one(ModeJSON(statistics: only.1, badRows: bad, riskPath: paths.first ?? nil))
            } else {
                let accounts = Dictionary(zip(list, paths).map { ($0.0.0, ModeJSON(statistics: $0.0.1, badRows: bad, riskPath: $0.1)) }) { first, _ in first }
                modes[mode.rawValue] = .many(ModeAccountsJSON(
                    accounts: accounts, aggregate: ReplayAggregate(statistics: list.map(\.1), tapeMinutes: tapeMinutes)))
            }
        }
        let singleMode = modeOrder.count == 1 ? modes[modeOrder[0].rawValue] : nil
        var single: ModeJSON?
        if case .one(let value)? = singleMode { single = value }
        let root = Root(tape: tape, format: format.rawValue, ticks: ticks,
                        badRows: bad, badRowReasons: issues.countsByKind, ignoredMessages: ignoredMessages,
                        firstTime: UTCTime.iso8601Micros(firstMicros), lastTime: UTCTime.iso8601Micros(lastMicros),
                        single: single, modes: single == nil ? modes : nil)
        return String(decoding: try ReportJSON.encoder().encode(root), as: UTF8.self)
    }

    /// `--csv`: the table's rows, one per mode and account, times ISO-8601 UTC (empty: never),
    /// money in USD, utilization as a fraction (empty when unbounded).
    func csv() -> String {
        var rows: [[String]] = [["mode", "account", "survived", "first_liquidation", "first_notice", "first_warning",
                                 "min_equity_usd", "peak_utilization", "final_equity_usd", "realized_loss_usd", "shortfall_usd"]]
        for mode in modeOrder {
            for (account, stats) in entries(for: mode) {
                rows.append([mode.rawValue, account, stats.firstLiquidationMicros == nil ? "true" : "false",
                             stats.firstLiquidationMicros.map(UTCTime.iso8601Micros) ?? "",
                             stats.firstAlertMicros[.notice].map(UTCTime.iso8601Micros) ?? "",
                             stats.firstAlertMicros[.warning].map(UTCTime.iso8601Micros) ?? "",
                             CSVTable.number(stats.minEquityUSD.isFinite ? stats.minEquityUSD : stats.finalEquityUSD),
                             CSVTable.number(stats.peakUtilization), CSVTable.number(stats.finalEquityUSD),
                             CSVTable.number(stats.realizedLossUSD), CSVTable.number(stats.shortfallUSD)])
            }
        }
        return CSVTable.render(rows)
    }

    func table() -> String {
        var out = "replay \(tape) (\(format.rawValue)): \(ticks) events "
        out += "\(UTCTime.iso8601(firstMicros)) → \(UTCTime.iso8601(lastMicros)), \(issues.totalSkipped) bad rows skipped"
        out += ignoredMessages > 0 ? ", \(ignoredMessages) messages without prices ignored\n" : "\n"
        for (kind, count) in issues.countsByKind.sorted(by: { $0.key < $1.key }) { out += "  skipped \(count) × \(kind)\n" }
        var rows: [[String]] = [["mode", "account", "outcome", "first notice", "first warning", "min equity", "peak util",
                                 "final equity", "realized loss", "shortfall"]]
        for mode in modeOrder {
            for (account, stats) in entries(for: mode) {
                let outcome = stats.firstLiquidationMicros.map { "liquidated \(UTCTime.iso8601($0))" } ?? "survived"
                rows.append([mode.rawValue, account, outcome,
                             stats.firstAlertMicros[.notice].map(UTCTime.iso8601) ?? "—",
                             stats.firstAlertMicros[.warning].map(UTCTime.iso8601) ?? "—",
                             TextFormat.usd(stats.minEquityUSD.isFinite ? stats.minEquityUSD : stats.finalEquityUSD),
                             stats.peakUtilization.isFinite ? TextFormat.fixed(stats.peakUtilization * 100, 1) + "%" : "∞",
                             TextFormat.usd(stats.finalEquityUSD), TextFormat.usd(stats.realizedLossUSD),
                             TextFormat.usd(stats.shortfallUSD)])
            }
        }
        out += TextFormat.table(rows, rightAligned: [5, 6, 7, 8, 9])
        for mode in modeOrder {
            let list = entries(for: mode)
            if list.count > 1 { out += aggregateLine(ReplayAggregate(statistics: list.map(\.1), tapeMinutes: tapeMinutes), mode: mode) }
        }
        return out
    }

    /// The many-accounts summary of one mode (``ReplayAggregate``).
    func aggregateLine(_ aggregate: ReplayAggregate, mode: MarginMode) -> String {
        var out = "\(mode.rawValue): \(aggregate.accounts) accounts, \(aggregate.accountsAlerted) alerted, "
        out += "\(aggregate.accountsLiquidated) liquidated; liquidated notional \(TextFormat.usd(aggregate.liquidatedNotionalUSD))"
        out += " (\(aggregate.liquidatedNotionalUSDPerMinute.map(TextFormat.usd) ?? "—") per minute of tape)"
        out += ", realized loss \(TextFormat.usd(aggregate.realizedLossUSD)), shortfall \(TextFormat.usd(aggregate.shortfallUSD))\n"
        return out
    }
}

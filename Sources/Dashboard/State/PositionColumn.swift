import MarginEngine
/// The columns of the positions grid, in display order. `s` cycles the sort through them.
public enum PositionColumn: Int, CaseIterable, Sendable, Hashable {
    case instrument, size, entry, mark, unrealizedPnl, notional, delta, gamma, vega, theta
    case initialMargin, maintenanceMargin, liquidationPrice, distance, utilization

    /// Column heading.
    public var title: String {
        switch self {
        case .instrument: "Instrument"
        case .size: "Size"
        case .entry: "Entry"
        case .mark: "Mark"
        case .unrealizedPnl: "uPnL"
        case .notional: "Notional"
        case .delta: "Delta"
        case .gamma: "Gamma"
        case .vega: "Vega"
        case .theta: "Theta"
        case .initialMargin: "IM"
        case .maintenanceMargin: "MM"
        case .liquidationPrice: "Liq"
        case .distance: "Dist"
        case .utilization: "Util"
        }
    }

    /// Column heading in `mode`: portfolio margin is not a sum of positions, so its IM/MM columns
    /// show each position's ES contribution and its PnL in the risk matrix's worst scenario.
    public func title(in mode: MarginMode) -> String {
        guard mode == .portfolio else { return title }
        switch self {
        case .initialMargin: return "ES"
        case .maintenanceMargin: return "Worst"
        default: return title
        }
    }

    /// Width in cells (content; one separator space is added between columns).
    var width: Int {
        switch self {
        case .instrument: 20
        case .size: 8
        case .entry, .mark, .liquidationPrice: 8
        case .unrealizedPnl: 7
        case .notional: 8
        case .delta, .gamma, .vega, .theta: 7
        case .initialMargin, .maintenanceMargin: 6
        case .distance: 6
        case .utilization: 12
        }
    }

    /// Lower numbers are kept first when the terminal is narrow.
    var priority: Int {
        switch self {
        case .instrument: 0
        case .size: 1
        case .mark: 2
        case .unrealizedPnl: 3
        case .maintenanceMargin: 4
        case .distance: 5
        case .liquidationPrice: 7
        case .utilization: 6
        case .initialMargin: 8
        case .notional: 9
        case .entry: 10
        case .delta: 11
        case .vega: 12
        case .theta: 13
        case .gamma: 14
        }
    }

    /// Columns that fit in `width` cells: highest priority first, shown in display order.
    static func visible(inWidth width: Int) -> [PositionColumn] {
        var chosen: Set<PositionColumn> = []
        var used = 0
        for column in allCases.sorted(by: { $0.priority < $1.priority }) {
            let needed = column.width + (chosen.isEmpty ? 0 : 1)
            if used + needed <= width {
                chosen.insert(column)
                used += needed
            }
        }
        return allCases.filter(chosen.contains)
    }

    /// The visible columns with their widths: space left over widens the instrument column (up to
    /// 26 cells, for `BTC_USDC-27MAR26-90000-C`) and then the utilization bar (up to 24).
    static func layout(inWidth width: Int) -> [(column: PositionColumn, width: Int)] {
        let columns = visible(inWidth: width)
        var widths = columns.map(\.width)
        var spare = width - widths.reduce(0, +) - max(0, columns.count - 1)
        for (target, limit) in [(PositionColumn.instrument, 26), (.utilization, 24)] {
            guard let index = columns.firstIndex(of: target), spare > 0 else { continue }
            let grow = min(spare, limit - widths[index])
            widths[index] += max(0, grow)
            spare -= max(0, grow)
        }
        return Array(zip(columns, widths)).map { (column: $0.0, width: $0.1) }
    }

    /// The numeric sort key of `row` in `mode` (nil sorts last).
    func sortKey(_ row: PositionRow, mode: MarginMode) -> Double? {
        let margin = row.margin[mode]
        switch self {
        case .instrument: return nil
        case .size: return row.size
        case .entry: return row.entryPrice
        case .mark: return row.markPrice
        case .unrealizedPnl: return row.unrealizedPnlUSD
        case .notional: return row.notionalUSD
        case .delta: return row.greeks.delta
        case .gamma: return row.greeks.gamma
        case .vega: return row.greeks.vega
        case .theta: return row.greeks.theta
        case .initialMargin: return margin.initialMarginUSD
        case .maintenanceMargin: return margin.maintenanceMarginUSD
        case .liquidationPrice: return margin.liquidationPrice
        case .distance: return margin.distanceToLiquidation
        case .utilization: return margin.utilization
        }
    }
}

import MarginEngine

/// Text rendering of the portfolio-margin detail: risk matrix per currency, ES, liquidity, binding.
enum PortfolioTable {
    static func render(_ detail: PortfolioMarginDetail) -> String {
        let f = detail.figures
        var out = "  portfolio MM = max(risk matrix \(TextFormat.usd(f.riskMatrixMaintenanceMarginUSD)), "
        out += "ES \(TextFormat.usd(f.esMaintenanceMarginUSD))) + liquidity \(TextFormat.usd(f.liquidityAddOnUSD))"
        out += " — binding: \(f.binding.rawValue)\n"
        var rows: [[String]] = [["currency", "scan range", "worst case", "roll shock", "delta shock", "RM margin (IM)", "MM", "MM USD"]]
        for matrix in detail.riskMatrix {
            let range = TextFormat.fixed(matrix.scanRange * 100, 1) + "%" + (matrix.scanRange > matrix.scanRangeFloor ? " (dynamic)" : "")
            rows.append([matrix.currency, range, coin(matrix.worstCaseCoin), coin(matrix.rollShockCoin), coin(matrix.deltaShockCoin),
                         coin(matrix.riskMatrixMarginCoin), coin(matrix.maintenanceMarginCoin), TextFormat.usd(matrix.maintenanceMarginUSD)])
        }
        out += "  risk matrix (coin of each currency):\n"
        out += TextFormat.table(rows, rightAligned: Set(1..<rows[0].count))
        let es = detail.expectedShortfall
        out += "  ES \(TextFormat.fixed(es.confidence * 100, 1))% over \(TextFormat.number(es.horizonDays)) day(s), "
        out += "\(es.method.rawValue), \(es.scenarioCount) scenarios (\(es.revaluation.rawValue) revaluation): "
        out += "VaR \(TextFormat.usd(es.varUSD))  ES \(TextFormat.usd(es.esUSD))\n"
        if let note = es.historyNote { out += "  note: \(note)\n" }
        let top = es.contributions.sorted { abs($0.esContributionUSD) > abs($1.esContributionUSD) }.prefix(5)
        if !top.isEmpty {
            var contributions: [[String]] = [["top ES contributors", "account", "ES contribution USD", "worst-case PnL USD"]]
            for line in top {
                contributions.append([line.instrument, line.account, TextFormat.usd(line.esContributionUSD), TextFormat.usd(line.worstCasePnLUSD)])
            }
            out += TextFormat.table(contributions, rightAligned: [2, 3])
        }
        if detail.liquidity.totalUSD > 0 {
            out += "  liquidity add-on \(TextFormat.usd(detail.liquidity.totalUSD)):"
            for charge in detail.liquidity.charges {
                out += " \(charge.instrument) \(TextFormat.usd(charge.chargeUSD)) (\(TextFormat.fixed(charge.participation * 100, 2))% of daily volume);"
            }
            out += "\n"
        }
        return out
    }

    static func coin(_ value: Double) -> String { TextFormat.fixed(value, 8) }
}

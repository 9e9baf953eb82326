/// Walks a value (a snapshot) by reflection and reports every `Double` that is NaN or infinite,
/// by its path (`snapshot.modes[1].figures.equityUSD`). Optionals that are nil are fine. One
/// exception, the engine's documented sentinel: a utilization (MM ÷ equity, a field whose name
/// ends in `utilization`/`Utilization`, or `utilizationBefore`/`After`) is +∞ when equity ≤ 0
/// (the JSON and the screen show it as null / "—").
enum FiniteFigures {
    static func check(_ value: Any, path: String, problems: inout [String], depth: Int = 0) {
        guard depth < 12, problems.count < 20 else { return }
        if let number = value as? Double {
            if !number.isFinite, !(number == .infinity && isUtilization(path)) { problems.append("\(path) = \(number)") }
            return
        }
        if value is String || value is Int || value is Int64 || value is Bool { return }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional, mirror.children.isEmpty { return }
        for (offset, child) in mirror.children.enumerated() {
            let name = child.label.map { mirror.displayStyle == .optional ? path : "\(path).\($0)" } ?? "\(path)[\(offset)]"
            check(child.value, path: name, problems: &problems, depth: depth + 1)
        }
    }

    static func isUtilization(_ path: String) -> Bool {
        let field = path.split(separator: ".").last.map(String.init) ?? path
        return field.lowercased().hasPrefix("utilization") || field.hasSuffix("Utilization")
    }
}

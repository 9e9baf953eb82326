/// Walks a value (a snapshot) by reflection and reports every `Double` that is NaN or infinite,
/// by its path (`snapshot.modes[1].figures.equityUSD`). Optionals that are nil are fine.
enum FiniteFigures {
    static func check(_ value: Any, path: String, problems: inout [String], depth: Int = 0) {
        guard depth < 12, problems.count < 20 else { return }
        if let number = value as? Double {
            if !number.isFinite { problems.append("\(path) = \(number)") }
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
}

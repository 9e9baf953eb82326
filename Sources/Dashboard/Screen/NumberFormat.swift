/// Compact, fixed-width-friendly number formatting for the dashboard (no Foundation, no locale).
///
///     NumberFormat.compact(1_234_567)   // "1.23M"
///     NumberFormat.compact(45_600)      // "45.6k"
///     NumberFormat.price(65_666.19)     // "65,666"
///     NumberFormat.percent(0.7234)      // "72.3%"
public enum NumberFormat {
    /// How an unbounded value is written (the ASCII fallback turns it into `inf`).
    public static let infinity = "∞"

    /// Three significant digits with a k/M/B/T suffix; `-` for NaN or infinite values.
    public static func compact(_ value: Double, signed: Bool = false) -> String {
        guard value.isFinite else { return "-" }
        let sign = value < 0 ? "-" : (signed && value > 0 ? "+" : "")
        var magnitude = abs(value)
        var suffix = ""
        for (limit, name) in [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")] where magnitude >= limit * 0.9995 {
            magnitude /= limit
            suffix = name
            break
        }
        let decimals: Int
        switch magnitude {
        case 0: return "0"
        case 99.95...: decimals = 0
        case 9.995...: decimals = 1
        case 0.9995...: decimals = 2
        default: decimals = suffix.isEmpty ? (magnitude >= 0.0995 ? 3 : 4) : 2
        }
        let digits = fixed(magnitude, decimals: decimals)
        return digits == "0" || digits.allSatisfy({ $0 == "0" || $0 == "." }) ? "0" : sign + digits + suffix
    }

    /// A price with decimals by magnitude: ≥ 1,000 → grouped, no decimals; ≥ 100 → 1; ≥ 1 → 2;
    /// below 1 → 4 (option premiums in coin).
    public static func price(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        let magnitude = abs(value)
        let decimals = magnitude >= 1_000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 4
        return grouped(fixed(value, decimals: decimals))
    }

    /// A fraction as a percentage with one decimal (none from 1000% up, or `decimals` when
    /// given): 0.7234 → `72.3%`; 12.5 → `1250%`; `percent(0.7234, decimals: 0)` → `72%`.
    ///
    /// The one place an unbounded figure is written: +∞ — a utilization (maintenance margin ÷
    /// equity) when equity ≤ 0 against a requirement (DESIGN §5) — is `∞` (`inf` on an ASCII
    /// terminal, ``ASCIIFallback``), −∞ is `-∞`, NaN is `-`. Never a capped `999.0%`.
    public static func percent(_ fraction: Double, signed: Bool = false, decimals: Int? = nil) -> String {
        if fraction.isInfinite { return fraction > 0 ? infinity : "-" + infinity }
        guard fraction.isFinite else { return "-" }
        let text = fixed(fraction * 100, decimals: decimals ?? (abs(fraction) >= 9.995 ? 0 : 1))
        return (signed && fraction > 0 ? "+" : "") + text + "%"
    }

    /// `value` rounded to `decimals` places (0…8), e.g. `fixed(3.14159, decimals: 2)` → `3.14`.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "-" }
        let places = min(max(decimals, 0), 8)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e17 else { return value < 0 ? "-huge" : "huge" }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        var text = String(units / divisor)
        if places > 0 {
            let fraction = String(units % divisor)
            text += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return (value < 0 && units != 0 ? "-" : "") + text
    }

    /// Inserts thousands separators into the integer part of a plain decimal string.
    static func grouped(_ text: String) -> String {
        let negative = text.hasPrefix("-")
        let body = negative ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = Array(parts[0])
        guard integer.count > 3 else { return text }
        var result = ""
        for (index, digit) in integer.enumerated() {
            if index > 0, (integer.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        if parts.count > 1 { result += "." + parts[1] }
        return (negative ? "-" : "") + result
    }
}

extension NumberFormat {
    /// Like ``compact(_:signed:)`` but drops significant digits until the text fits `width` cells
    /// (`-12.3k` → `-12k`); falls back to the shortest form even if it does not fit.
    public static func compact(_ value: Double, signed: Bool = false, fitting width: Int) -> String {
        let full = compact(value, signed: signed)
        if full.count <= width { return full }
        guard value.isFinite else { return full }
        // Rebuild with fewer decimals: strip the fractional digits of the mantissa.
        var text = full
        while text.count > width, let dot = text.firstIndex(of: ".") {
            let suffixStart = text.firstIndex(where: { $0.isLetter }) ?? text.endIndex
            let decimalsCount = text.distance(from: text.index(after: dot), to: suffixStart)
            let mantissa = Double(text[text.index(text.startIndex, offsetBy: (text.first == "-" || text.first == "+") ? 1 : 0)..<suffixStart]) ?? 0
            let rounded = fixed(mantissa, decimals: decimalsCount - 1)
            let sign = text.first == "-" || text.first == "+" ? String(text.first ?? " ") : ""
            text = sign + rounded + text[suffixStart...]
        }
        return text
    }
}

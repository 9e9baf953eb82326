import MarginEngine

/// `sanitizedForDisplay` must leave nothing a terminal would interpret: no scalar `isUnsafeForDisplay`
/// (C0/C1 controls, ESC, DEL, bidi controls, U+FFFD); and sanitizing twice changes nothing.
enum DisplayFuzz {
    static func run(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        let clean = text.sanitizedForDisplay
        var problems: [String] = []
        if let bad = clean.unicodeScalars.first(where: \.isUnsafeForDisplay) {
            problems.append("sanitized text still contains U+\(String(bad.value, radix: 16))")
        }
        if clean.sanitizedForDisplay != clean { problems.append("sanitizing is not idempotent") }
        return problems
    }
}

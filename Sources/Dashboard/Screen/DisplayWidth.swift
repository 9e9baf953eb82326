extension Character {
    /// Cells this character occupies on a terminal: 2 for East Asian wide/fullwidth characters and
    /// emoji presentation, 1 otherwise (combining marks are already part of their `Character`).
    var terminalWidth: Int {
        guard let first = unicodeScalars.first else { return 0 }
        let value = first.value
        if value < 0x1100 { return 1 }
        if Character.isWide(value) || first.properties.isEmojiPresentation { return 2 }
        if unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return 1
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension String {
    /// Cells this string occupies on a terminal (see `Character.terminalWidth`).
    var terminalWidth: Int {
        if utf8.allSatisfy({ $0 < 0x80 }) { return utf8.count }
        var total = 0
        for character in self { total += character.terminalWidth }
        return total
    }

    /// The longest prefix that fits in `width` cells, ending in `ellipsis` when something was cut.
    func truncated(toWidth width: Int, ellipsis: Character) -> String {
        guard width > 0 else { return "" }
        if terminalWidth <= width { return self }
        var result = ""
        var used = 0
        for character in self {
            let w = character.terminalWidth
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        result.append(ellipsis)
        return result
    }
}

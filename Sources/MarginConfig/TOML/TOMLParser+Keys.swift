/// Keys: bare (`A-Za-z0-9_-`), "basic" or 'literal', joined by dots.
extension TOMLParser {
    /// One part of a dotted key and where it starts.
    struct Key {
        var name: String
        var offset: Int
    }

    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): return true
        default: return false
        }
    }

    /// A simple or dotted key: bare, "basic" or 'literal' parts separated by dots.
    mutating func parseKey() throws(TOMLParseError) -> [Key] {
        var keys: [Key] = []
        while true {
            skipWhitespace()
            let start = position
            guard let byte = peek() else { throw error("expected a key, found end of file") }
            let name: String
            if byte == UInt8(ascii: "\"") {
                if peek(1) == byte, peek(2) == byte { throw error("a key cannot be a multi-line string") }
                name = try parseBasicString()
            } else if byte == UInt8(ascii: "'") {
                if peek(1) == byte, peek(2) == byte { throw error("a key cannot be a multi-line string") }
                name = try parseLiteralString()
            } else if Self.isBareKeyByte(byte) {
                while let next = peek(), Self.isBareKeyByte(next) { position += 1 }
                name = String(decoding: bytes[start..<position], as: UTF8.self)
            } else {
                throw error("expected a key\(foundDescription)")
            }
            keys.append(Key(name: name, offset: start))
            guard keys.count <= Self.maxDepth else { throw error("dotted key with more than \(Self.maxDepth) parts", at: start) }
            skipWhitespace()
            guard peek() == UInt8(ascii: ".") else { return keys }
            position += 1
        }
    }
}

import MarginEngine
import Testing
@testable import MarketData

/// `SymbolTable` interning: the in-place byte comparison (word at a time, the last word
/// overlapping) must tell apart symbols that differ in any single byte, at every length around
/// the 8-byte word size, and the per-id flags must agree with the validation rules.
struct SymbolTableTests {
    func intern(_ text: String, in table: inout SymbolTable) -> Int? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else {
                var empty: UInt8 = 0
                return withUnsafePointer(to: &empty) { table.intern(ByteSpan(start: $0, count: 0)) }
            }
            return table.intern(ByteSpan(start: base, count: buffer.count))
        }
    }

    /// For each length 1…24: a base symbol and one variant per byte position (that byte changed).
    /// All are distinct, so they get ids 0, 1, 2, … in first-seen order; interning any of them
    /// again gives its first id back.
    @Test func everySingleByteDifferenceIsSeen() {
        var table = SymbolTable(maximumCount: 10_000)
        var symbols: [String] = []
        for length in 1...24 {
            let base = String((0..<length).map { Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8($0 % 26))) })
            symbols.append(base)
            for position in 0..<length {
                var bytes = Array(base.utf8)
                bytes[position] = UInt8(ascii: "z")
                symbols.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        // A prefix of another symbol is a different symbol too.
        symbols += ["BTC-PERPETUAL", "BTC-PERPETUA", "BTC-PERPETUALS", "BTC-30JAN26-75000-P", "BTC-30JAN26-75000-C"]
        #expect(Set(symbols).count == symbols.count)
        for (expected, symbol) in symbols.enumerated() {
            #expect(intern(symbol, in: &table) == expected, "\(symbol)")
        }
        for (expected, symbol) in symbols.enumerated().reversed() {
            #expect(intern(symbol, in: &table) == expected, "again \(symbol)")
            #expect(table.entries[expected].symbol == symbol)
        }
    }

    /// The flags read on the row path equal the entry's: `-C`/`-P` endings are options, a space or
    /// a comma makes a symbol invalid, the empty symbol is invalid.
    @Test func flagsMatchTheRules() {
        var table = SymbolTable(maximumCount: 100)
        let cases: [(String, valid: Bool, option: Bool)] = [
            ("BTC-27MAR26-100000-C", true, true), ("ETH-27MAR26-3000-P", true, true), ("BTC-PERPETUAL", true, false),
            ("BTC USD", false, false), ("A,B", false, false), ("", false, false), ("-C", true, false),
        ]
        for (text, valid, option) in cases {
            guard let id = intern(text, in: &table) else { Issue.record("\(text) not interned"); continue }
            #expect(table.isValid(id) == valid, "\(text)")
            #expect(table.isOption(id) == option, "\(text)")
            #expect(table.entries[id].isValid == valid && table.entries[id].isOption == option, "\(text)")
        }
    }

    /// The successor guess (the symbol that followed last time) only saves the hash: a tape that
    /// repeats its symbols in order, changes the order, drops and adds symbols, and repeats one
    /// symbol gets the ids of first-seen order every time, as a table without guesses would.
    @Test func successorGuessesNeverChangeAnID() {
        var table = SymbolTable(maximumCount: 1_000)
        var generator = SeededRandom(seed: 3)
        let universe = (0..<40).map { "SYM-\($0)-\(String(repeating: "X", count: $0 % 13))" }
        var firstSeen: [String: Int] = [:]
        var order = Array(universe.prefix(20))
        var wrong: [String] = []
        for round in 0..<200 {
            if round % 10 == 9 {  // a new moment shape: swap two, drop one, add one
                let a = Int(generator.next() % UInt64(order.count)), b = Int(generator.next() % UInt64(order.count))
                order.swapAt(a, b)
                order.remove(at: Int(generator.next() % UInt64(order.count)))
                order.insert(universe[Int(generator.next() % UInt64(universe.count))], at: Int(generator.next() % UInt64(order.count)))
            }
            for symbol in order + [order[0], order[0]] {
                let expected = firstSeen[symbol] ?? firstSeen.count
                firstSeen[symbol] = expected
                if intern(symbol, in: &table) != expected { wrong.append("\(round) \(symbol)") }
            }
        }
        let wrongCount = wrong.count
        #expect(wrongCount == 0, "\(wrong.prefix(5))")
    }
}

import Foundation
import Benchmarks
import MarginEngine
import MarketData

/// A native CSV tape drawn from fuzz bytes for a book: 4 bytes a row (symbol, field, price move,
/// time step). Prices are the book's times e^((b−128)/32) (about ×0.02 … ×50), or now and then
/// an absurd value (0, negative, 1e308, NaN, infinity, a subnormal); timestamps advance by
/// 0–255 s from the book's time, or now and then jump to an absurd value (negative, Int64.max).
enum RandomTape {
    static let absurdPrices = ["0", "-1", "1e308", "nan", "inf", "5e-324", "1e-300", "-0"]
    static let absurdTimes: [Int64] = [-5, Int64.max, Int64.min + 1, 0, -9_223_372_036_854_775_807, 7_258_118_400_000_001]

    static func text(book: BenchmarkBook, input: inout ByteInput) -> String {
        let symbols = symbolsAndPrices(book)
        var text = NativeTapeSpec.csvHeader + "\n"
        var time = book.market.timestampMicros
        var rows = 0
        while !input.isAtEnd, rows < 200, !symbols.isEmpty {
            let pick = symbols[Int(input.byte()) % symbols.count]
            let field = Int(input.byte() % 7)
            let move = input.byte()
            let step = input.byte()
            let timestamp: Int64
            if step >= 250 {
                timestamp = absurdTimes[Int(step - 250) % absurdTimes.count]
            } else {
                time += Int64(step) * 1_000_000
                timestamp = time
            }
            let price = move >= 248 ? absurdPrices[Int(move - 248)] : String(pick.price * exp(Double(Int(move) - 128) / 32))
            var fields = Array(repeating: "", count: 7)
            fields[pick.isOption ? [3, 6][field % 2] : field] = pick.isOption && field % 2 == 0 ? String(Double(move) / 100) : price
            text += "\(timestamp),\(pick.symbol),\(fields.joined(separator: ","))\n"
            rows += 1
        }
        return text
    }

    /// The book's tape symbols with a reference price: perps/futures (mark), index symbols
    /// (`BTC-USD`), options (forward; the field drawn sets iv or underlying).
    static func symbolsAndPrices(_ book: BenchmarkBook) -> [(symbol: String, price: Double, isOption: Bool)] {
        var result: [(symbol: String, price: Double, isOption: Bool)] = []
        for (coin, price) in book.market.indexUSD.sorted(by: { $0.key < $1.key }) {
            result.append((SymbolMap.indexSymbol(forUnderlying: coin), price, false))
        }
        for position in book.account.positions {
            let name = position.instrument.name
            if let mark = book.market.marksUSD[name] {
                result.append((name, mark, false))
            } else if let forward = position.instrument.forwardSymbol.flatMap({ book.market.forwardsUSD[$0] }) {
                result.append((name, forward, true))
            }
        }
        return result
    }
}

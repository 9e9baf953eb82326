import Testing
@testable import MarginConfig

/// Hand-picked valid TOML 1.0 documents and the values they must read to.
struct TOMLValueReadingTests {
    func read(_ text: String) throws -> TOMLTable { try TOMLDocument.parse(text) }

    @Test func keysBareQuotedAndDotted() throws {
        let table = try read("""
        bare_key-1 = 1
        "quoted key" = 2
        'lit"eral' = 3
        "" = 4
        site."google.com".up = true
        a . b . c = 5
        1.2 = "dotted digits"
        """)
        #expect(table["bare_key-1"] == .integer(1))
        #expect(table["quoted key"] == .integer(2))
        #expect(table["lit\"eral"] == .integer(3))
        #expect(table[""] == .integer(4))
        #expect(table["site"]?.table?["google.com"]?.table?["up"] == .bool(true))
        #expect(table["a"]?.table?["b"]?.table?["c"] == .integer(5))
        #expect(table["1"]?.table?["2"] == .string("dotted digits"))
    }

    @Test func basicStringEscapes() throws {
        let table = try read(#"s = "tab\there \"q\" \\ \b\f\n\r \u00E9 \U0001F600 é""#)
        #expect(table["s"] == .string("tab\there \"q\" \\ \u{08}\u{0C}\n\r é 😀 é"))
    }

    @Test func multilineBasicStrings() throws {
        let table = try read("""
        a = \"\"\"
        Roses\\n \\
             are red\"\"\"
        b = \"\"\"two "" quotes and one at the end\"\"\"\"
        c = \"\"\"\"\"\"
        """)
        #expect(table["a"] == .string("Roses\n are red"))
        #expect(table["b"] == .string("two \"\" quotes and one at the end\""))
        #expect(table["c"] == .string(""))
    }

    @Test func literalStrings() throws {
        let table = try read("""
        path = 'C:\\Users\\nodejs'
        regex = '''
        I [dw]on't need \\d{2} apples'''
        quotes = '''''two'''''
        """)
        #expect(table["path"] == .string("C:\\Users\\nodejs"))
        #expect(table["regex"] == .string("I [dw]on't need \\d{2} apples"))
        #expect(table["quotes"] == .string("''two''"))
    }

    @Test func integers() throws {
        let table = try read("""
        a = +99
        b = -17
        c = 1_000_000
        d = 0xDEAD_beef
        e = 0o755
        f = 0b1101_0110
        g = 9_223_372_036_854_775_807
        h = -9223372036854775808
        i = -0
        """)
        #expect(table["a"] == .integer(99))
        #expect(table["b"] == .integer(-17))
        #expect(table["c"] == .integer(1_000_000))
        #expect(table["d"] == .integer(0xDEAD_BEEF))
        #expect(table["e"] == .integer(0o755))
        #expect(table["f"] == .integer(0b1101_0110))
        #expect(table["g"] == .integer(Int.max))
        #expect(table["h"] == .integer(Int.min))
        #expect(table["i"] == .integer(0))
    }

    @Test func floats() throws {
        let table = try read("""
        a = +1.5
        b = -0.01
        c = 5e+22
        d = 1E06
        e = -2_0.0_1e-0_2
        f = inf
        g = -inf
        h = nan
        i = 0e0
        """)
        #expect(table["a"] == .float(1.5))
        #expect(table["b"] == .float(-0.01))
        #expect(table["c"] == .float(5e22))
        #expect(table["d"] == .float(1e6))
        #expect(table["e"] == .float(-20.01e-2))
        #expect(table["f"] == .float(.infinity))
        #expect(table["g"] == .float(-.infinity))
        #expect(table["h"]?.double?.isNaN == true)
        #expect(table["i"] == .float(0))
    }

    @Test func datesAndTimes() throws {
        let table = try read("""
        odt = 1979-05-27T07:32:00.999999-07:30
        utc = 1979-05-27 07:32:00z
        ldt = 1979-05-27t07:32:00
        ld = 2024-02-29
        lt = 00:32:00.1234567891
        """)
        let date = TOMLDate(year: 1979, month: 5, day: 27)
        #expect(table["odt"] == .dateTime(TOMLDateTime(date: date, time: TOMLTime(hour: 7, minute: 32, second: 0, nanosecond: 999_999_000),
                                                       offsetMinutes: -450)))
        #expect(table["utc"] == .dateTime(TOMLDateTime(date: date, time: TOMLTime(hour: 7, minute: 32, second: 0), offsetMinutes: 0)))
        #expect(table["ldt"] == .dateTime(TOMLDateTime(date: date, time: TOMLTime(hour: 7, minute: 32, second: 0), offsetMinutes: nil)))
        #expect(table["ld"] == .date(TOMLDate(year: 2024, month: 2, day: 29)))
        #expect(table["lt"] == .time(TOMLTime(hour: 0, minute: 32, second: 0, nanosecond: 123_456_789)))
    }

    @Test func arraysMixAndSpanLines() throws {
        let table = try read("""
        mixed = [ 1, "two", [3.0], { four = 4 }, ]
        lines = [
          1, # one
          2
        ]
        empty = []
        """)
        #expect(table["mixed"] == .array([.integer(1), .string("two"), .array([.float(3)]), .table(TOMLTable(["four": .integer(4)]))]))
        #expect(table["lines"] == .array([.integer(1), .integer(2)]))
        #expect(table["empty"] == .array([]))
    }

    @Test func tablesImplicitParentsAndArraysOfTables() throws {
        let table = try read("""
        [x.y.z]
        v = 1
        [x]
        w = 2
        [fruit]
        apple.color = "red"
        [fruit.apple.texture]
        smooth = true
        [[products]]
        name = "Hammer"
        [[products]]
        [[products.parts]]
        n = 1
        [products.extra]
        k = 'v'
        """)
        #expect(table["x"]?.table?["y"]?.table?["z"]?.table?["v"] == .integer(1))
        #expect(table["x"]?.table?["w"] == .integer(2))
        #expect(table["fruit"]?.table?["apple"]?.table?["texture"]?.table?["smooth"] == .bool(true))
        let products = try #require(table["products"]?.array)
        #expect(products.count == 2)
        #expect(products[0].table?["name"] == .string("Hammer"))
        #expect(products[1].table?["parts"]?.array == [.table(TOMLTable(["n": .integer(1)]))])
        #expect(products[1].table?["extra"]?.table?["k"] == .string("v"))
    }

    @Test func commentsWhitespaceCRLFAndBOM() throws {
        let table = try TOMLDocument.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("# c\r\n\ta = 1 # x\r\n  [t] # y\r\nb=2".utf8))
        #expect(table["a"] == .integer(1))
        #expect(table["t"]?.table?["b"] == .integer(2))
    }
}

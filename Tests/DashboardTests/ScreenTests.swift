import Testing
@testable import Dashboard

@Suite struct ScreenTests {
    @Test func truncatesWithEllipsis() {
        var screen = Screen(width: 10, height: 1)
        screen.text("BTC_USDC-27MAR26", x: 0, y: 0, maxWidth: 8)
        #expect(screen.render(plain: true) == ["BTC_USD…  "])
    }

    @Test func wideCharactersTakeTwoCellsAndNeverSplit() {
        var screen = Screen(width: 6, height: 1)
        screen.text("日本語", x: 0, y: 0, maxWidth: 5)
        #expect(screen.render(plain: true) == ["日本… "])
        #expect(screen[1, 0].isContinuation)
    }

    @Test func clipsOutsideTheGrid() {
        var screen = Screen(width: 4, height: 1)
        screen.text("abcdef", x: 2, y: 0)
        screen.text("zz", x: -1, y: 5)
        #expect(screen.render(plain: true) == ["  a…"])
    }

    @Test func barsUseEighthsOrASCII() {
        var unicode = Screen(width: 4, height: 1)
        unicode.hbar(x: 0, y: 0, width: 4, fraction: 0.5 + 1.0 / 32, style: .plain)
        #expect(unicode.render(plain: true) == ["██▏·"])
        var ascii = Screen(width: 4, height: 1, glyphs: .ascii)
        ascii.hbar(x: 0, y: 0, width: 4, fraction: 0.625, style: .plain)
        #expect(ascii.render(plain: true) == ["##=."])
    }

    @Test func sparklineScalesToMinMax() {
        var screen = Screen(width: 8, height: 1)
        screen.sparkline([0, 1, 2, 3, 4, 5, 6, 7], x: 0, y: 0, width: 8, style: .plain)
        #expect(screen.render(plain: true) == ["▁▂▃▄▅▆▇█"])
    }

    @Test func boxWithTitle() {
        var screen = Screen(width: 12, height: 3)
        screen.box(screen.bounds, title: "Risk")
        #expect(screen.render(plain: true) == ["┌─ Risk ───┐", "│          │", "└──────────┘"])
    }

    @Test func compactNumbers() {
        #expect(NumberFormat.compact(1_234_567) == "1.23M")
        #expect(NumberFormat.compact(45_600) == "45.6k")
        #expect(NumberFormat.compact(-999.96) == "-1.00k")
        #expect(NumberFormat.compact(456_000) == "456k")
        #expect(NumberFormat.compact(12.345, signed: true) == "+12.3")
        #expect(NumberFormat.compact(0) == "0")
        #expect(NumberFormat.compact(-12_345, signed: true, fitting: 4) == "-12k")
        #expect(NumberFormat.price(65_666.19) == "65,666")
        #expect(NumberFormat.price(3_402.5) == "3,403")
        #expect(NumberFormat.price(455.04) == "455.0")
        #expect(NumberFormat.price(0.02981) == "0.0298")
        #expect(NumberFormat.percent(0.7234) == "72.3%")
        #expect(NumberFormat.compact(.nan) == "-")
    }
}

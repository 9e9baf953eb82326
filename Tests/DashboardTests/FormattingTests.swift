import MarginEngine
import Testing
import Benchmarks
@testable import Dashboard

/// Tape times with dates, ∞ one way everywhere, and wrapping that never cuts.
@Suite struct FormattingTests {
    /// 2022-11-08T14:03:21Z = 1,667,916,201 s; 2022-11-09T00:00:00Z = 1,667,952,000 s;
    /// 2022-11-08T23:59:59Z = 1,667,951,999 s (from the calendar: 19,304 days × 86,400 s + 14 h 3 min 21 s).
    static let nov8 = Int64(1_667_916_201) * 1_000_000
    static let nov9Midnight = Int64(1_667_952_000) * 1_000_000
    static let nov8LastSecond = Int64(1_667_951_999) * 1_000_000

    @Test func timeOnlyWithinOneDay() {
        let format = TapeTimeFormat(tapeMicros: Self.nov8LastSecond, times: [Self.nov8, Self.nov8LastSecond])
        #expect(!format.showsDate)
        #expect(format.string(Self.nov8) == "14:03:21")
        #expect(format.string(Self.nov8LastSecond) == "23:59:59")
    }

    /// One event on another day than the tape clock: every time carries its month-day.
    @Test func dateWhenTheListSpansDays() {
        let format = TapeTimeFormat(tapeMicros: Self.nov9Midnight, times: [Self.nov8, Self.nov9Midnight])
        #expect(format.showsDate)
        #expect(format.string(Self.nov8) == "11-08 14:03:21")
        #expect(format.string(Self.nov9Midnight) == "11-09 00:00:00")
        // An event not on the tape's day, alone, is dated too.
        #expect(TapeTimeFormat(tapeMicros: Self.nov9Midnight, times: [Self.nov8LastSecond]).string(Self.nov8LastSecond)
                == "11-08 23:59:59")
    }

    /// Before 1970 the day is floored: −1 s is 1969-12-31 23:59:59.
    @Test func beforeTheEpoch() {
        let format = TapeTimeFormat(tapeMicros: 0, times: [-1_000_000])
        #expect(format.showsDate && format.string(-1_000_000) == "12-31 23:59:59")
    }

    /// Alert rows from the engine's events use the format: a month-long tape's alerts carry dates.
    @Test func alertRowsCarryDates() {
        let event = LiquidationEvent(kind: .alert, timeMicros: Self.nov8, mode: .cross, account: "a", level: .warning,
                                     equityBeforeUSD: 1_000, equityAfterUSD: 1_000, utilizationBefore: 0.86, utilizationAfter: 0.86)
        let dated = DashboardViewModel.alertRow(event, times: TapeTimeFormat(showsDate: true))
        #expect(dated.time == "11-08 14:03:21")
        #expect(DashboardViewModel.alertRow(event).time == "14:03:21")
        #expect(dated.message == "warning: account utilization 86.0%")
        #expect(dated.details.map(\.label) == ["mode", "level", "equity", "utilization"])
        #expect(dated.details.last?.value == "86.0%")
    }

    /// ∞: one text from one function, never a capped 999.0% or a `-`.
    @Test func infinityIsOneText() {
        #expect(NumberFormat.percent(.infinity) == "∞")
        #expect(NumberFormat.percent(-.infinity) == "-∞")
        #expect(NumberFormat.percent(.nan) == "-")
        #expect(NumberFormat.percent(9.99) == "999.0%")   // a finite 999% is still a number
        #expect(NumberFormat.percent(12.5) == "1250%")
        #expect(NumberFormat.percent(0.7234, decimals: 0) == "72%" && NumberFormat.percent(.infinity, decimals: 0) == "∞")
        let event = LiquidationEvent(kind: .alert, timeMicros: 0, mode: .cross, account: "a", level: .liquidation,
                                     equityBeforeUSD: -5, equityAfterUSD: -5, utilizationBefore: .infinity, utilizationAfter: .infinity)
        let row = DashboardViewModel.alertRow(event)
        #expect(row.message == "liquidation: account utilization ∞")
        #expect(row.details.last?.value == "∞")
    }

    /// The stress popup and the header show ∞ for an unbounded utilization (ASCII: `inf`).
    @Test func infinityInStressPopupAndHeader() {
        var model = SampleViewModel.make()
        let blown = StressOutcome(pnlUSD: -2e6, equityUSD: -1e6, maintenanceMarginUSD: 5e5, utilization: .infinity)
        model.stressScenarios[0].outcome = PerMode(isolated: blown, cross: blown, portfolio: blown)
        model.header.figures.cross.utilization = .infinity
        model.header.alertUtilization = nil
        var state = DashboardState()
        state.overlay = .stressPicker
        for (glyphs, glyph) in [(Glyphs.unicode, "∞"), (.ascii, "inf")] {
            let lines = DashboardRenderer.compose(model, state: state, width: 120, height: 40, glyphs: glyphs).render(plain: true)
            let popup = lines.filter { $0.contains("LIQUIDATED") }
            #expect(popup.count == 3 && popup.allSatisfy { $0.contains(" \(glyph) ") }, "\(popup)")
            #expect(lines[2].contains("\(glyph) DANGER"), "\(lines[2])")
            #expect(!lines.joined().contains("999"))
        }
    }

    /// An unbounded utilization fills its bar (it used to draw an empty one); NaN draws none.
    @Test func infiniteBarIsFull() {
        var screen = Screen(width: 4, height: 2)
        screen.hbar(x: 0, y: 0, width: 4, fraction: .infinity, style: .plain)
        screen.hbar(x: 0, y: 1, width: 4, fraction: .nan, style: .plain)
        #expect(screen.render(plain: true) == ["████", "····"])
    }

    @Test func wrapNeverCuts() {
        let screen = Screen(width: 10, height: 1)
        #expect(screen.wrapped("liquidated 0.25 BTC-PERPETUAL", width: 12) == ["liquidated", "0.25", "BTC-PERPETUA", "L"])
        #expect(screen.wrapped("a b c", width: 3) == ["a b", "c"])
        #expect(screen.wrapped("", width: 5) == [""])
        #expect(Screen(width: 10, height: 1, glyphs: .ascii).wrapped("util ∞", width: 20) == ["util inf"])
    }
}

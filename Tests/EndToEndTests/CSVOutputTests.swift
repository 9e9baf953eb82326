import Foundation
import Testing

/// Issue 11: `--csv` for the margin, replay and stress tables — the same figures as the JSON.
@Suite struct CSVOutputTests {
    /// Splits RFC 4180 text (no quoted line breaks in these outputs) into rows of cells.
    static func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").map { line in
            var cells: [String] = [], cell = "", quoted = false
            var characters = Array(line)[...]
            while let character = characters.popFirst() {
                if quoted {
                    if character == "\"" {
                        if characters.first == "\"" { cell.append("\""); characters.removeFirst() } else { quoted = false }
                    } else { cell.append(character) }
                } else if character == "\"" { quoted = true }
                else if character == "," { cells.append(cell); cell = "" }
                else { cell.append(character) }
            }
            cells.append(cell)
            return cells
        }
    }

    @Test func marginCSVMatchesJSON() throws {
        let csv = try CLIRunner.run(["margin", "--portfolio", "examples/demo.toml", "--csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = Self.rows(csv.stdout)
        let header = try #require(rows.first)
        #expect(header.first == "mode" && header.contains("instrument") && header.contains("position_maintenance_margin_usd"))
        #expect(rows.count == 1 + 12)   // the demo book's 12 positions, cross mode
        #expect(rows.allSatisfy { $0.count == header.count })
        let json = try jsonObject(try CLIRunner.run(["margin", "--portfolio", "examples/demo.toml", "--json"]).stdout)
        let positions = try #require(json["positions"] as? [[String: Any]])
        let column = try #require(header.firstIndex(of: "position_maintenance_margin_usd"))
        let instrument = try #require(header.firstIndex(of: "instrument"))
        for (row, position) in zip(rows.dropFirst(), positions) {
            #expect(row[instrument] == position["instrument"] as? String)
            // Foundation's JSON reader may round the last digit; the CSV keeps Swift's shortest form.
            let csvValue = try #require(Double(row[column])), jsonValue = try #require(position["maintenance_margin_usd"] as? Double)
            #expect(abs(csvValue - jsonValue) <= 1e-12 * max(1, abs(jsonValue)))
        }
    }

    @Test func replayAndStressCSV() throws {
        let replay = try CLIRunner.run(["replay", "examples/crash-tape.csv", "--portfolio", "examples/demo.toml", "--csv"])
        #expect(replay.status == 0, "\(replay.stderr)")
        let rows = Self.rows(replay.stdout)
        #expect(rows.first?.prefix(3) == ["mode", "account", "survived"])
        #expect(rows.dropFirst().map { $0[0] } == ["isolated", "cross", "portfolio"])
        let stress = try CLIRunner.run(["stress", "--portfolio", "examples/demo.toml", "--scenario", "2020-03-12", "--csv"])
        #expect(stress.status == 0, "\(stress.stderr)")
        let stressRows = Self.rows(stress.stdout)
        #expect(stressRows.first?.first == "scenario" && stressRows.count >= 3)
        #expect(stressRows.dropFirst().allSatisfy { $0[0] == "2020-03-12" && ($0.last == "true" || $0.last == "false") })
        let both = try CLIRunner.run(["margin", "--portfolio", "examples/demo.toml", "--csv", "--json"])
        #expect(both.status != 0 && both.stderr.contains("--json and --csv: choose one"))
    }
}

import Foundation
import Testing

/// `xmargin margin --venue` and venue-tagged accounts end to end (the real binary, its JSON and CSV).
struct VenueCommandTests {
    static let book = "examples/venues.toml"

    /// The same book under every venue. Hand-checked numbers for the Hyperliquid account
    /// (short 4.5 BTCUSDT marked 93,660 → notional 421,470 USD): Hyperliquid MM = notional / (2 × 40)
    /// = 5,268.375; dYdX IM = 2% = 8,429.40, MM = 1.2% = 5,057.64 (bundled parameters, sources in the catalogue).
    @Test func everyVenueSideBySide() throws {
        let result = try CLIRunner.run(["margin", "--portfolio", Self.book, "--venue", "all", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try result.json()
        let accounts = try #require(root["accounts"] as? [[String: Any]])
        #expect(accounts.map { $0["account"] as? String } == ["deribit-options", "binance-basis", "hyperliquid-hedge", "dydx-eth", "derive-eth"])
        for account in accounts {
            let venues = try #require(account["venues"] as? [[String: Any]])
            #expect(venues.map { $0["venue"] as? String } == ["deribit", "deribit-pm", "binance", "hyperliquid", "dydx", "derive"])
            let marked = venues.filter { $0["cheapest"] as? Bool == true }
            #expect(marked.count == 1 && marked.first?["venue"] as? String == account["cheapest"] as? String)
            #expect(marked.first?["complete"] as? Bool == true)
            for venue in venues {
                for key in ["equity_usd", "initial_margin_usd", "maintenance_margin_usd", "utilization", "liquidation_levels",
                            "unlisted", "unlisted_count", "unlisted_notional_usd"] {
                    #expect(venue[key] != nil, "missing \(key)")
                }
            }
        }
        // The options account: the short call is not listed on the perpetuals-only venues — counted,
        // not zeroed; Derive lists BTC options and takes BTC collateral, so it margins the whole book.
        let options = try #require(accounts.first?["venues"] as? [[String: Any]])
        let derive = try #require(options.first { $0["venue"] as? String == "derive" })
        #expect(derive["complete"] as? Bool == true && (derive["maintenance_margin_usd"] as? Double ?? 0) > 0)
        for venue in options where !(venue["venue"] as? String ?? "").hasPrefix("deribit") && venue["venue"] as? String != "derive" {
            #expect(venue["complete"] as? Bool == false && venue["unlisted_count"] as? Int == 1)
            let unlisted = try #require(venue["unlisted"] as? [[String: Any]])
            #expect(unlisted.first?["instrument"] as? String == "BTC-27MAR26-110000-C")
            #expect((unlisted.first?["reason"] as? String)?.hasPrefix("not listed on ") == true)
            #expect(abs((unlisted.first?["notional_usd"] as? Double ?? 0) - 5 * 93_640) < 1e-6)
        }
        let hedge = try #require(accounts[2]["venues"] as? [[String: Any]])
        let hyperliquid = try #require(hedge.first { $0["venue"] as? String == "hyperliquid" })
        #expect(abs((hyperliquid["maintenance_margin_usd"] as? Double ?? 0) - 5_268.375) < 1e-6)
        let dydx = try #require(hedge.first { $0["venue"] as? String == "dydx" })
        #expect(abs((dydx["initial_margin_usd"] as? Double ?? 0) - 8_429.40) < 1e-6)
        #expect(abs((dydx["maintenance_margin_usd"] as? Double ?? 0) - 5_057.64) < 1e-6)
        #expect((dydx["positions"] as? [[String: Any]])?.first?["instrument"] as? String == "BTC-USD")
        let up = ((dydx["liquidation_levels"] as? [String: Any])?["BTC"] as? [String: Any])?["up"] as? Double
        #expect(up != nil)
    }

    @Test func tableMarksTheCheapestAndIncompleteVenues() throws {
        let result = try CLIRunner.run(["margin", "--portfolio", Self.book, "--venue", "all"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("VENUES — account deribit-options"))
        #expect(result.stdout.contains("* cheapest: deribit-pm"))
        #expect(result.stdout.contains("hyperliquid: book incomplete — not listed on hyperliquid: BTC-27MAR26-110000-C"))
        #expect(result.stdout.contains("1 (468,200.00 USD): incomplete"))
    }

    /// `--venue all --group`: the whole desk as one book comes last, where BTC longs and shorts net.
    @Test func venueComparisonWithTheGroupBook() throws {
        let result = try CLIRunner.run(["margin", "--portfolio", Self.book, "--venue", "dydx", "--group", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let accounts = try #require(try result.json()["accounts"] as? [[String: Any]])
        #expect(accounts.count == 6)
        #expect((accounts.last?["account"] as? String)?.hasPrefix("group(deribit-options+") == true)
        let separate = accounts.dropLast().compactMap { ($0["venues"] as? [[String: Any]])?.first?["initial_margin_usd"] as? Double }
        let together = try #require((accounts.last?["venues"] as? [[String: Any]])?.first?["initial_margin_usd"] as? Double)
        #expect(separate.count == 5 && together < separate.reduce(0, +))
    }

    @Test func oneVenueAsCSV() throws {
        let result = try CLIRunner.run(["margin", "--portfolio", Self.book, "--venue", "dydx", "--csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "account,venue,cheapest,complete,equity_usd,initial_margin_usd,maintenance_margin_usd,utilization,unlisted_count,unlisted_notional_usd,underlying,liquidation_down_usd,liquidation_up_usd")
        // Accounts × underlyings: BTC; BTC, ETH; BTC; ETH; ETH.
        #expect(lines.count == 1 + 6)
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false)[1] == "dydx" })
        #expect(lines[1].hasPrefix("deribit-options,dydx,false,false,"))
    }

    /// Tagged accounts on their own venues, and `--group` as one cross-venue portfolio: the saving
    /// is the separate sum minus the group's requirement, on IM and on MM.
    @Test func groupAcrossVenues() throws {
        let result = try CLIRunner.run(["margin", "--portfolio", Self.book, "--group", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try result.json()
        let members = try #require(root["venue_accounts"] as? [[String: Any]])
        #expect(members.map { $0["venue"] as? String } == ["deribit", "binance", "hyperliquid", "dydx", "derive"])
        let group = try #require(root["cross_venue_group"] as? [String: Any])
        #expect(group["group_venue"] as? String == "deribit-pm")
        let groupReport = try #require(group["group"] as? [String: Any])
        let saved = try #require(group["saved_by_cross_venue_netting"] as? [String: Double])
        for (key, separate) in [("initial_margin_usd", "separate_initial_margin_usd"), ("maintenance_margin_usd", "separate_maintenance_margin_usd")] {
            let sum = members.reduce(0.0) { $0 + ($1[key] as? Double ?? .nan) }
            #expect(abs(sum - (group[separate] as? Double ?? .nan)) < 1e-6)
            #expect(abs((saved[key] ?? .nan) - (sum - (groupReport[key] as? Double ?? .nan))) < 1e-6)
        }
        #expect((group["custodian_haircut_usd"] as? Double ?? 0) > 0)
        let byVenue = try #require(group["custodian_haircut_by_venue_usd"] as? [String: Double])
        #expect(Set(byVenue.keys) == ["deribit", "binance", "hyperliquid", "dydx", "derive"])
        // dYdX holds 80,000 USDC at a 3% custodian haircut (bundled assumption): 2,400 USD.
        #expect(abs((byVenue["dydx"] ?? 0) - 2_400) < 1e-9)
        // Derive holds 60,000 USDC and 5 ETH at index 3,135 (catalogue haircut 0 on both) at a 3% custodian haircut.
        #expect(abs((byVenue["derive"] ?? 0) - 0.03 * (60_000 + 5 * 3_135)) < 1e-6)
        #expect(abs(byVenue.values.reduce(0, +) - (group["custodian_haircut_usd"] as? Double ?? 0)) < 1e-6)
        let table = try CLIRunner.run(["margin", "--portfolio", Self.book, "--group", "--group-venue", "deribit"])
        #expect(table.stdout.contains("CROSS-VENUE GROUP — all accounts as one portfolio under deribit"))
        #expect(table.stdout.contains("capital cross-venue netting would save: IM "))
    }

    @Test func untaggedFilesAreUnchangedAndBadNamesRejected() throws {
        let plain = try CLIRunner.run(["margin", "--portfolio", "examples/demo.toml", "--json"])
        #expect(plain.status == 0)
        let root = try plain.json()
        #expect(root["venue_accounts"] == nil && root["cross_venue_group"] == nil)
        let bad = try CLIRunner.run(["margin", "--portfolio", Self.book, "--venue", "ftx"])
        #expect(bad.status != 0 && bad.stderr.contains("ftx"))
    }
}

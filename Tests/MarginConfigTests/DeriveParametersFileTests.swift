import Testing
@testable import MarginConfig
@testable import MarginEngine

/// The bundled Derive PM2 parameters, key-by-key overrides, errors that name the key.
@Suite struct DeriveParametersFileTests {
    @Test func bundledParsesWithDerivesMainnetValues() throws {
        let p = try DeriveParametersFile.bundled()
        #expect(p.scenarios.count == 33)
        #expect(p.scenarios.filter { $0.kind == .regular }.count == 23)
        #expect(p.scenarios.filter { $0.kind == .tail }.count == 8 && p.scenarios.filter { $0.kind == .skew }.count == 2)
        #expect(p.scenarios[0] == DeriveScenario(spotShock: 1.18, volShock: .up, dampening: 1))
        #expect(p.scenarios[23] == DeriveScenario(spotShock: 0.34, volShock: .up, dampening: 0.21))
        #expect(p.margin.mmFactor == 0.8 && p.margin.imFactor == 1 && p.margin.longBaseStaticDiscount == 1.05)
        #expect(p.volShock.volRangeUp == 0.5 && p.volShock.minVolUpShock == 0.4 && p.volShock.dteFloorDays == 1)
        #expect(p.basisContingency.scenarioSpotUp == 1.045 && p.basisContingency.multFactor == 2)
        #expect(p.otherContingency.mmPerpPercent == 0.03 && p.otherContingency.pegLossFactor == 4)
        #expect(p.skewShock.linearBaseCap == 0.25 && p.skewShock.linearCBase == -0.1)
        #expect(p.collaterals["BTC"] == DeriveCollateralParameters(mmHaircut: 0.02, imHaircut: 0.01, riskCancellingMarkets: ["BTC"]))
        #expect(p.collaterals["USDT"]?.riskCancellingMarkets == [])
    }

    static func shortPut() -> DerivePortfolio {
        DerivePortfolio(market: "BTC", cashUSDC: 20_000, spotPriceUSD: 95_000, expiries: [
            DeriveExpiry(secondsToExpiry: 10 * 86_400, forwardUSD: 95_100, rate: 0.05, options: [
                DeriveOptionHolding(strikeUSD: 90_000, right: .put, amount: -1, vol: 0.5),
            ]),
        ])
    }

    @Test func anOverrideChangesANumberAndKeepsTheRest() throws {
        let bundled = try DeriveParametersFile.bundled()
        let text = """
        [venues.derive.margin]
        mm_factor = 1.0
        [venues.derive.collaterals]
        XAUT = { mm_haircut = 0.1, im_haircut = 0.05 }
        """
        let p = try DeriveParametersFile.parse(text: text, file: "over.toml")
        #expect(p.margin.mmFactor == 1.0 && p.margin.imFactor == bundled.margin.imFactor)
        #expect(p.scenarios == bundled.scenarios && p.volShock == bundled.volShock)
        #expect(p.collaterals["XAUT"]?.mmHaircut == 0.1 && p.collaterals["BTC"] == bundled.collaterals["BTC"])
        let before = try DerivePortfolioMargin.margin(portfolio: Self.shortPut(), parameters: bundled)
        let after = try DerivePortfolioMargin.margin(portfolio: Self.shortPut(), parameters: p)
        #expect(after.maintenanceMarginUSD > before.maintenanceMarginUSD)
        #expect(abs(after.maintenanceMarginUSD - after.contingencies.maintenanceUSD
                    - (before.maintenanceMarginUSD - before.contingencies.maintenanceUSD) / 0.8) < 1e-6)
    }

    @Test func scenariosReplaceTheList() throws {
        let text = """
        [venues.derive]
        scenarios = [{ spot_shock = 0.8, vol_shock = "up" }, { spot_shock = 1.2, vol_shock = "down", dampening = 0.5 }]
        """
        let p = try DeriveParametersFile.parse(text: text, file: "s.toml")
        #expect(p.scenarios == [DeriveScenario(spotShock: 0.8, volShock: .up), DeriveScenario(spotShock: 1.2, volShock: .down, dampening: 0.5)])
    }

    @Test func unknownKeysNameTheirPath() {
        let cases: [(String, String)] = [
            ("[venues.derive.margin]\nmm_factr = 0.9", "venues.derive.margin.mm_factr"),
            ("[venues.derive]\nscenario = []", "venues.derive.scenario"),
            ("[venues.derive.collaterals]\nETH = { mm_haircut = 0.1, im_haircut = 0.1, hedge = true }", "venues.derive.collaterals.ETH.hedge"),
            ("[venues.derive]\nscenarios = [{ spot_shock = 1, vol_shock = \"up\", damping = 1 }]", "venues.derive.scenarios[0].damping"),
        ]
        for (text, location) in cases {
            #expect(throws: ConfigError.self) { try DeriveParametersFile.parse(text: text, file: "bad.toml") }
            do {
                _ = try DeriveParametersFile.parse(text: text, file: "bad.toml")
            } catch {
                #expect(error.location == location)
                #expect(error.message.hasPrefix("unknown key"))
            }
        }
    }

    @Test func valuesAreBoundsChecked() {
        let cases: [(String, String)] = [
            ("[venues.derive.margin]\nim_factor = 0.2", "venues.derive.margin.im_factor"),
            ("[venues.derive.basis_contingency]\nscenario_spot_up = 0.9", "venues.derive.basis_contingency.scenario_spot_up"),
            ("[venues.derive.collaterals]\nETH = { mm_haircut = 0.8, im_haircut = 0.3 }", "venues.derive.collaterals.ETH.im_haircut"),
            ("[venues.derive]\nscenarios = [{ spot_shock = 1, vol_shock = \"sideways\" }]", "venues.derive.scenarios[0].vol_shock"),
            ("[venues.derive.vol_shock]\nvol_range_up = \"big\"", "venues.derive.vol_shock.vol_range_up"),
        ]
        for (text, location) in cases {
            do {
                _ = try DeriveParametersFile.parse(text: text, file: "bad.toml")
                Issue.record("expected an error for \(location)")
            } catch {
                #expect(error.location == location, "\(error)")
            }
        }
    }
}

/// The bundled Derive portfolio-margin ("PM2") parameters, in the `[venues.derive]` TOML schema
/// that `DeriveParametersFile` reads; a catalogue can override any key.
///
/// Sources: github.com/derivexyz/v2-core `scripts/config-mainnet.sol` (`getPMRM2Params`,
/// `getDefaultPM2Scenarios`), commit 7736900d395703c4f675376caa4c315402943831; the scenario table
/// of docs.derive.xyz "Portfolio Margin Parameters" (dampening 1 for every regular scenario).
/// Collateral haircuts: no production table could be read here; the values are those of Derive's
/// PM2 test fixtures for each asset in its own market (v2-core
/// `test/risk-managers/unit-tests/PMRM_2/portfolio_cases/`), marked "assumption".
public enum BundledDeriveCatalogue {
    public static let label = "<bundled Derive catalogue>"

    public static let toml = #"""
    # Derive portfolio margin (PM2). Fractions, not percentages (0.03 = 3 %); times in days.
    [venues.derive]
    # spot multiplier, vol shock (up/down/none/linear/abs), dampening: 23 regular, 8 tail, 2 skew.
    scenarios = [
        { spot_shock = 1.18, vol_shock = "up", dampening = 1 },
        { spot_shock = 1.135, vol_shock = "up", dampening = 1 },
        { spot_shock = 1.135, vol_shock = "none", dampening = 1 },
        { spot_shock = 1.135, vol_shock = "down", dampening = 1 },
        { spot_shock = 1.09, vol_shock = "up", dampening = 1 },
        { spot_shock = 1.09, vol_shock = "none", dampening = 1 },
        { spot_shock = 1.09, vol_shock = "down", dampening = 1 },
        { spot_shock = 1.045, vol_shock = "up", dampening = 1 },
        { spot_shock = 1.045, vol_shock = "none", dampening = 1 },
        { spot_shock = 1.045, vol_shock = "down", dampening = 1 },
        { spot_shock = 1, vol_shock = "up", dampening = 1 },
        { spot_shock = 1, vol_shock = "none", dampening = 1 },
        { spot_shock = 1, vol_shock = "down", dampening = 1 },
        { spot_shock = 0.955, vol_shock = "up", dampening = 1 },
        { spot_shock = 0.955, vol_shock = "none", dampening = 1 },
        { spot_shock = 0.955, vol_shock = "down", dampening = 1 },
        { spot_shock = 0.91, vol_shock = "up", dampening = 1 },
        { spot_shock = 0.91, vol_shock = "none", dampening = 1 },
        { spot_shock = 0.91, vol_shock = "down", dampening = 1 },
        { spot_shock = 0.865, vol_shock = "up", dampening = 1 },
        { spot_shock = 0.865, vol_shock = "none", dampening = 1 },
        { spot_shock = 0.865, vol_shock = "down", dampening = 1 },
        { spot_shock = 0.82, vol_shock = "up", dampening = 1 },
        { spot_shock = 0.34, vol_shock = "up", dampening = 0.21 },
        { spot_shock = 0.67, vol_shock = "up", dampening = 0.42 },
        { spot_shock = 1.5, vol_shock = "up", dampening = 0.2772 },
        { spot_shock = 2.0, vol_shock = "up", dampening = 0.1386 },
        { spot_shock = 3.0, vol_shock = "up", dampening = 0.0693 },
        { spot_shock = 4.0, vol_shock = "up", dampening = 0.0462 },
        { spot_shock = 5.0, vol_shock = "up", dampening = 0.03465 },
        { spot_shock = 6.0, vol_shock = "up", dampening = 0.02772 },
        { spot_shock = 1, vol_shock = "linear", dampening = 1 },
        { spot_shock = 1, vol_shock = "abs", dampening = 1 },
    ]

    [venues.derive.vol_shock]
    vol_range_up = 0.5          # vols × (1 + 0.5·m), m = (30 d / max(T, dte_floor))^power
    vol_range_down = 0.3        # vols × max(0, 1 − 0.3·m)
    short_term_power = 0.3      # T ≤ 30 days
    long_term_power = 0.13
    dte_floor_days = 1
    min_vol_up_shock = 0.4      # up-vol scenarios evaluate at ≥ 40 % vol

    [venues.derive.margin]
    im_factor = 1.0             # IM = im_factor × worst loss + contingencies
    mm_factor = 0.8             # MM = mm_factor × worst loss + contingencies
    short_rate_mult_scale = 0
    long_rate_mult_scale = 0
    short_rate_add_scale = 0.16 # per year
    long_rate_add_scale = 0.16
    short_base_static_discount = 0.95
    long_base_static_discount = 1.05

    [venues.derive.basis_contingency]
    scenario_spot_up = 1.045
    scenario_spot_down = 0.955
    add_factor = 0.5
    mult_factor = 2             # per year to expiry

    [venues.derive.other_contingency]
    peg_loss_threshold = 0.99   # USDC price, USD
    peg_loss_factor = 4
    confidence_threshold = 0.55
    confidence_margin = 1
    mm_perp_percent = 0.03      # a fraction of |perp| notional, despite Derive's name
    im_perp_percent = 0.01      # extra, on top of the MM charge
    mm_option_percent = 0.003   # a fraction of naked short notional
    im_option_percent = 0.002

    [venues.derive.skew_shock]
    linear_base_cap = 0.25
    abs_base_cap = 0.25
    linear_c_base = -0.1        # per √year
    abs_c_base = -0.1
    min_k_star = 0.01
    width_scale = 4
    vol_param_static = 0.6
    vol_param_scale = 0

    # Collateral other than USDC cash; im_haircut is charged on top of mm_haircut.
    # Assumption: Derive's PM2 test-fixture haircuts (each asset in its own market).
    [venues.derive.collaterals]
    BTC = { mm_haircut = 0.02, im_haircut = 0.01, risk_cancelling_markets = ["BTC"] }
    CBBTC = { mm_haircut = 0.04, im_haircut = 0.015, risk_cancelling_markets = ["BTC"] }
    LBTC = { mm_haircut = 0.03, im_haircut = 0.015, risk_cancelling_markets = ["BTC"] }
    ETH = { mm_haircut = 0.015, im_haircut = 0.005, risk_cancelling_markets = ["ETH"] }
    WEETH = { mm_haircut = 0.05, im_haircut = 0.01, risk_cancelling_markets = ["ETH"] }
    USDT = { mm_haircut = 0.02, im_haircut = 0.03 }
    DAI = { mm_haircut = 0.08, im_haircut = 0.02 }
    SDAI = { mm_haircut = 0.12, im_haircut = 0.03 }
    USDE = { mm_haircut = 0.2, im_haircut = 0.05 }
    SUSDE = { mm_haircut = 0.25, im_haircut = 0.1 }
    """#
}

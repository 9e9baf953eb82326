/// The bundled portfolio-margin data (DESIGN §5.3), in the catalogue's TOML schema. Every
/// catalogue's `[portfolio_margin]` is read on top of it.
///
/// Sources: Deribit API `private/pme/simulate` parameters and support article "Portfolio Margin"
/// (BTC 2024, ETH 2026 values); Paradex docs for the vol-shock shape. Values marked "assumption"
/// are ours, not a venue's.
public enum BundledPortfolioMarginCatalogue {
    public static let label = "<bundled portfolio-margin catalogue>"

    public static let toml = #"""
    # Deribit BTC portfolio-margin parameters (2024).
    [portfolio_margin.risk_matrix.BTC]
    price_range = 0.16
    buckets_per_side = 4
    vol_shock_up = 0.5
    vol_shock_down = 0.25
    vega_power_short = 0.30           # options under 30 days to expiry
    vega_power_long = 0.13
    min_volatility_for_shock_up = 0.5
    mm_factor = 0.8
    pnl_offset = 1.0
    annualised_move_risk = 0.075
    min_annualised_move = 0.01
    max_delta_shock = 0.1
    delta_total_liq_shock_threshold = 20_000_000
    extended_dampener = 100_000
    extended_moves = [-0.66, -0.33, 0.5, 1.0, 2.0, 3.0, 4.0, 5.0]
    short_option_contingency = 0.0

    # Deribit ETH (2026): published differences from BTC; the rest as BTC (assumption).
    [portfolio_margin.risk_matrix.ETH]
    price_range = 0.18
    vol_shock_up = 0.4
    pnl_offset = 0.6
    extended_dampener = 200_000
    annualised_move_risk = 0.05
    min_annualised_move = 0.005

    # Other currencies (assumption): wider range, otherwise BTC's parameters.
    [portfolio_margin.risk_matrix.default]
    price_range = 0.20

    [portfolio_margin.expected_shortfall]
    method = "monte_carlo"            # or "filtered_historical" (needs --history)
    confidence = 0.99
    horizon_days = 1
    lambda = 0.94                     # RiskMetrics daily decay
    degrees_of_freedom = 5            # Student-t; 0 = normal
    scenarios = 10_000
    seed = 42
    min_history_days = 30
    revaluation = "grid"              # or "full" (every option on every scenario)
    grid_nodes = 24
    maintenance_multiplier = 1.0
    initial_multiplier = 1.25

    # Used when history is missing or too short (assumptions, annualised, 365-day year).
    [portfolio_margin.default_vols]
    BTC = 0.60
    ETH = 0.75
    SOL = 0.95
    default = 0.90

    [portfolio_margin.correlations]
    "BTC/ETH" = 0.85
    "BTC/SOL" = 0.75
    "ETH/SOL" = 0.78
    default = 0.70

    # range = max(price_range, multiplier · σ_EWMA,daily · √horizon_days) (assumption: k = 4).
    [portfolio_margin.dynamic_range]
    multiplier = 4.0
    horizon_days = 1
    maximum = 0.66      # assumption: never wider than the extended scenarios' largest fall

    # Live sessions (dashboard, replay) estimate vol from their own feed: index log returns every
    # sample_seconds of tape time, EWMA covariance with a half_life_hours decay, scaled to a day;
    # portfolio margin re-margins when a vol moved by apply_threshold (fraction). Assumptions.
    [portfolio_margin.live_volatility]
    enabled = true
    sample_seconds = 60
    half_life_hours = 24
    apply_threshold = 0.005

    # Square-root-law liquidity add-on beyond 1% of a day's volume (volumes: assumptions of the
    # order of 2024–2025 Deribit/Binance figures).
    [portfolio_margin.liquidity]
    participation_threshold = 0.01
    impact_coefficient = 1.0

    [portfolio_margin.liquidity.daily_volume_usd]
    "BTC-PERPETUAL" = 1_500_000_000
    "ETH-PERPETUAL" = 600_000_000
    BTCUSDT = 15_000_000_000
    ETHUSDT = 8_000_000_000
    "BTC:inverse_future" = 150_000_000
    "ETH:inverse_future" = 60_000_000
    "BTC:inverse_option" = 20_000_000
    "ETH:inverse_option" = 8_000_000
    BTC = 500_000_000
    ETH = 200_000_000
    SOL = 100_000_000

    # Named stress tests: relative moves per coin (default for others), IVs × multiplier + shift.
    [[portfolio_margin.stress_tests]]
    name = "2020-03-12"
    description = "Black Thursday: BTC −39% in a day, ETH −43%; IVs about doubled"
    price_move = { BTC = -0.39, ETH = -0.43, default = -0.45 }
    vol_multiplier = 2.0

    [[portfolio_margin.stress_tests]]
    name = "2021-05-19"
    description = "May 2021 crash, intraday high to low: BTC −30%, ETH −40%; IVs ×1.8"
    price_move = { BTC = -0.30, ETH = -0.40, default = -0.45 }
    vol_multiplier = 1.8

    [[portfolio_margin.stress_tests]]
    name = "2022-11-09"
    description = "FTX collapse: BTC −14%, ETH −18%, SOL −40%; vol +50%"
    price_move = { BTC = -0.14, ETH = -0.18, SOL = -0.40, default = -0.25 }
    vol_multiplier = 1.5

    [[portfolio_margin.stress_tests]]
    name = "all-down-30-vol-x2"
    description = "Hypothetical: every coin −30%, vol ×2"
    price_move = -0.30
    vol_multiplier = 2.0

    [[portfolio_margin.stress_tests]]
    name = "vol-crush"
    description = "Hypothetical: prices unchanged, implied vols halved"
    price_move = 0.0
    vol_multiplier = 0.5

    [[portfolio_margin.stress_tests]]
    name = "all-up-30"
    description = "Hypothetical short squeeze: every coin +30%, vol ×1.5"
    price_move = 0.30
    vol_multiplier = 1.5
    """#
}

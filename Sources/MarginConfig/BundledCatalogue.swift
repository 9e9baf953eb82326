/// The catalogue shipped with xmargin, as TOML (the same schema a portfolio's `[catalogue]` uses).
///
/// Sources: Binance USDⓈ-M leverage brackets for BTCUSDT and ETHUSDT as published in 2021 (the
/// brackets of Binance's liquidation-price example); Deribit's futures and options margin
/// knowledge-base articles; Hyperliquid's and dYdX's docs for `[venues]` (URLs in the TOML). Values marked "assumption" are not published by a venue.
public enum BundledCatalogue {
    public static let label = "<bundled catalogue>"

    public static let toml = #"""
    # Leverage used for a linear position that names none (capped by its bracket's maximum).
    default_leverage = 20

    # Collateral haircuts, fractions: collateral counts at index × (1 − haircut).
    [haircuts]
    BTC = 0.0
    ETH = 0.0
    SOL = 0.05      # assumption: altcoin collateral counts at 95%
    USDT = 0.0
    USDC = 0.0

    # Which schedule an instrument uses: exact name, then "UNDERLYING:family", then family.
    [assignments]
    BTCUSDT = "binance_btcusdt_2021"
    ETHUSDT = "binance_ethusdt_2021"
    usdt_perpetual = "binance_altcoin"
    inverse_perpetual = "deribit_future_btc"
    inverse_future = "deribit_future_btc"
    linear_perpetual = "deribit_future_btc"
    linear_future = "deribit_future_btc"
    "ETH:inverse_perpetual" = "deribit_future_eth"
    "ETH:inverse_future" = "deribit_future_eth"
    "ETH:linear_perpetual" = "deribit_future_eth"
    "ETH:linear_future" = "deribit_future_eth"
    inverse_option = "deribit_option"
    linear_option = "deribit_option"

    # Binance BTCUSDT, 2021: notional cap (USD), maintenance margin rate, maximum leverage.
    # The maintenance amount (cum) of each bracket is derived: cum_n = cap_{n-1}·(mmr_n − mmr_{n-1}) + cum_{n-1}.
    [schedules.binance_btcusdt_2021]
    type = "binance_tiers"
    brackets = [
      { max_notional_usd = 50_000, mmr = 0.004, max_leverage = 125 },
      { max_notional_usd = 250_000, mmr = 0.005, max_leverage = 100 },
      { max_notional_usd = 1_000_000, mmr = 0.01, max_leverage = 50 },
      { max_notional_usd = 5_000_000, mmr = 0.025, max_leverage = 20 },
      { max_notional_usd = 20_000_000, mmr = 0.05, max_leverage = 10 },
      { max_notional_usd = 50_000_000, mmr = 0.10, max_leverage = 5 },
      { max_notional_usd = 100_000_000, mmr = 0.125, max_leverage = 4 },
      { max_notional_usd = 200_000_000, mmr = 0.15, max_leverage = 3 },
      { max_notional_usd = 300_000_000, mmr = 0.25, max_leverage = 2 },
      { max_notional_usd = 1e15, mmr = 0.5, max_leverage = 1 },
    ]

    # Binance ETHUSDT, 2021 (its ≤5M bracket is 10% / cum 135,365, as in Binance's example).
    [schedules.binance_ethusdt_2021]
    type = "binance_tiers"
    brackets = [
      { max_notional_usd = 10_000, mmr = 0.005, max_leverage = 100 },
      { max_notional_usd = 100_000, mmr = 0.0065, max_leverage = 75 },
      { max_notional_usd = 500_000, mmr = 0.01, max_leverage = 50 },
      { max_notional_usd = 1_000_000, mmr = 0.02, max_leverage = 25 },
      { max_notional_usd = 2_000_000, mmr = 0.05, max_leverage = 10 },
      { max_notional_usd = 5_000_000, mmr = 0.10, max_leverage = 5 },
      { max_notional_usd = 10_000_000, mmr = 0.125, max_leverage = 4 },
      { max_notional_usd = 20_000_000, mmr = 0.15, max_leverage = 3 },
      { max_notional_usd = 1e15, mmr = 0.25, max_leverage = 2 },
    ]

    # Assumption: a conservative schedule for other USDT perpetuals (SOLUSDT, …).
    [schedules.binance_altcoin]
    type = "binance_tiers"
    brackets = [
      { max_notional_usd = 5_000, mmr = 0.01, max_leverage = 50 },
      { max_notional_usd = 25_000, mmr = 0.025, max_leverage = 20 },
      { max_notional_usd = 100_000, mmr = 0.05, max_leverage = 10 },
      { max_notional_usd = 250_000, mmr = 0.10, max_leverage = 5 },
      { max_notional_usd = 1_000_000, mmr = 0.125, max_leverage = 2 },
      { max_notional_usd = 1e15, mmr = 0.5, max_leverage = 1 },
    ]

    # Deribit: IM 2% + 0.005% per BTC of size, MM 1% + 0.005% per BTC (fractions of notional).
    [schedules.deribit_future_btc]
    type = "deribit_future"
    initial_base_rate = 0.02
    initial_rate_per_coin = 0.00005
    maintenance_base_rate = 0.01
    maintenance_rate_per_coin = 0.00005

    # Assumption: ETH uses the same USD-size scaling as BTC (per-coin rate ÷ 30, BTC/ETH ≈ 30).
    [schedules.deribit_future_eth]
    type = "deribit_future"
    initial_base_rate = 0.02
    initial_rate_per_coin = 0.0000016667
    maintenance_base_rate = 0.01
    maintenance_rate_per_coin = 0.0000016667

    # Deribit standard margin for short options, coin per contract (long options: none).
    [schedules.deribit_option]
    type = "deribit_option"
    initial_base_rate = 0.15
    initial_floor_rate = 0.10
    maintenance_rate = 0.075
    # ── Venues (DESIGN §13): rulebooks beyond the schedules above, the custodian haircut a
    # cross-venue group applies to collateral held at each venue, and the instrument map.
    # Deribit margins with the schedules above (deribit: standard, deribit-pm: portfolio margin),
    # Binance with its USDⓈ-M tiers above.

    # Custodian haircuts, fractions of the collateral value held at the venue. Assumption: no venue
    # publishes these; they are a desk's (or prime broker's) own view of counterparty risk.
    [venues.deribit]
    custodian_haircut = 0.01
    [venues.binance]
    custodian_haircut = 0.01
    [venues.hyperliquid]
    custodian_haircut = 0.03
    [venues.dydx]
    custodian_haircut = 0.03
    [venues.derive]
    custodian_haircut = 0.03    # on-chain (Derive chain) custody, like the DEXs above

    # Hyperliquid mainnet margin tiers (notional USDC → max leverage), from
    # https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers ; MM rate = 1 / (2 × max
    # leverage) per tier (https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margining).
    [venues.hyperliquid.markets.BTC]
    margin_tiers = [{ lower_bound_usd = 0, max_leverage = 40 }, { lower_bound_usd = 150_000_000, max_leverage = 20 }]
    [venues.hyperliquid.markets.ETH]
    margin_tiers = [{ lower_bound_usd = 0, max_leverage = 25 }, { lower_bound_usd = 100_000_000, max_leverage = 15 }]
    [venues.hyperliquid.markets.SOL]
    margin_tiers = [{ lower_bound_usd = 0, max_leverage = 20 }, { lower_bound_usd = 70_000_000, max_leverage = 10 }]

    # dYdX v4 liquidity tiers as fractions (ppm / 1e6): Large-Cap (BTC-USD, ETH-USD) initial 20,000 ppm,
    # maintenance fraction 600,000 ppm of it → IMF 2%, MMF 1.2%
    # (https://docs.dydx.community/dydx-unlimited/modules/governance/governance-adjustable-parameters/markets).
    # Open-interest scaling (https://help.dydx.trade/en/articles/228341-open-interest-initial-margin-fraction):
    # Large-Cap caps are 0 in dYdX's genesis ("OIMF doesn't apply to Large-Cap"), i.e. no scaling;
    # Mid-Cap (SOL-USD) IMF 50,000 ppm, maintenance fraction 600,000, caps 40M / 100M USDC
    # (https://dydx.forum/t/liquidity-tier-maintenance/2939). open_notional_usd is the market's open
    # interest × oracle price: data to set from dYdX's indexer; 0 here (assumption), so no scaling.
    [venues.dydx.markets.BTC]
    initial_margin_fraction = 0.02
    maintenance_margin_fraction = 0.012
    open_interest_lower_cap_usd = 0
    open_interest_upper_cap_usd = 0
    open_notional_usd = 0
    [venues.dydx.markets.ETH]
    initial_margin_fraction = 0.02
    maintenance_margin_fraction = 0.012
    open_interest_lower_cap_usd = 0
    open_interest_upper_cap_usd = 0
    open_notional_usd = 0
    [venues.dydx.markets.SOL]
    initial_margin_fraction = 0.05
    maintenance_margin_fraction = 0.03
    open_interest_lower_cap_usd = 40_000_000
    open_interest_upper_cap_usd = 100_000_000
    open_notional_usd = 0

    # The instrument map: each underlying's perpetual on each venue. Exposure moves in coin: an
    # inverse perp of N USD at mark P is N / P coin on a linear venue (see VenueBook). `derive`
    # names Derive's portfolio-margined markets (PM2 is deployed for BTC and ETH: docs.derive.xyz
    # "Portfolio Margin"); Derive's PM2 parameters are their own table (BundledDeriveCatalogue).
    [venues.map.BTC]
    deribit = "BTC-PERPETUAL"
    deribit_linear = "BTC_USDC-PERPETUAL"
    binance = "BTCUSDT"
    dydx = "BTC-USD"
    hyperliquid = "BTC"
    derive = "BTC-PERP"
    [venues.map.ETH]
    deribit = "ETH-PERPETUAL"
    deribit_linear = "ETH_USDC-PERPETUAL"
    binance = "ETHUSDT"
    dydx = "ETH-USD"
    hyperliquid = "ETH"
    derive = "ETH-PERP"
    [venues.map.SOL]
    deribit_linear = "SOL_USDC-PERPETUAL"
    binance = "SOLUSDT"
    dydx = "SOL-USD"
    hyperliquid = "SOL"
    """#
}

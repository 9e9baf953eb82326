/// The catalogue shipped with xmargin, as TOML (the same schema a portfolio's `[catalogue]` uses).
///
/// Sources: Binance USDⓈ-M leverage brackets for BTCUSDT and ETHUSDT as published in 2021 (the
/// brackets of Binance's liquidation-price example); Deribit's futures and options margin
/// knowledge-base articles. Values marked "assumption" are not published by a venue.
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
    """#
}

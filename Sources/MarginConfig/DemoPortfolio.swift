/// The bundled demo portfolio (identical to `examples/demo.toml`; a test keeps them equal).
public enum DemoPortfolio {
    public static let label = "<demo portfolio>"

    public static let toml = #"""
# xmargin demo book: a realistic mixed crypto derivatives account.
# Prices, forwards and implied vols are Deribit's at 2026-01-05 15:33:29 UTC
# (../shared/data/real/deribit_options_snapshot_2026-01-05T153329Z.csv).
as_of = "2026-01-05T15:33:29Z"

[[accounts]]
name = "main"
# Collateral balances in coin; valued at index × (1 − haircut).
collateral = { BTC = 2.0, ETH = 25.0, USDT = 40000 }

# Inverse perpetual: size in USD notional, entry in USD. Long 150k.
[[accounts.positions]]
instrument = "BTC-PERPETUAL"
size = 150000
entry = 91200

# Inverse perpetual, short 30k USD of ETH.
[[accounts.positions]]
instrument = "ETH-PERPETUAL"
size = -30000
entry = 3250

# Binance USDT-margined perpetual: size in BTC, 10× leverage.
[[accounts.positions]]
instrument = "BTCUSDT"
size = 1.2
entry = 89500
leverage = 10

# Deribit linear (USDC) perpetual: size in ETH.
[[accounts.positions]]
instrument = "ETH_USDC-PERPETUAL"
size = 10
entry = 3100

# Dated inverse future, short 100k USD (a cash-and-carry leg against the perp).
[[accounts.positions]]
instrument = "BTC-27MAR26"
size = -100000
entry = 95800

# Options: size in contracts (1 = 1 coin), entry in coin (Deribit's inverse quote).
[[accounts.positions]]
instrument = "BTC-27MAR26-100000-C"
size = -3
entry = 0.062

[[accounts.positions]]
instrument = "BTC-27MAR26-80000-P"
size = 2
entry = 0.028

[[accounts.positions]]
instrument = "BTC-30JAN26-85000-P"
size = -4
entry = 0.011

[[accounts.positions]]
instrument = "ETH-27MAR26-3500-C"
size = 20
entry = 0.075

# Index prices ("COIN-USD") and marks (USD; the dated futures' marks are the options' forwards).
[marks]
"BTC-USD" = 93640.28
"ETH-USD" = 3179.18
"BTC-PERPETUAL" = 93675.5
"ETH-PERPETUAL" = 3180.4
"BTCUSDT" = 93688.1
"ETH_USDC-PERPETUAL" = 3180.1
"BTC-27MAR26" = 94702.02
"BTC-30JAN26" = 94003.15
"ETH-27MAR26" = 3207.5

# Implied vols, fractions (0.4314 = 43.14%).
[iv]
"BTC-27MAR26-100000-C" = 0.4314
"BTC-27MAR26-80000-P" = 0.463
"BTC-30JAN26-85000-P" = 0.4634
"ETH-27MAR26-3500-C" = 0.623
"""#
}

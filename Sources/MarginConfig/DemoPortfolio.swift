/// The bundled demo portfolio (identical to `examples/demo.toml`; a test keeps them equal).
public enum DemoPortfolio {
    public static let label = "<demo portfolio>"

    public static let toml = #"""
# xmargin demo book: a portfolio-margin trader's hedged account, five hedged structures and one
# unhedged leg. Standard (isolated/cross) margin charges every leg alone; portfolio margin nets them.
# Prices, forwards and implied vols are Deribit's at 2026-01-05 15:33:29 UTC
# (../shared/data/real/deribit_options_snapshot_2026-01-05T153329Z.csv).
as_of = "2026-01-05T15:33:29Z"

[[accounts]]
name = "main"
# Collateral balances in coin; valued at index × (1 − haircut). The 2 BTC cover the short calls below.
collateral = { BTC = 2.0, ETH = 20.0, USDT = 60000 }

# 1. Short strangle on the March expiry (2 × 110k call, 2 × 70k put; delta ≈ −0.36 BTC) ...
[[accounts.positions]]
instrument = "BTC-27MAR26-110000-C"
size = -2
entry = 0.031

[[accounts.positions]]
instrument = "BTC-27MAR26-70000-P"
size = -2
entry = 0.0115

# ... delta-hedged with a linear (USDC) perpetual: size in BTC (+0.35 BTC).
[[accounts.positions]]
instrument = "BTC_USDC-PERPETUAL"
size = 0.35
entry = 92800

# 2. Covered calls: 2 × 105k January calls written against the 2 BTC of collateral.
[[accounts.positions]]
instrument = "BTC-30JAN26-105000-C"
size = -2
entry = 0.012

# 3. Calendar: short 10 January 95k calls, long 10 March 95k calls.
[[accounts.positions]]
instrument = "BTC-30JAN26-95000-C"
size = -10
entry = 0.045

[[accounts.positions]]
instrument = "BTC-27MAR26-95000-C"
size = 10
entry = 0.076

# 4. ETH risk reversal (long 20 × 3800 call, short 20 × 2500 put; delta ≈ +10 ETH) ...
[[accounts.positions]]
instrument = "ETH-27MAR26-3800-C"
size = 20
entry = 0.052

[[accounts.positions]]
instrument = "ETH-27MAR26-2500-P"
size = -20
entry = 0.036

# ... hedged with the March ETH future (inverse: size in USD notional, short 32k ≈ 10 ETH).
[[accounts.positions]]
instrument = "ETH-27MAR26"
size = -32000
entry = 3230

# 5. BTC/ETH cross hedge: long BTC, short ETH, 50k USD each (inverse perpetuals: size in USD).
[[accounts.positions]]
instrument = "BTC-PERPETUAL"
size = 50000
entry = 91200

[[accounts.positions]]
instrument = "ETH-PERPETUAL"
size = -50000
entry = 3250

# 6. The unhedged leg: Binance USDT-margined perpetual, size in BTC, 10× leverage.
#    It drives the liquidations on examples/crash-tape.csv (BTC −45% in an hour).
[[accounts.positions]]
instrument = "BTCUSDT"
size = 1.5
entry = 89500
leverage = 10

# Index prices ("COIN-USD") and marks (USD; the dated futures' marks are the options' forwards;
# the USDC perpetual's mark is an assumption: the snapshot has options only).
[marks]
"BTC-USD" = 93640.28
"ETH-USD" = 3179.18
"BTC-PERPETUAL" = 93675.5
"BTC_USDC-PERPETUAL" = 93672.0
"ETH-PERPETUAL" = 3180.4
"BTCUSDT" = 93688.1
"BTC-27MAR26" = 94702.02
"BTC-30JAN26" = 94003.15
"ETH-27MAR26" = 3207.5

# Implied vols, fractions (0.4315 = 43.15%).
[iv]
"BTC-27MAR26-110000-C" = 0.4315
"BTC-27MAR26-70000-P" = 0.5066
"BTC-30JAN26-105000-C" = 0.4398
"BTC-30JAN26-95000-C" = 0.4372
"BTC-27MAR26-95000-C" = 0.4345
"ETH-27MAR26-3800-C" = 0.6241
"ETH-27MAR26-2500-P" = 0.665
"""#
}

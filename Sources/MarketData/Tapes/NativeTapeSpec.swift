/// # The native xmargin tape
///
/// Written by `xmargin simulate` and by recording; read by every command that takes a tape.
/// One event per line, UTF-8, `\n` line ends (`\r\n` accepted), in non-decreasing time order.
///
/// ## CSV (`.csv`)
/// First line is the header, exactly:
///
///     timestamp_us,symbol,mark,index,last,iv,bid,ask,underlying
///
/// | column | meaning | unit |
/// |---|---|---|
/// | `timestamp_us` | event time (integer) | µs since 1970-01-01T00:00:00Z |
/// | `symbol` | instrument or index symbol (`BTC-PERPETUAL`, `BTCUSDT`, `BTC-USD`, `BTC-27MAR26-90000-C`) | — |
/// | `mark` | mark price | USD |
/// | `index` | index price of the underlying | USD |
/// | `last` | last trade price | USD |
/// | `iv` | implied volatility | fraction per year (0.55 = 55 %) |
/// | `bid`, `ask` | best bid / ask | USD |
/// | `underlying` | forward / underlying price an option is priced on | USD |
///
/// An empty field means "absent" (not zero). Every row needs a timestamp, a symbol and at least
/// one price. Fields are never quoted; symbols may not contain spaces, commas, double quotes or
/// control characters. Readers locate columns by header name, so a subset or another order of
/// the price columns is accepted; `timestamp_us` and `symbol` are required.
/// Numbers are plain decimals with optional exponent (`65000.5`, `1e-05`); the writer uses
/// Swift's shortest round-trip representation, so write → read is exact.
///
/// ## JSONL (`.jsonl`)
/// One flat JSON object per line, keys in any order:
///
///     {"t":1700000000000000,"s":"BTC-PERPETUAL","mark":36512.5,"index":36498.1}
///
/// `t` (integer µs, required), `s` (symbol string, required), and the optional numbers
/// `mark`, `index`, `last`, `iv`, `bid`, `ask`, `underlying` with the units above; a missing key
/// or `null` means absent. Unknown keys with scalar values are ignored (room for extensions).
///
/// ## Validation (both)
/// Rows with NaN/infinite/≤ 0 values (an option's premium may be exactly 0), IV above 10 (1000 %), a timestamp earlier than the previous
/// row's, or a mark/index/last/underlying jump of more than 50 % versus the same symbol's previous
/// row (options exempt) are data errors: skipped and counted by default, fatal with `--strict`.
public enum NativeTapeSpec {
    /// The CSV header line (without newline).
    public static let csvHeader = "timestamp_us,symbol,mark,index,last,iv,bid,ask,underlying"
    /// JSONL key for each `PriceEvent` price field, in CSV column order.
    public static let jsonKeys = ["mark", "index", "last", "iv", "bid", "ask", "underlying"]
}

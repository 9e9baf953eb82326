/// Knobs for tape readers and the file tail. Defaults suit real exchange data.
public struct TapeReaderOptions: Sendable, Hashable {
    /// `.strict` throws at the first bad row; `.lenient` (default) skips and counts.
    public var mode: TapeValidationMode
    /// Reject a mark/index/last/underlying price that differs from the same symbol's previous
    /// accepted value of that field by more than this fraction (0.5 = a move above +50 % or below
    /// −50 %). Options (symbols ending in `-C`/`-P`) are exempt: their prices legitimately double.
    /// nil disables the check. Rejected rows do not move the reference price.
    public var maximumRelativeJump: Double?
    /// Implied vols above this fraction (10 = 1000 %) are rejected (catches percent-as-fraction).
    public var maximumImpliedVolatility: Double
    /// Lines longer than this are skipped without being buffered, bytes (default 1 MiB).
    public var lineLimitBytes: Int
    /// `read(2)` chunk size, bytes (default 64 KiB).
    public var chunkBytes: Int
    /// Distinct symbols tracked per file; rows with further new symbols are rejected.
    public var maximumDistinctSymbols: Int
    /// Errors kept verbatim in lenient mode.
    public var retainedErrorLimit: Int
    /// Symbol for formats whose rows do not carry one (Binance klines); overrides the file name.
    public var symbolOverride: String?
    /// The book's prices a symbol's first row is checked against (see `TapeReferencePrices`); nil:
    /// a symbol's first row is checked only for being finite and positive.
    public var referencePrices: TapeReferencePrices?

    public init(mode: TapeValidationMode = .lenient, maximumRelativeJump: Double? = 0.5,
                maximumImpliedVolatility: Double = 10, lineLimitBytes: Int = 1 << 20,
                chunkBytes: Int = 64 * 1024, maximumDistinctSymbols: Int = 65_536,
                retainedErrorLimit: Int = 20, symbolOverride: String? = nil,
                referencePrices: TapeReferencePrices? = nil) {
        self.mode = mode
        self.maximumRelativeJump = maximumRelativeJump
        self.maximumImpliedVolatility = maximumImpliedVolatility
        self.lineLimitBytes = lineLimitBytes
        self.chunkBytes = chunkBytes
        self.maximumDistinctSymbols = maximumDistinctSymbols
        self.retainedErrorLimit = retainedErrorLimit
        self.symbolOverride = symbolOverride
        self.referencePrices = referencePrices
    }
}

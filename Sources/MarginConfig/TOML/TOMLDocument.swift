/// The entry point of the TOML reader: bytes or text in, a ``TOMLTable`` or a ``TOMLParseError``
/// out. No input traps, overflows the stack or takes more than roughly linear time; this is also
/// the function a fuzzer should drive.
public enum TOMLDocument {
    /// Parses a TOML 1.0.0 document from raw bytes (which must be UTF-8; a BOM is skipped).
    public static func parse(bytes: [UInt8]) throws(TOMLParseError) -> TOMLTable {
        var parser = TOMLParser(bytes: bytes)
        return try parser.parseDocument()
    }

    /// Parses a TOML 1.0.0 document from text.
    public static func parse(_ text: String) throws(TOMLParseError) -> TOMLTable {
        try parse(bytes: Array(text.utf8))
    }
}

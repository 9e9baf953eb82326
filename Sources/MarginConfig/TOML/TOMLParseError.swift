/// A TOML syntax or redefinition error at a line and column (both from 1; columns count
/// Unicode scalars).
public struct TOMLParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line L, column C: message`.
    public var description: String { "line \(line), column \(column): \(message)" }

    /// The error for `message` at byte `offset` of `bytes`.
    static func at(_ offset: Int, in bytes: [UInt8], _ message: String) -> TOMLParseError {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return TOMLParseError(line: line, column: column, message: message)
    }
}

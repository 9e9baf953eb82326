/// A problem with an input file, naming the file and the key (or line) at fault.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Path of the file as the user gave it (or a label such as `<bundled catalogue>`).
    public var file: String
    /// Dotted key path (`accounts[0].positions[2].entry`) or `line N` / `line N, column M`.
    public var location: String
    public var message: String

    public init(file: String, location: String, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    /// One line: `file: location: message`.
    public var description: String {
        location.isEmpty ? "\(file): \(message)" : "\(file): \(location): \(message)"
    }
}

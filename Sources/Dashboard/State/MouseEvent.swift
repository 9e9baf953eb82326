/// A mouse event in screen cells (0-based column `x`, row `y`), as the terminal reports it with
/// SGR mouse reporting (ncurses' `getmouse`).
public struct MouseEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The first button pressed (a click).
        case press
        case wheelUp
        case wheelDown
    }

    public var x: Int
    public var y: Int
    public var kind: Kind

    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}

import MarginEngine

/// One terminal cell: a grapheme and its style. The right half of a double-width character is a
/// *continuation* cell that holds nothing of its own.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    public var isContinuation: Bool

    public init(character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }
}

/// Horizontal alignment of text within a width.
public enum TextAlignment: Sendable { case left, right, center }

/// A pure width × height grid of cells that panes draw into and the backend copies to the terminal.
///
///     var screen = Screen(width: 80, height: 24)
///     screen.text("Equity", x: 1, y: 0, style: .plain.bolded)
///     print(screen.render(plain: true).joined(separator: "\n"))
///
/// Writes outside the grid are ignored, so panes can draw without bounds checks.
public struct Screen: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Row-major cells, `cells[y * width + x]`.
    public private(set) var cells: [Cell]
    /// Characters for borders, bars and sparklines.
    public let glyphs: Glyphs

    /// A blank screen filled with spaces in the plain style.
    public init(width: Int, height: Int, glyphs: Glyphs = .unicode) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.glyphs = glyphs
        self.cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    /// The whole screen as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at (x, y); a blank cell outside the grid.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return Cell() }
        return cells[y * width + x]
    }

    /// Puts one (already sanitized) character; a wide character also claims the next cell and is
    /// replaced by a space when it would not fit before `limitX`.
    public mutating func put(_ character: Character, x: Int, y: Int, style: Style, limitX: Int? = nil) {
        guard y >= 0, y < height, x >= 0, x < width else { return }
        let limit = min(limitX ?? width, width)
        let index = y * width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[index].isContinuation, x > 0 { cells[index - 1] = Cell(character: " ", style: cells[index - 1].style) }
        if x + 1 < width, cells[index + 1].isContinuation { cells[index + 1] = Cell(character: " ", style: style) }
        if character.terminalWidth == 2 {
            guard x + 1 < limit else { cells[index] = Cell(character: " ", style: style); return }
            cells[index] = Cell(character: character, style: style)
            if x + 2 < width, cells[index + 2].isContinuation { cells[index + 2] = Cell(character: " ", style: style) }
            cells[index + 1] = Cell(character: " ", style: style, isContinuation: true)
        } else {
            cells[index] = Cell(character: character, style: style)
        }
    }

    /// Writes text at (x, y), sanitized (`sanitizedForDisplay`), truncated with `…` to `maxWidth` cells (default: to the right
    /// edge), aligned within `maxWidth`. Returns the number of cells written.
    @discardableResult
    public mutating func text(
        _ string: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain,
        align: TextAlignment = .left
    ) -> Int {
        let available = min(maxWidth ?? (width - x), width - x)
        guard available > 0, y >= 0, y < height else { return 0 }
        let clean = string.sanitizedForDisplay
        let safe = (glyphs.isUnicode ? clean : ASCIIFallback.transliterate(clean))
            .truncated(toWidth: available, ellipsis: glyphs.ellipsis)
        let used = safe.terminalWidth
        var column = x
        switch align {
        case .left: break
        case .right: column = x + available - used
        case .center: column = x + (available - used) / 2
        }
        let limit = x + available
        for character in safe {
            put(character, x: column, y: y, style: style, limitX: limit)
            column += character.terminalWidth
        }
        return used
    }

    /// Fills a rectangle with one character.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        let cell = Cell(character: character, style: style)
        for y in y0..<y1 {
            let row = y * width
            for x in x0..<x1 { cells[row + x] = cell }
        }
    }

    /// Restyles a rectangle, keeping its characters (used for highlighting a row).
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { cells[y * width + x].style = transform(cells[y * width + x].style) }
        }
    }
}
